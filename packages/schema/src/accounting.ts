import type { Article } from "./article.js";
import type { Span } from "./blocks.js";

/** Every span an article claims in its source text: headline, dateline, byline, body, related and removed. */
export function accountedSpans(article: Article): Span[] {
  const spans: Span[] = [];
  const add = (span: Span | undefined) => {
    if (span) spans.push(span);
  };
  add(article.headlineSpan);
  add(article.dateline?.span);
  add(article.byline?.span);
  for (const block of article.body) add(block.span);
  for (const link of article.related) add(link.span);
  for (const removal of article.removed) add(removal.span);
  return spans;
}

const NON_SPACE = /\S/u;

/**
 * The stretches of non-whitespace source text that no part of the article
 * accounts for. Empty for every article Copydesk produces: a non-empty
 * result means text was lost.
 */
export function findUnaccounted(article: Article, source: string): Span[] {
  const covered = new Uint8Array(source.length);
  for (const { start, end } of accountedSpans(article)) covered.fill(1, start, Math.min(end, source.length));
  const gaps: Span[] = [];
  let start = -1;
  for (let i = 0; i <= source.length; i++) {
    const lost = i < source.length && covered[i] === 0 && NON_SPACE.test(source[i]!);
    if (lost && start < 0) start = i;
    else if (!lost && start >= 0) {
      gaps.push({ start, end: i });
      start = -1;
    }
  }
  return gaps;
}
