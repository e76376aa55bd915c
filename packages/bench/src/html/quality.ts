/**
 * Extraction quality on the public HTML benchmark pages (see the bench README).
 *
 *   pnpm --filter @copydesk/bench quality:html              the table
 *   pnpm --filter @copydesk/bench quality:html --worst 10   the 10 worst pages, and why
 *   pnpm --filter @copydesk/bench quality:html --gate       the snippet gate: exits 1 when quality drops
 *   pnpm --filter @copydesk/bench quality:html --gate --update   rewrite the gate from the current output
 *   add --no-readability to skip the Readability row
 *
 * The body is scored as plain text: body blocks only (no headline, no byline),
 * each through `blockText`, in order, separated by blank lines.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { filterBoilerplate } from "@copydesk/boilerplate";
import { parseHtml } from "@copydesk/parser";
import { type Article, blockText, type Draft } from "@copydesk/schema";
import { type HtmlPage, loadHtmlPages } from "../data.js";
import { aggregate, type PageScore, type Score, scorePage } from "../metric.js";
import { runGate, writeGate } from "./gate.js";

export function bodyText(article: Article): string {
  return article.body.map(blockText).join("\n\n");
}

export function extract(page: HtmlPage): { draft: Draft; article: Article } {
  const draft = parseHtml(page.html, { url: page.url });
  return { draft, article: filterBoilerplate(draft) };
}

function allVisibleText(draft: Draft): string {
  return draft.blocks.map((b) => b.text).join("\n\n");
}

async function readabilityText(page: HtmlPage): Promise<string> {
  const { parseHTML } = await import("linkedom");
  const { Readability } = await import("@mozilla/readability");
  const { document } = parseHTML(page.html);
  const result = new Readability(document as unknown as Document).parse();
  return result?.textContent ?? "";
}

function row(name: string, s: Score): string {
  const f = (n: number) => n.toFixed(3);
  return `| ${name.padEnd(34)} | ${f(s.f1)} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.accuracy)} |`;
}

const SHINGLE_TOKENS = /[\p{L}\p{N}_]+/gu;
const words = (text: string) => text.match(SHINGLE_TOKENS) ?? [];

/** Share of a block's words that occur in the truth (a cheap "is this block part of the story"). */
function overlap(text: string, truthWords: Set<string>): number {
  const w = words(text);
  if (w.length === 0) return 1;
  return w.filter((x) => truthWords.has(x)).length / w.length;
}

function pageF1(s: PageScore): number {
  const p = s.precision ?? 0;
  const r = s.recall ?? 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Why a page scored badly: story text that was removed (with its reason) and kept text the truth lacks. */
function explain(page: HtmlPage, article: Article, draft: Draft, score: PageScore): string {
  const truthWords = new Set(words(page.truth));
  const lines = [
    `## ${page.id}  F1 ${pageF1(score).toFixed(3)}  P ${(score.precision ?? 0).toFixed(3)}  R ${(score.recall ?? 0).toFixed(3)}  ${page.url}`,
  ];
  const clip = (t: string) => (t.length > 110 ? `${t.slice(0, 107)}…` : t).replace(/\s+/g, " ");
  const byStart = new Map(draft.blocks.map((b) => [b.span.start, b]));
  for (const removal of article.removed) {
    if (words(removal.text).length < 4 || overlap(removal.text, truthWords) < 0.8) continue;
    const hints = byStart.get(removal.span.start)?.features.hints?.join(",") ?? "";
    lines.push(`  - lost    [${removal.reason}] {${hints}} ${clip(removal.text)}`);
  }
  for (const block of article.body) {
    const text = blockText(block);
    if (words(text).length < 3 || overlap(text, truthWords) > 0.5) continue;
    const hints = block.span ? (byStart.get(block.span.start)?.features.hints?.join(",") ?? "") : "";
    lines.push(`  + extra   [${block.type}] {${hints}} ${clip(text)}`);
  }
  return lines.join("\n");
}

async function main() {
  const args = process.argv.slice(2);
  const worstAt = args.indexOf("--worst");
  const worst = worstAt >= 0 ? Number(args[worstAt + 1] ?? 10) : 0;
  const pages = loadHtmlPages();

  const results = pages.map((page) => {
    const { draft, article } = extract(page);
    return { page, draft, article, score: scorePage(bodyText(article), page.truth) };
  });

  if (args.includes("--gate")) {
    const inputs = results.map((r) => ({
      id: r.page.id,
      body: bodyText(r.article),
      truth: r.page.truth,
      visible: allVisibleText(r.draft),
    }));
    const score = aggregate(results.map((r) => r.score));
    if (args.includes("--update")) writeGate(inputs, score);
    else process.exit(runGate(inputs, score));
    return;
  }

  const table = [
    "| extractor                          | F1    | prec. | recall | exact |",
    "|------------------------------------|-------|-------|--------|-------|",
    row("Copydesk (parseHtml + filter)", aggregate(results.map((r) => r.score))),
    row(
      "all visible text (every block)",
      aggregate(results.map((r) => scorePage(allVisibleText(r.draft), r.page.truth))),
    ),
  ];
  if (!args.includes("--no-readability")) {
    const scores: PageScore[] = [];
    for (const page of pages) scores.push(scorePage(await readabilityText(page), page.truth));
    table.push(row("@mozilla/readability + linkedom", aggregate(scores)));
  }
  console.log(`${pages.length} pages\n\n${table.join("\n")}`);

  if (worst > 0) {
    const sorted = [...results].sort((a, b) => pageF1(a.score) - pageF1(b.score)).slice(0, worst);
    console.log(
      `\nThe ${worst} worst pages (lost: story text removed, with reason and hints; extra: kept text not in the truth):\n`,
    );
    for (const r of sorted) console.log(`${explain(r.page, r.article, r.draft, r.score)}\n`);
  }
}

// Run as a script, not when another script imports `extract`.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
