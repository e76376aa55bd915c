/**
 * Batch mode throughput and memory: the `copydesk` CLI over an NDJSON file
 * built from the public benchmark pages (repeated), with 1 and 2 workers,
 * against the built `extract` called in a plain loop.
 *
 *   pnpm --filter copydesk build            # the CLI runs from dist/
 *   pnpm --filter @copydesk/bench batch     # 10,000 records
 *   pnpm --filter @copydesk/bench batch --records 2000
 *   pnpm --filter @copydesk/bench batch:big # ≥ 1 GiB of NDJSON, 2 workers: peak memory
 *   pnpm --filter @copydesk/bench batch --source  # the TypeScript source through tsx, no build
 *
 * Peak memory is the peak RSS of the whole process (main thread and workers),
 * from /proc/<pid>/status VmHWM. Inputs and outputs go to a temporary folder,
 * removed at the end (--keep keeps it).
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadHtmlPages } from "../data.js";
import { type ChildRun, runChild } from "./child.js";

/** The spec's minimum input for the rate comparison. */
const DEFAULT_RECORDS = 10_000;
/** The spec's minimum input for the memory ceiling in --big mode: 1 GiB. */
const BIG_BYTES = 1024 ** 3;
/** Targets from the batch issue. */
const TARGET_SPEEDUP = 1.7;
const TARGET_LOOP_RATIO = 0.85;
const TARGET_PEAK_BYTES = 300 * 1024 * 1024;

const COPYDESK = fileURLToPath(new URL("../../../copydesk/", import.meta.url));
const LOOP = fileURLToPath(new URL("./extract-loop.ts", import.meta.url));

const { values } = parseArgs({
  options: {
    records: { type: "string" },
    big: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    source: { type: "boolean", default: false },
  },
});

/**
 * The code under test: the built package (dist/), or with --source the
 * TypeScript source through tsx (the same code, compiled at start-up instead).
 */
const SOURCE_ARGS = ["--conditions=@copydesk/source", "--import", "tsx"];
const target = values.source
  ? {
      cli: [...SOURCE_ARGS, join(COPYDESK, "src/cli.ts")],
      index: join(COPYDESK, "src/index.ts"),
      loopArgs: SOURCE_ARGS,
    }
  : {
      cli: [join(COPYDESK, "dist/cli.js")],
      index: join(COPYDESK, "dist/index.js"),
      loopArgs: ["--import", "tsx"],
    };

if (!values.source) {
  for (const file of ["cli.js", "batch-worker.js", "index.js"]) {
    if (!existsSync(join(COPYDESK, "dist", file))) {
      console.log(
        `The copydesk CLI is not built (dist/${file} is missing). Run: pnpm --filter copydesk build (or pass --source).`,
      );
      process.exit(1);
    }
  }
}

const pages = loadHtmlPages();
const dir = mkdtempSync(join(tmpdir(), "copydesk-batch-bench-"));
const inputPath = join(dir, "crawl.ndjson");

/** Writes the NDJSON input, streamed: never more than one record in memory beyond the page set. */
async function writeInput(
  stop: (records: number, bytes: number) => boolean,
): Promise<{ records: number; bytes: number }> {
  const bodies = pages.map(
    (page) => `,"url":${JSON.stringify(page.url)},"html":${JSON.stringify(page.html)}}\n`,
  );
  const out = createWriteStream(inputPath);
  let records = 0;
  let bytes = 0;
  while (!stop(records, bytes)) {
    const line = `{"id":${records}${bodies[records % bodies.length]}`;
    bytes += Buffer.byteLength(line);
    records += 1;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { records, bytes };
}

/** Counts the output's lines and error records, checking each is JSON. */
async function countOutput(path: string): Promise<{ lines: number; errors: number }> {
  let lines = 0;
  let errors = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    lines += 1;
    if ((JSON.parse(line) as { error?: unknown }).error !== undefined) errors += 1;
  }
  return { lines, errors };
}

interface Row {
  name: string;
  records: number;
  errors: number;
  run: ChildRun;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (row: Row) => (row.records * 1000) / row.run.wallMs;
const cpuRate = (row: Row) => (row.records * 1000) / row.run.cpuMs;

async function runCli(workers: number, records: number): Promise<Row> {
  const outputPath = join(dir, `out-${workers}.ndjson`);
  const run = await runChild(
    process.execPath,
    [...target.cli, "--ndjson", "--workers", String(workers), "-q"],
    inputPath,
    outputPath,
  );
  if (run.code !== 0 && run.code !== 1) throw new Error(`the CLI failed (${run.code}): ${run.stderr}`);
  const { lines, errors } = await countOutput(outputPath);
  if (lines !== records)
    throw new Error(`the CLI wrote ${lines} lines for ${records} records: ${run.stderr}`);
  rmSync(outputPath);
  return { name: `copydesk --ndjson --workers ${workers}`, records: lines, errors, run };
}

async function runLoop(): Promise<Row> {
  const outputPath = join(dir, "loop.json");
  const run = await runChild(
    process.execPath,
    [...target.loopArgs, LOOP, target.index, inputPath],
    undefined,
    outputPath,
  );
  if (run.code !== 0) throw new Error(`the extract loop failed (${run.code}): ${run.stderr}`);
  const { records, errors } = JSON.parse(readFileSync(outputPath, "utf8")) as {
    records: number;
    errors: number;
  };
  return { name: "extract() in a loop, one thread", records, errors, run };
}

function printTable(rows: Row[]) {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log("| Run | Records | Errors | Time | Records/s | CPU time | Records per CPU-s | Peak RSS |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows) {
    const { wallMs, cpuMs, peakRssBytes } = row.run;
    console.log(
      `| ${row.name} | ${row.records} | ${row.errors} | ${seconds(wallMs)} | ${rate(row).toFixed(1)} | ${seconds(cpuMs)} | ${cpuRate(row).toFixed(1)} | ${mb(peakRssBytes)} |`,
    );
  }
  // On a shared machine wall-clock rates move with other work: the load says how much there was.
  console.log(
    `\nLoad average at the end (1, 5, 15 min): ${loadavg()
      .map((load) => load.toFixed(1))
      .join(", ")}`,
  );
}

const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

try {
  const cores = availableParallelism();
  const wanted = values.records === undefined ? DEFAULT_RECORDS : Number(values.records);
  const { records, bytes } = await writeInput((written, size) =>
    values.big ? size >= BIG_BYTES : written >= wanted,
  );
  console.log(
    `Input: ${records} records, ${mb(bytes)} of NDJSON (${pages.length} pages repeated); ${cores} cores.\n`,
  );
  if (values.big) {
    const row = await runCli(2, records);
    printTable([row]);
    const ok = row.run.peakRssBytes < TARGET_PEAK_BYTES;
    console.log(
      `Peak RSS with 2 workers over ${mb(bytes)}: ${mb(row.run.peakRssBytes)} (target < ${mb(TARGET_PEAK_BYTES)}: ${verdict(ok)})`,
    );
  } else {
    const loop = await runLoop();
    const one = await runCli(1, records);
    const two = await runCli(2, records);
    printTable([loop, one, two]);
    const speedup = rate(two) / rate(one);
    const versusLoop = rate(one) / rate(loop);
    const peak = Math.max(one.run.peakRssBytes, two.run.peakRssBytes);
    console.log(
      `2 workers / 1 worker: ${speedup.toFixed(2)}× (target ≥ ${TARGET_SPEEDUP}×: ${verdict(speedup >= TARGET_SPEEDUP)})`,
    );
    console.log(
      `1 worker / extract loop: ${versusLoop.toFixed(2)} (target ≥ ${TARGET_LOOP_RATIO}: ${verdict(versusLoop >= TARGET_LOOP_RATIO)})`,
    );
    // CPU time per record does not depend on the machine's load: the overhead of the batch machinery itself.
    console.log(
      `CPU per record: 1 worker / loop ${(cpuRate(loop) / cpuRate(one)).toFixed(2)}×, 2 workers / 1 worker ${(cpuRate(one) / cpuRate(two)).toFixed(2)}×`,
    );
    console.log(
      `Peak RSS of the CLI: ${mb(peak)} (target < ${mb(TARGET_PEAK_BYTES)}: ${verdict(peak < TARGET_PEAK_BYTES)})`,
    );
  }
} finally {
  if (values.keep) console.log(`\nKept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
