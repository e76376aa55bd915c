import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CliIo, runCli } from "../cli/run.js";
import { PROCESSOR_ENV } from "./cli.js";

const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));
const PROCESSOR = fileURLToPath(new URL("./test-processor.ts", import.meta.url));
/** The CLI from source, the way the tests run everything: no build needed. */
const CLI = ["--conditions=@copydesk/source", "--import", "tsx", "src/cli.ts"];
const SPAWN_TIMEOUT_MS = 60_000;

function records(count: number, text: (i: number) => string) {
  return Array.from({ length: count }, (_, i) => `${JSON.stringify({ id: i, text: text(i) })}\n`).join("");
}

function start(args: string[], stdout: "pipe" | number = "pipe"): ChildProcess {
  return spawn(process.execPath, [...CLI, ...args], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, [PROCESSOR_ENV]: PROCESSOR },
    stdio: ["pipe", stdout, "pipe"],
  });
}

async function finish(child: ChildProcess, input?: string) {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  // A killed child stops reading its input: the rest of it is of no interest.
  child.stdin?.on("error", () => {});
  if (input !== undefined) child.stdin?.end(input);
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
    child.on("close", (c, s) => resolve([c, s])),
  );
  return { code, signal, stdout, stderr };
}

function expectWholeLinesInOrder(text: string) {
  expect(text === "" || text.endsWith("\n"), "the output ends with a complete line").toBe(true);
  const ids = text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => (JSON.parse(line) as { id: number }).id);
  expect(ids).toEqual(ids.map((_, i) => i));
  return ids.length;
}

async function waitFor(test: () => boolean, timeoutMs = SPAWN_TIMEOUT_MS) {
  const until = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("copydesk batch CLI (spawned)", () => {
  it(
    "exits 0 when every record succeeded, 1 when one failed, 2 for bad usage",
    async () => {
      const ok = await finish(
        start(["--ndjson", "--workers", "2"]),
        records(20, (i) => `page ${i}`),
      );
      expect(ok.code).toBe(0);
      expect(expectWholeLinesInOrder(ok.stdout)).toBe(20);
      // stderr is not a terminal here: no progress bar, only the summary.
      expect(ok.stderr).toMatch(/^copydesk: 20 records, 0 errors in [\d.]+s \([\d.,]+ records\/s\)\n$/);

      const failed = await finish(
        start(["--ndjson", "-q"]),
        records(3, (i) => (i === 1 ? "FAIL" : "fine")),
      );
      expect(failed.code).toBe(1);
      expect(JSON.parse(failed.stdout.split("\n")[1]!)).toEqual({
        id: 1,
        error: { code: "EMPTY_INPUT", message: "nothing to extract" },
      });
      expect(failed.stderr).toBe("");

      const usage = await finish(start(["--ndjson", "--workers", "0"]), "");
      expect(usage.code).toBe(2);
      expect(usage.stderr).toMatch(/--workers must be a positive integer/);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    "leaves only complete lines in its output when killed with SIGKILL mid-run",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "copydesk-kill-"));
      const outFile = join(dir, "out.ndjson");
      const fd = openSync(outFile, "w");
      const child = start(["--ndjson", "--workers", "2", "-q"], fd);
      closeSync(fd);
      const done = finish(
        child,
        records(3000, (i) => `SLOW 2 ${"word ".repeat(i % 200)}`),
      );
      await waitFor(() => statSync(outFile).size > 20_000);
      child.kill("SIGKILL");
      const { signal } = await done;
      expect(signal).toBe("SIGKILL");
      const written = expectWholeLinesInOrder(readFileSync(outFile, "utf8"));
      expect(written).toBeGreaterThan(10);
      expect(written).toBeLessThan(3000);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    "stops on SIGTERM after its last complete line, with status 143 and a summary",
    async () => {
      const child = start(["--ndjson", "--workers", "2"]);
      let seen = 0;
      child.stdout?.on("data", (chunk: Buffer) => {
        seen += chunk.length;
      });
      const done = finish(
        child,
        records(3000, () => "SLOW 2"),
      );
      await waitFor(() => seen > 2000);
      child.kill("SIGTERM");
      const { code, stdout, stderr } = await done;
      expect(code).toBe(143);
      const written = expectWholeLinesInOrder(stdout);
      expect(written).toBeLessThan(3000);
      expect(stderr).toMatch(new RegExp(`interrupted after ${written} records`));
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    "batches a directory from the command line, one record per file",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "copydesk-dir-"));
      writeFileSync(join(dir, "b.txt"), "Second");
      writeFileSync(join(dir, "a.txt"), "First");
      const { code, stdout } = await finish(start([dir, "-q"]), "");
      expect(code).toBe(0);
      expect(
        stdout
          .trimEnd()
          .split("\n")
          .map((line) => JSON.parse(line).id),
      ).toEqual(["a.txt", "b.txt"]);
    },
    SPAWN_TIMEOUT_MS,
  );
});

describe("runCli dispatch", () => {
  it("documents batch mode in --help and hands batch flags to batch mode", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      readStdin: async () => new Uint8Array(),
      readFile: async () => new Uint8Array(),
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
    };
    expect(await runCli(["--help"], io)).toBe(0);
    expect(out.join("")).toMatch(/--ndjson[\s\S]*--workers N[\s\S]*--include GLOB/);
    expect(await runCli(["--ndjson", "--timeout", "soon"], io)).toBe(2);
    expect(err.join("")).toMatch(/--timeout must be a positive number/);
  });
});
