/**
 * Markdown (CommonMark, with GFM tables). Every piece of the article's text is
 * escaped, so text that looks like Markdown stays text.
 */
import type { Article, Block } from "@copydesk/schema";
import { type BlockHandlers, renderBlock } from "./blocks.js";
import { checkBoolean } from "./options.js";
import {
  bylineProse,
  captionProse,
  datelineProse,
  labelsWith,
  type ProseLabels,
  publishedProse,
  updatedProse,
} from "./prose.js";
import {
  codeBlock,
  destination,
  emphasis,
  escapeCell,
  escapeHeading,
  escapeInline,
  escapeLine,
  strong,
} from "./syntax/markdown.js";
import { IMAGE_SCHEMES, LINK_SCHEMES, safeUrl } from "./syntax/url.js";

export interface MarkdownOptions {
  /** Add the article's related stories as a "Related" list at the end. Default `true`. */
  related?: boolean;
  /** Words added around the article's text ("By", "and", "Photo", "Updated", "Related"). */
  labels?: Partial<ProseLabels>;
}

interface Context {
  labels: ProseLabels;
  base: string | undefined;
  /** Lists rendered so far: adjacent lists alternate markers so that they do not merge into one. */
  lists: number;
}

// The headline is the only level-1 heading; body headings start at level 2.
const MIN_BODY_HEADING = 2;
// A hard line break that survives editors trimming trailing spaces.
const HARD_BREAK = "\\\n";

function image(src: string, alt: string | undefined, base: string | undefined): string | undefined {
  const url = safeUrl(src, IMAGE_SCHEMES, base);
  return url === undefined ? undefined : `![${escapeInline(alt ?? "")}](${destination(url)})`;
}

const handlers: BlockHandlers<string, Context> = {
  paragraph: (block) => escapeLine(block.text),
  heading: (block) =>
    `${"#".repeat(Math.max(MIN_BODY_HEADING, block.level))} ${escapeHeading(block.text)}`.trimEnd(),
  quote: (block) => {
    const lines = [escapeLine(block.text)];
    if (block.attribution?.trim()) lines.push("", `— ${escapeInline(block.attribution)}`);
    return lines.map((line) => (line === "" ? ">" : `> ${line}`)).join("\n");
  },
  list: (block, context) => {
    // Alternate `-`/`*` and `.`/`)` so that two lists in a row stay two lists.
    const alternate = context.lists++ % 2 === 1;
    return block.items
      .map((item, i) => {
        const marker = block.ordered ? `${i + 1}${alternate ? ")" : "."}` : alternate ? "*" : "-";
        return `${marker} ${escapeLine(item)}`.trimEnd();
      })
      .join("\n");
  },
  image: (block, context) => figure(block.src, block.alt, block.caption, block.credit, context),
  caption: (block, context) =>
    emphasis(escapeLine(captionProse(block.text, block.credit, context.labels) ?? "")),
  table: (block) => {
    const columns = Math.max(block.head?.length ?? 0, ...block.rows.map((row) => row.length));
    const parts: string[] = [];
    if (block.caption?.trim()) parts.push(emphasis(escapeLine(block.caption)));
    if (columns > 0) {
      // GFM needs a header row; a table without one gets empty header cells.
      const row = (cells: readonly string[]) =>
        `|${Array.from({ length: columns }, (_, i) => ` ${escapeCell(cells[i] ?? "")} `).join("|")}|`;
      const lines = [row(block.head ?? []), `|${" --- |".repeat(columns)}`, ...block.rows.map(row)];
      parts.push(lines.join("\n"));
    }
    return parts.join("\n\n");
  },
  preformatted: (block) => codeBlock(block.text),
};

function figure(
  src: string,
  alt: string | undefined,
  caption: string | undefined,
  credit: string | undefined,
  context: Context,
): string {
  const img = image(src, alt, context.base);
  const text = emphasis(escapeLine(captionProse(caption, credit, context.labels) ?? ""));
  return [img, text].filter(Boolean).join(HARD_BREAK);
}

/**
 * The article as CommonMark: the headline as the level-1 heading, the byline
 * and dates under it, the lead image, the dateline opening the first
 * paragraph in bold, then the body and (optionally) the related stories.
 *
 * @throws UnknownBlockError for a block kind this renderer does not know.
 * @throws CopydeskError `INVALID_OPTIONS` for an option of the wrong type.
 */
export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const showRelated = checkBoolean("markdown", "related", options.related) ?? true;
  const context: Context = { labels: labelsWith(options.labels), base: article.source.url, lists: 0 };
  const out: string[] = [];

  if (article.headline.trim()) out.push(`# ${escapeHeading(article.headline)}`);
  if (article.subheadline?.trim()) out.push(emphasis(escapeLine(article.subheadline)));
  const meta = [
    bylineProse(article.byline, context.labels),
    publishedProse(article.publishedAt),
    updatedProse(article.modifiedAt, context.labels),
  ]
    .filter((line): line is string => line !== undefined && line.trim() !== "")
    .map(escapeLine);
  if (meta.length > 0) out.push(meta.join(HARD_BREAK));
  const lead = article.leadImage;
  if (lead) out.push(figure(lead.src, lead.alt, lead.caption, lead.credit, context));

  out.push(...body(article.body, datelineProse(article.dateline), context));

  if (showRelated && article.related.length > 0) {
    out.push(`## ${escapeHeading(context.labels.related)}`);
    out.push(
      article.related
        .map((link) => {
          const url = safeUrl(link.url, LINK_SCHEMES, context.base);
          const title = escapeInline(link.title);
          return `- ${url === undefined ? escapeLine(link.title) : `[${title}](${destination(url)})`}`;
        })
        .join("\n"),
    );
  }
  return `${out.filter((part) => part !== "").join("\n\n")}\n`;
}

function body(blocks: readonly Block[], dateline: string | undefined, context: Context): string[] {
  const out: string[] = [];
  const [first] = blocks;
  const lead = dateline === undefined ? undefined : strong(escapeLine(dateline));
  blocks.forEach((block, index) => {
    const rendered = renderBlock(handlers, block, context, "markdown");
    // The dateline opens the first paragraph, as on a news site; else it stands alone before the body.
    if (index === 0 && lead && first?.type === "paragraph") out.push(rendered ? `${lead} ${rendered}` : lead);
    else out.push(rendered);
  });
  if (lead && first?.type !== "paragraph") out.unshift(lead);
  return out;
}
