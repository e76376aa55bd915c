/**
 * Plain text, readable as it is: the headline, the byline and dates, the
 * dateline opening the first paragraph, quotes indented, lists with markers,
 * tables in aligned columns. Optionally wrapped at a width.
 */
import type { Article, Block } from "@copydesk/schema";
import { type BlockHandlers, renderBlock } from "./blocks.js";
import { checkBoolean, checkInteger } from "./options.js";
import {
  bylineProse,
  captionProse,
  datelineProse,
  labelsWith,
  type ProseLabels,
  publishedProse,
  updatedProse,
} from "./prose.js";
import { stripForbiddenChars } from "./syntax/markup.js";
import { LINK_SCHEMES, safeUrl } from "./syntax/url.js";
import { textLength, wrap } from "./wrap.js";

export interface TextOptions {
  /**
   * Wrap lines at this many characters (Unicode code points), breaking only
   * at spaces: words and URLs are never split. Tables and preformatted text
   * are not wrapped. Default: no wrapping. From 1 to 10000.
   */
  width?: number;
  /** Add the related stories as a "Related" list at the end. Default `true`. */
  related?: boolean;
  /** Words added around the article's text ("By", "and", "Photo", "Updated", "Related"). */
  labels?: Partial<ProseLabels>;
}

interface Context {
  labels: ProseLabels;
  width: number | undefined;
  base: string | undefined;
}

// Quotes are set off by this indent, as in a printed page.
const QUOTE_INDENT = "    ";
// The widest wrap width accepted: wider than any screen, and small enough to catch a unit mistake.
const MAX_WIDTH = 10_000;
// Line breaks in inline text (a table cell, a list item) would break the layout.
const LINE_BREAKS = /[\r\n]+/g;
const CRLF = /\r\n?/g;

function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, " ").trim();
}

const handlers: BlockHandlers<string, Context> = {
  paragraph: (block, context) => wrap(block.text.trim(), context.width),
  heading: (block, context) => wrap(block.text.trim(), context.width),
  quote: (block, context) => {
    const lines = [wrap(block.text.trim(), context.width, QUOTE_INDENT)];
    if (block.attribution?.trim())
      lines.push(wrap(`— ${block.attribution.trim()}`, context.width, QUOTE_INDENT));
    return lines.join("\n");
  },
  list: (block, context) =>
    block.items
      .map((item, i) => {
        const marker = block.ordered ? `${i + 1}. ` : "- ";
        return wrap(oneLine(item), context.width, marker, " ".repeat(marker.length));
      })
      .join("\n"),
  image: (block, context) => figure(block.alt, block.caption, block.credit, context),
  caption: (block, context) =>
    wrap(captionProse(block.text, block.credit, context.labels) ?? "", context.width),
  table: (block, context) => {
    const lines: string[] = [];
    if (block.caption?.trim()) lines.push(wrap(block.caption.trim(), context.width));
    const rows = block.rows.map((row) => row.map(oneLine));
    const head = block.head?.map(oneLine);
    const columns = Math.max(head?.length ?? 0, ...rows.map((row) => row.length));
    const widths = Array.from({ length: columns }, (_, i) =>
      Math.max(0, ...[head ?? [], ...rows].map((row) => textLength(row[i] ?? ""))),
    );
    const line = (cells: readonly string[]) =>
      widths
        .map((w, i) => {
          const cell = cells[i] ?? "";
          return cell + " ".repeat(w - textLength(cell));
        })
        .join(" | ")
        .trimEnd();
    if (head && columns > 0) lines.push(line(head), widths.map((w) => "-".repeat(w)).join("-+-"));
    for (const row of rows) lines.push(line(row));
    return lines.join("\n");
  },
  preformatted: (block) => block.text.replace(CRLF, "\n"),
};

function figure(
  alt: string | undefined,
  caption: string | undefined,
  credit: string | undefined,
  context: Context,
): string {
  const lines: string[] = [];
  if (alt?.trim()) lines.push(wrap(`[${oneLine(alt)}]`, context.width));
  const text = captionProse(caption, credit, context.labels);
  if (text) lines.push(wrap(text, context.width));
  return lines.join("\n");
}

/**
 * The article as plain text: paragraphs separated by a blank line, nothing
 * that needs a renderer to read. Image descriptions appear in brackets.
 *
 * @throws UnknownBlockError for a block kind this renderer does not know.
 * @throws CopydeskError `INVALID_OPTIONS` for a width that is not an integer from 1 to 10000.
 */
export function toText(article: Article, options: TextOptions = {}): string {
  const width = checkInteger("text", "width", options.width, 1, MAX_WIDTH);
  const showRelated = checkBoolean("text", "related", options.related) ?? true;
  const context: Context = { labels: labelsWith(options.labels), width, base: article.source.url };
  const out: string[] = [];

  if (article.headline.trim()) out.push(wrap(article.headline.trim(), width));
  if (article.subheadline?.trim()) out.push(wrap(article.subheadline.trim(), width));
  const meta = [
    bylineProse(article.byline, context.labels),
    publishedProse(article.publishedAt),
    updatedProse(article.modifiedAt, context.labels),
  ].filter((line): line is string => line !== undefined && line.trim() !== "");
  if (meta.length > 0) out.push(meta.map((line) => wrap(line, width)).join("\n"));
  const lead = article.leadImage;
  if (lead) out.push(figure(lead.alt, lead.caption, lead.credit, context));

  out.push(...body(article.body, datelineProse(article.dateline), context));

  if (showRelated && article.related.length > 0) {
    const items = article.related.map((link) => {
      const url = safeUrl(link.url, LINK_SCHEMES, context.base);
      return wrap(
        url === undefined ? oneLine(link.title) : `${oneLine(link.title)} (${url})`,
        width,
        "- ",
        "  ",
      );
    });
    out.push(`${context.labels.related}:\n${items.join("\n")}`);
  }
  return `${stripForbiddenChars(out.filter((part) => part !== "").join("\n\n"))}\n`;
}

function body(blocks: readonly Block[], dateline: string | undefined, context: Context): string[] {
  const out: string[] = [];
  blocks.forEach((block, index) => {
    if (index === 0 && dateline !== undefined && block.type === "paragraph") {
      out.push(wrap(`${dateline} ${block.text.trim()}`.trim(), context.width));
      return;
    }
    out.push(renderBlock(handlers, block, context, "text"));
  });
  if (dateline !== undefined && blocks[0]?.type !== "paragraph") out.unshift(wrap(dateline, context.width));
  return out;
}
