import { ArticleSchema } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { version } from "../../package.json";
import { type CliIo, runCli } from "./run.js";

const SAMPLE = new TextEncoder().encode(
  "Putin, Abe talks fail to break island impasse\nMOSCOW: The leaders of Russia and Japan fell short of agreement Tuesday.\nTokyo’s refusal to recognise Moscow’s sovereignty there has been a barrier to peace.\n",
);

function fakeIo(files: Record<string, Uint8Array> = {}, stdin = SAMPLE) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readStdin: async () => stdin,
    readFile: async (path) => {
      const bytes = files[path];
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return bytes;
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("copydesk CLI", () => {
  it("prints help and version", async () => {
    const help = fakeIo();
    expect(await runCli(["--help"], help.io)).toBe(0);
    expect(help.stdout()).toMatch(/Usage: copydesk \[FILE \.\.\.\]/);
    expect(help.stdout()).toMatch(/markdown \| html \| text \| json \| jsonld \| ninjs \| nitf/);
    const ver = fakeIo();
    expect(await runCli(["--version"], ver.io)).toBe(0);
    expect(ver.stdout()).toBe(`${version}\n`);
  });

  it("reads standard input and prints Markdown by default", async () => {
    const run = fakeIo();
    expect(await runCli([], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^# Putin, Abe talks fail to break island impasse/);
    expect(run.stdout()).toMatch(/MOSCOW/);
  });

  it("prints the article as the schema defines it with --format json", async () => {
    const run = fakeIo({ "a.txt": SAMPLE });
    expect(await runCli(["a.txt", "--format", "json"], run.io)).toBe(0);
    const article = ArticleSchema.parse(JSON.parse(run.stdout()));
    expect(article.headline).toBe("Putin, Abe talks fail to break island impasse");
    expect(article.dateline?.place).toBe("MOSCOW");
  });

  it("prints one JSON document per line for several files", async () => {
    const run = fakeIo({ "a.txt": SAMPLE, "b.txt": SAMPLE });
    expect(await runCli(["a.txt", "b.txt", "-f", "json"], run.io)).toBe(0);
    const lines = run.stdout().trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(ArticleSchema.parse(JSON.parse(line)).headline).toMatch(/^Putin/);
  });

  it("renders every format", async () => {
    for (const format of ["markdown", "html", "text", "json", "jsonld", "ninjs", "nitf"]) {
      const run = fakeIo();
      expect(await runCli(["--format", format], run.io), format).toBe(0);
      expect(run.stdout().length, format).toBeGreaterThan(50);
    }
  });

  it("exits 2 with a clear message on bad usage", async () => {
    for (const argv of [["--format", "pdf"], ["--kind", "xml"], ["--nope"], ["--max-input-bytes", "-3"]]) {
      const run = fakeIo();
      expect(await runCli(argv, run.io), argv.join(" ")).toBe(2);
      expect(run.stderr()).toMatch(/^copydesk: [\s\S]+\nTry 'copydesk --help'/);
      expect(run.stdout()).toBe("");
    }
  });

  it("exits 1 naming the file for a missing file, empty or oversized input, and goes on with the others", async () => {
    const run = fakeIo({ "empty.txt": new Uint8Array(0), "ok.txt": SAMPLE });
    expect(await runCli(["missing.txt", "empty.txt", "ok.txt"], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/copydesk: missing\.txt: no such file/);
    expect(run.stderr()).toMatch(/copydesk: empty\.txt: .*\(EMPTY_INPUT\)/);
    expect(run.stdout()).toMatch(/^# Putin/);
    const big = fakeIo();
    expect(await runCli(["--max-input-bytes", "10"], big.io)).toBe(1);
    expect(big.stderr()).toMatch(/INPUT_TOO_LARGE/);
  });

  it("rejects binary input with a typed error", async () => {
    const run = fakeIo({ "x.bin": new Uint8Array([0, 1, 2, 0, 0, 255, 0, 3, 0, 0, 0, 7]) });
    expect(await runCli(["x.bin"], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/BINARY_INPUT/);
  });
});
