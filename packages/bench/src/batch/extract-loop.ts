/**
 * The baseline for the batch benchmark: the built `extract` called in a plain
 * loop, one thread, over the same NDJSON file the CLI reads.
 *
 *   node --import tsx src/batch/extract-loop.ts COPYDESK_DIST_INDEX INPUT.ndjson
 *
 * Prints one JSON line: { records, errors }.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const [distIndex, inputPath] = process.argv.slice(2);
if (!distIndex || !inputPath) {
  console.error("usage: extract-loop.ts COPYDESK_DIST_INDEX INPUT.ndjson");
  process.exit(2);
}
const { extract } = (await import(pathToFileURL(distIndex).href)) as {
  extract: (input: string, options: { kind: "html"; url?: string }) => unknown;
};

let records = 0;
let errors = 0;
const lines = createInterface({
  input: createReadStream(inputPath, { highWaterMark: 1 << 20 }),
  crlfDelay: Infinity,
});
for await (const line of lines) {
  records += 1;
  try {
    const record = JSON.parse(line) as { url?: string; html: string };
    extract(record.html, { kind: "html", url: record.url });
  } catch {
    errors += 1;
  }
}
console.log(JSON.stringify({ records, errors }));
