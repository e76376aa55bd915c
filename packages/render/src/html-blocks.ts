/** Body blocks as HTML: shared by the HTML renderer and the ninjs renderer's HTML body. */
import type { Article, Block } from "@copydesk/schema";
import { type BlockHandlers, renderBlock } from "./blocks.js";
import { datelineProse, labelsWith, type ProseLabels, photoCredit } from "./prose.js";
import { attribute, escapeText } from "./syntax/markup.js";
import { IMAGE_SCHEMES, safeUrl } from "./syntax/url.js";

export interface HtmlContext {
  labels: ProseLabels;
  base: string | undefined;
}

// The headline is the page's `<h1>`; body headings start at `<h2>`.
const MIN_BODY_HEADING = 2;

export function text(value: string): string {
  return escapeText(value);
}

export function figure(
  image: { src: string; alt?: string; caption?: string; credit?: string; width?: number; height?: number },
  className: string | undefined,
  context: HtmlContext,
): string {
  const src = safeUrl(image.src, IMAGE_SCHEMES, context.base);
  const lines = [`<figure${attribute("class", className)}>`];
  if (src !== undefined) {
    lines.push(
      `<img${attribute("src", src)}${attribute("alt", image.alt ?? "")}${attribute("width", image.width)}${attribute("height", image.height)} loading="lazy" decoding="async">`,
    );
  }
  const caption = figcaption(image.caption, image.credit, context);
  if (caption) lines.push(caption);
  // An image that cannot be shown and has no caption leaves nothing to render.
  if (lines.length === 1) return "";
  lines.push("</figure>");
  return lines.join("\n");
}

function figcaption(caption: string | undefined, credit: string | undefined, context: HtmlContext): string {
  const parts: string[] = [];
  if (caption?.trim()) parts.push(text(caption.trim()));
  const by = photoCredit(credit, context.labels);
  if (by) parts.push(`<small class="credit">${text(by)}</small>`);
  return parts.length === 0 ? "" : `<figcaption>${parts.join(" ")}</figcaption>`;
}

const handlers: BlockHandlers<string, HtmlContext> = {
  paragraph: (block) => `<p>${text(block.text)}</p>`,
  heading: (block) => {
    const tag = `h${Math.max(MIN_BODY_HEADING, block.level)}`;
    return `<${tag}>${text(block.text)}</${tag}>`;
  },
  quote: (block) => {
    const quote = `<blockquote><p>${text(block.text)}</p></blockquote>`;
    if (!block.attribution?.trim()) return quote;
    // The attribution sits outside the quotation, in the figure's caption, as the HTML standard advises.
    return `<figure class="quote">\n${quote}\n<figcaption>— ${text(block.attribution.trim())}</figcaption>\n</figure>`;
  },
  list: (block) => {
    const tag = block.ordered ? "ol" : "ul";
    return [`<${tag}>`, ...block.items.map((item) => `<li>${text(item)}</li>`), `</${tag}>`].join("\n");
  },
  image: (block, context) => figure(block, undefined, context),
  caption: (block, context) => {
    const parts = [text(block.text)];
    const by = photoCredit(block.credit, context.labels);
    if (by) parts.push(`<small class="credit">${text(by)}</small>`);
    return `<p class="caption">${parts.join(" ")}</p>`;
  },
  table: (block) => {
    const lines = ["<table>"];
    if (block.caption?.trim()) lines.push(`<caption>${text(block.caption)}</caption>`);
    if (block.head && block.head.length > 0) {
      lines.push(
        "<thead>",
        `<tr>${block.head.map((cell) => `<th scope="col">${text(cell)}</th>`).join("")}</tr>`,
        "</thead>",
      );
    }
    lines.push("<tbody>");
    for (const row of block.rows)
      lines.push(`<tr>${row.map((cell) => `<td>${text(cell)}</td>`).join("")}</tr>`);
    lines.push("</tbody>", "</table>");
    return lines.join("\n");
  },
  // The HTML parser drops one newline right after `<pre>`; a leading one in the text needs a spare.
  preformatted: (block) => `<pre>${block.text.startsWith("\n") ? "\n" : ""}${text(block.text)}</pre>`,
};

/** The body blocks as HTML, the dateline opening the first paragraph. Shared with the ninjs renderer. */
export function bodyHtml(article: Article, labels?: Partial<ProseLabels>): string[] {
  const context: HtmlContext = { labels: labelsWith(labels), base: article.source.url };
  return bodyLines(article.body, datelineProse(article.dateline), context);
}

export function bodyLines(
  blocks: readonly Block[],
  dateline: string | undefined,
  context: HtmlContext,
): string[] {
  const out: string[] = [];
  const lead = dateline === undefined ? undefined : `<span class="dateline">${text(dateline)}</span>`;
  blocks.forEach((block, index) => {
    if (index === 0 && lead && block.type === "paragraph") {
      out.push(`<p>${lead} ${text(block.text)}</p>`);
      return;
    }
    const rendered = renderBlock(handlers, block, context, "html");
    if (rendered !== "") out.push(rendered);
  });
  if (lead && blocks[0]?.type !== "paragraph") out.unshift(`<p>${lead}</p>`);
  return out;
}
