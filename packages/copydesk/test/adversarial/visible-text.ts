/**
 * What "no lost text" means for an HTML page: every non-whitespace character
 * of a text node the page shows (or hides, but holds as text) must lie in a
 * span of the article, its related links or its removals.
 *
 * Text nodes are found with htmlparser2 itself, independently of the parser
 * under test. Left out, because they are code or data rather than text a
 * reader reads: `<script>`, `<style>` and `<title>` content (the title is
 * read as metadata), comments, doctype and processing instructions, tags and
 * their attributes. Character references count by their source span, so
 * `&amp;` is accounted for where it is written; one that decodes to
 * whitespace (`&nbsp;`) counts as whitespace.
 */
import type { Article } from "@copydesk/schema";
import { accountedSpans } from "@copydesk/schema";
import { Parser } from "htmlparser2";

const NON_SPACE = /\S/u;
const CODE_ELEMENTS: ReadonlySet<string> = new Set(["script", "style", "title"]);

/** `[start, end)` ranges of the page's text nodes outside code elements. */
export function textNodeRanges(html: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const open: string[] = [];
  let inCode = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        open.push(name);
        if (CODE_ELEMENTS.has(name)) inCode++;
      },
      onclosetag(name) {
        // htmlparser2 reports implied closes too, innermost first: the names pair up.
        const index = open.lastIndexOf(name);
        if (index < 0) return;
        for (const closed of open.splice(index)) if (CODE_ELEMENTS.has(closed)) inCode--;
      },
      ontext(data) {
        // A character reference that decodes to whitespace (`&nbsp;`) shows nothing to account for.
        if (inCode === 0 && NON_SPACE.test(data))
          ranges.push({ start: parser.startIndex, end: parser.endIndex + 1 });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return ranges;
}

/** The non-whitespace characters of shown text no span of the article covers, as `[offset, char]` (the first 20). */
export function lostVisibleText(article: Article, html: string): [number, string][] {
  const covered = new Uint8Array(html.length);
  for (const { start, end } of accountedSpans(article)) covered.fill(1, start, Math.min(end, html.length));
  const lost: [number, string][] = [];
  for (const { start, end } of textNodeRanges(html)) {
    for (let i = start; i < end && lost.length < 20; i++) {
      if (covered[i] === 0 && NON_SPACE.test(html[i]!)) lost.push([i, html[i]!]);
    }
  }
  return lost;
}
