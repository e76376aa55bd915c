import type { HtmlPage, TextPage } from "../data.js";
import { extract as extractHtml } from "../html/quality.js";
import { extractText } from "./extract.js";

/**
 * How the headline of each page saved as text compares with the one the HTML
 * path reads from the same page's markup (its `<h1>`, `og:title`, `<title>`),
 * which stands in for a truth the set does not hold: the same (letters and
 * digits alike, case aside), close (one holds the other, or half their words
 * are shared), none, or other.
 */
export interface HeadlineTally {
  same: number;
  close: number;
  none: number;
  other: number;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();

export function compareHeadline(fromText: string, fromHtml: string): keyof HeadlineTally {
  const a = words(fromText);
  const b = words(fromHtml);
  if (a === b) return "same";
  if (a === "") return "none";
  if (a.includes(b) || b.includes(a)) return "close";
  const setA = new Set(a.split(" "));
  const setB = new Set(b.split(" "));
  const common = [...setA].filter((w) => setB.has(w)).length;
  return common / (setA.size + setB.size - common) >= 0.5 ? "close" : "other";
}

export function tallyHeadlines(
  pages: readonly TextPage[],
  html: ReadonlyMap<string, HtmlPage>,
): HeadlineTally {
  const tally: HeadlineTally = { same: 0, close: 0, none: 0, other: 0 };
  for (const page of pages) {
    const source = html.get(page.id);
    if (source === undefined) continue;
    tally[compareHeadline(extractText(page.text).article.headline, extractHtml(source).article.headline)]++;
  }
  return tally;
}
