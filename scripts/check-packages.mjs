#!/usr/bin/env node
// Checks what users install, not the source: for every publishable package,
// pack it as npm would receive it, lint the manifest (publint), check its
// types resolve for ESM and CommonJS (are-the-types-wrong), then install all
// tarballs into an empty project outside the workspace and use each package
// there through `import` and through `require`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const packagesDir = join(root, "packages");
const work = mkdtempSync(join(tmpdir(), "copydesk-pack-"));
const tarballs = join(work, "tarballs");
mkdirSync(tarballs);

const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
const bin = (name) => join(root, "node_modules", ".bin", name);

const packages = readdirSync(packagesDir)
  .map((dir) => ({
    dir: join(packagesDir, dir),
    manifest: JSON.parse(readFileSync(join(packagesDir, dir, "package.json"), "utf8")),
  }))
  .filter((p) => !p.manifest.private);

let failed = 0;
const check = (label, fn) => {
  try {
    fn();
    console.log(`ok   ${label}`);
  } catch (error) {
    failed++;
    console.error(
      `FAIL ${label}\n${error.stdout ?? ""}${error.stderr ?? ""}${error.stdout || error.stderr ? "" : error.message}`,
    );
  }
};

for (const { dir, manifest } of packages) {
  check(`${manifest.name}: pnpm pack`, () => run("pnpm", ["pack", "--pack-destination", tarballs], dir));
  check(`${manifest.name}: publint`, () => run(bin("publint"), ["--strict", "--pack", "pnpm"], dir));
}

for (const tarball of readdirSync(tarballs)) {
  // node10 resolution predates `exports`; the packages declare engines.node >= 20.
  check(`${tarball}: are-the-types-wrong`, () =>
    run(bin("attw"), [join(tarballs, tarball), "--profile", "node16", "--format", "table-flipped"], root),
  );
}

const consumer = join(work, "consumer");
mkdirSync(consumer);
writeFileSync(
  join(consumer, "package.json"),
  JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }),
);
check("install the tarballs into an empty project", () =>
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      ...readdirSync(tarballs).map((t) => join(tarballs, t)),
    ],
    consumer,
  ),
);

for (const { manifest } of packages) {
  const probe =
    manifest.copydeskProbe ??
    Object.keys(manifest.exports).filter((k) => k !== "./package.json" && !k.endsWith(".json"))[0];
  const entry = probe === "." ? manifest.name : `${manifest.name}/${probe.replace(/^\.\//, "")}`;
  writeFileSync(
    join(consumer, "use.mjs"),
    `import * as m from ${JSON.stringify(entry)};\nif (Object.keys(m).length === 0) throw new Error("no exports");\nconsole.log(Object.keys(m).length);\n`,
  );
  writeFileSync(
    join(consumer, "use.cjs"),
    `const m = require(${JSON.stringify(entry)});\nif (Object.keys(m).length === 0) throw new Error("no exports");\nconsole.log(Object.keys(m).length);\n`,
  );
  check(`${entry}: import`, () => run("node", ["use.mjs"], consumer));
  check(`${entry}: require`, () => run("node", ["use.cjs"], consumer));
}

// The smoke script must sit inside the consumer so that its imports resolve there.
writeFileSync(join(consumer, "smoke.mjs"), readFileSync(join(root, "scripts", "consumer-smoke.mjs")));
check("the installed packages work as their READMEs show (consumer-smoke.mjs)", () =>
  run("node", ["smoke.mjs"], consumer),
);

rmSync(work, { recursive: true, force: true });
console.log(failed === 0 ? `\n${packages.length} packages checked` : `\n${failed} packaging checks failed`);
process.exit(failed === 0 ? 0 : 1);
