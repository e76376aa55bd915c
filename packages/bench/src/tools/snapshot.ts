/**
 * Proof that a speed change changed nothing: a fingerprint (SHA-1 of the JSON)
 * of every article Copydesk makes from the benchmark pages, written to a file
 * before the change and compared after it.
 *
 *   pnpm --filter @copydesk/bench snapshot --out FILE         fingerprints of both sets
 *   pnpm --filter @copydesk/bench snapshot --against FILE     lists the pages whose article differs; exit 1 if any
 *
 * `--sets text` or `--sets html` limits it to one set.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadSet } from "./pipelines.js";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

// pnpm runs the script in the package folder; paths are the caller's.
const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

type Fingerprints = Record<string, Record<string, string>>;

function fingerprints(sets: string[]): Fingerprints {
  const out: Fingerprints = {};
  for (const name of sets) {
    const set = loadSet(name);
    const prints: Record<string, string> = {};
    set.ids.forEach((id, i) => {
      prints[id] = createHash("sha1")
        .update(JSON.stringify(set.run(i)))
        .digest("hex");
    });
    out[name] = prints;
  }
  return out;
}

function main() {
  const sets = (option("--sets") ?? "text,html").split(",");
  const out = option("--out");
  const against = option("--against");
  if ((out === undefined) === (against === undefined)) {
    console.error("Give either --out FILE (write fingerprints) or --against FILE (compare with them).");
    process.exit(2);
  }
  const now = fingerprints(sets);
  if (out !== undefined) {
    writeFileSync(fromCaller(out), `${JSON.stringify(now, null, 1)}\n`);
    for (const name of sets) console.log(`${name}: ${Object.keys(now[name]!).length} articles fingerprinted`);
    return;
  }
  const before = JSON.parse(readFileSync(fromCaller(against!), "utf8")) as Fingerprints;
  let differing = 0;
  for (const name of sets) {
    const changed = Object.keys(now[name]!).filter((id) => before[name]?.[id] !== now[name]![id]);
    differing += changed.length;
    console.log(
      changed.length === 0
        ? `${name}: all ${Object.keys(now[name]!).length} articles identical`
        : `${name}: ${changed.length} articles differ: ${changed.join(", ")}`,
    );
  }
  if (differing > 0) process.exit(1);
}

main();
