/**
 * Extraction quality on the plain-text benchmark pages (see the bench README).
 *
 *   pnpm --filter @copydesk/bench quality:text              the table
 *   pnpm --filter @copydesk/bench quality:text --worst 10   the 10 worst pages, and why
 *   pnpm --filter @copydesk/bench quality:text --gate       the snippet gate and floors: exits 1 when quality drops
 *   pnpm --filter @copydesk/bench quality:text --gate --update   rewrite the gate from the current output
 *   pnpm --filter @copydesk/bench quality:text --variants   the same pages as other scrapers and sites give them
 *   pnpm --filter @copydesk/bench quality:text --headlines  the text path's headlines against the HTML path's
 *                                                         (variants.ts): exits 1 where C4 does as well as Copydesk
 */
import type { Article } from "@copydesk/schema";
import { loadHtmlPages, loadTextPages, type TextPage } from "../data.js";
import { aggregate, type PageScore, type Score, scorePage, tokens } from "../metric.js";
import { c4Lines } from "./c4.js";
import { bodyText, extractText } from "./extract.js";
import { runGate, writeGate } from "./gate.js";
import { tallyHeadlines } from "./headlines.js";
import { VARIANTS } from "./variants.js";

function row(name: string, s: Score): string {
  const f = (n: number) => n.toFixed(3);
  return `| ${name.padEnd(32)} | ${f(s.f1)} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.accuracy)} |`;
}

function pageF1(s: PageScore): number {
  const p = s.precision ?? 0;
  const r = s.recall ?? 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Share of a line's words found in the other text: a cheap "is this line part of the story". */
function overlap(text: string, words: Set<string>): number {
  const w = tokens(text);
  if (w.length === 0) return 1;
  return w.filter((x) => words.has(x)).length / w.length;
}

/** Why a page scored badly: story lines removed (with their reason) and kept lines the truth lacks. */
function explain(page: TextPage, article: Article, score: PageScore): string {
  const truthWords = new Set(tokens(page.truth));
  const clip = (t: string) => (t.length > 110 ? `${t.slice(0, 107)}…` : t).replace(/\s+/g, " ");
  const lines = [
    `## ${page.id.slice(0, 12)}  F1 ${pageF1(score).toFixed(3)}  P ${(score.precision ?? 0).toFixed(3)}  R ${(score.recall ?? 0).toFixed(3)}  ${page.url}`,
  ];
  let lost = 0;
  for (const removal of article.removed) {
    if (tokens(removal.text).length < 4 || overlap(removal.text, truthWords) < 0.8) continue;
    if (++lost <= 6) lines.push(`  - lost   [${removal.reason}] ${clip(removal.text)}`);
  }
  for (const link of article.related) {
    if (tokens(link.title).length < 4 || overlap(link.title, truthWords) < 0.8) continue;
    if (++lost <= 6) lines.push(`  - lost   [related] ${clip(link.title)}`);
  }
  if (lost > 6) lines.push(`  - … and ${lost - 6} more lost`);
  let extra = 0;
  for (const line of bodyText(article).split("\n")) {
    if (tokens(line).length < 3 || overlap(line, truthWords) > 0.5) continue;
    if (++extra <= 6) lines.push(`  + extra  ${clip(line)}`);
  }
  if (extra > 6) lines.push(`  + … and ${extra - 6} more kept`);
  return lines.join("\n");
}

/** Copydesk and C4 on each variant of the pages; 1 when C4 matches or beats Copydesk on any. */
function compareVariants(pages: readonly TextPage[], html: ReadonlyMap<string, string>): number {
  const f = (n: number) => n.toFixed(3);
  const width = Math.max(...VARIANTS.map((v) => v.name.length));
  const lines = [
    `| ${"variant".padEnd(width)} | Copydesk F1 | prec. | recall | C4 F1 | prec. | recall | Copydesk − C4 |`,
    `|${"-".repeat(width + 2)}|-------------|-------|--------|-------|-------|--------|---------------|`,
  ];
  const behind: string[] = [];
  for (const variant of VARIANTS) {
    const texts = pages.map((p) => variant.apply(p.text, p.truth, html.get(p.id)));
    const ours = aggregate(pages.map((p, i) => scorePage(bodyText(extractText(texts[i]!).article), p.truth)));
    const c4 = aggregate(pages.map((p, i) => scorePage(c4Lines(texts[i]!).join("\n"), p.truth)));
    const lead = ours.f1 - c4.f1;
    if (lead <= 0) behind.push(variant.name);
    lines.push(
      `| ${variant.name.padEnd(width)} | ${f(ours.f1).padEnd(11)} | ${f(ours.precision)} | ${f(ours.recall).padEnd(6)} ` +
        `| ${f(c4.f1)} | ${f(c4.precision)} | ${f(c4.recall).padEnd(6)} | ${(lead >= 0 ? "+" : "") + f(lead)}        |`,
    );
  }
  console.log(`${pages.length} pages, in each variant\n\n${lines.join("\n")}\n`);
  for (const v of VARIANTS) console.log(`${v.name}: ${v.what}`);
  if (behind.length > 0) {
    console.error(`\nVARIANTS CHECK FAILED: C4's rules do as well as Copydesk on: ${behind.join(", ")}.`);
    return 1;
  }
  return 0;
}

function main() {
  const args = process.argv.slice(2);
  const worstAt = args.indexOf("--worst");
  const worst = worstAt >= 0 ? Number(args[worstAt + 1] ?? 10) : 0;
  const pages = loadTextPages();
  if (args.includes("--headlines")) {
    const t = tallyHeadlines(pages, new Map(loadHtmlPages().map((p) => [p.id, p])));
    console.log(
      `Headlines of the ${pages.length} pages saved as text, against the HTML path's for the same pages:\n` +
        `same ${t.same}, close ${t.close}, none ${t.none}, other ${t.other}`,
    );
    return;
  }
  if (args.includes("--variants")) {
    // The text-nodes variant reads the same pages' HTML (same ids); its truth is the text set's.
    const html = new Map(loadHtmlPages().map((p) => [p.id, p.html]));
    process.exit(compareVariants(pages, html));
  }
  const results = pages.map((page) => {
    const { article } = extractText(page.text);
    return { page, article, score: scorePage(bodyText(article), page.truth) };
  });
  const score = aggregate(results.map((r) => r.score));

  if (args.includes("--gate")) {
    const inputs = results.map((r) => ({
      id: r.page.id,
      body: bodyText(r.article),
      truth: r.page.truth,
      text: r.page.text,
    }));
    if (args.includes("--update")) writeGate(inputs, score);
    else process.exit(runGate(inputs, score));
    return;
  }

  const table = [
    "| filter                           | F1    | prec. | recall | exact |",
    "|----------------------------------|-------|-------|--------|-------|",
    row("Copydesk (parseText + filter)", score),
    row("keep every line", aggregate(pages.map((p) => scorePage(p.text, p.truth)))),
    row("C4's line rules", aggregate(pages.map((p) => scorePage(c4Lines(p.text).join("\n"), p.truth)))),
  ];
  console.log(`${pages.length} pages\n\n${table.join("\n")}`);

  if (worst > 0) {
    const sorted = [...results].sort((a, b) => pageF1(a.score) - pageF1(b.score)).slice(0, worst);
    console.log(
      `\nThe ${worst} worst pages (lost: story text removed, with its reason; extra: kept text not in the truth):\n`,
    );
    for (const r of sorted) console.log(`${explain(r.page, r.article, r.score)}\n`);
  }
}

main();
