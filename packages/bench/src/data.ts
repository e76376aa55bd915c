import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

/** The public benchmark data lives outside the project; benchmarks read it when it is there. */
export const BENCH_DIR =
  process.env.COPYDESK_BENCH_DIR ?? fileURLToPath(new URL("../../../../shared/bench/", import.meta.url));

export interface HtmlPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export interface TextPage {
  id: string;
  url: string;
  text: string;
  truth: string;
}

function readJsonl<T>(file: string): T[] | undefined {
  const path = `${BENCH_DIR.replace(/\/?$/, "/")}${file}`;
  if (!existsSync(path)) return undefined;
  return gunzipSync(readFileSync(path))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/** Loads a benchmark file, or says plainly that it is absent and exits 0 (there is nothing to measure). */
export function loadOrExplain<T>(file: string): T[] {
  const records = readJsonl<T>(file);
  if (records === undefined) {
    console.log(
      `Benchmark data not found: ${file} is not in ${BENCH_DIR}.\n` +
        "The benchmark reads the public Scrapinghub article-extraction pages from ../shared/bench " +
        "(or the folder named by COPYDESK_BENCH_DIR). Nothing was measured.",
    );
    process.exit(0);
  }
  return records;
}

export const loadHtmlPages = () => loadOrExplain<HtmlPage>("scrapinghub.html.jsonl.gz");
export const loadTextPages = () => loadOrExplain<TextPage>("scrapinghub.text.jsonl.gz");
