/**
 * IPTC NITF 3.6 (News Industry Text Format): the article as an XML document
 * that validates against the official XSD. Text is escaped and characters XML
 * 1.0 forbids are removed.
 */
import type { Article, Block } from "@copydesk/schema";
import { type BlockHandlers, renderBlock } from "./blocks.js";
import { basicIsoDate } from "./dates.js";
import { articleUri } from "./identity.js";
import { captionProse, labelsWith, type ProseLabels } from "./prose.js";
import { attribute, escapeText } from "./syntax/markup.js";
import { IMAGE_SCHEMES, safeBase, safeUrl } from "./syntax/url.js";

export interface NitfOptions {
  /** Words added around the article's text ("Photo" in credits …). */
  labels?: Partial<ProseLabels>;
}

/** The NITF 3.6 namespace the XSD targets. */
export const NITF_NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/";
// The values the XSD fixes for these attributes of `<nitf>`.
const NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN";
const NITF_CHANGE_DATE = "September 11, 2009";
const NITF_CHANGE_TIME = "12:26";
const INDENT = "  ";

interface Context {
  labels: ProseLabels;
  base: string | undefined;
}

const x = escapeText;

function element(name: string, attributes: string, content: string): string {
  return `<${name}${attributes}>${x(content)}</${name}>`;
}

const handlers: BlockHandlers<string[], Context> = {
  paragraph: (block) => [element("p", "", block.text)],
  // NITF has a single sub-heading element inside the body.
  heading: (block) => [element("hl2", "", block.text)],
  quote: (block) => {
    const lines = [
      "<bq>",
      `${INDENT}<block>`,
      `${INDENT}${INDENT}${element("p", "", block.text)}`,
      `${INDENT}</block>`,
    ];
    if (block.attribution?.trim()) lines.push(`${INDENT}${element("credit", "", block.attribution.trim())}`);
    lines.push("</bq>");
    return lines;
  },
  list: (block) => {
    // `<ul>` and `<ol>` need at least one item.
    if (block.items.length === 0) return [];
    const tag = block.ordered ? "ol" : "ul";
    return [`<${tag}>`, ...block.items.map((item) => `${INDENT}${element("li", "", item)}`), `</${tag}>`];
  },
  image: (block, context) => media(block, context),
  caption: (block, context) => [
    element("p", ' class="caption"', captionProse(block.text, block.credit, context.labels) ?? ""),
  ],
  table: (block) => {
    const lines = ["<table>"];
    if (block.caption?.trim()) lines.push(`${INDENT}${element("caption", "", block.caption.trim())}`);
    // Every `<tr>` needs at least one cell; an empty row gets an empty cell.
    const row = (cells: readonly string[], cell: "th" | "td") =>
      `<tr>${(cells.length === 0 ? [""] : cells).map((c) => element(cell, "", c)).join("")}</tr>`;
    if (block.head && block.head.length > 0) {
      lines.push(`${INDENT}<thead>`, `${INDENT}${INDENT}${row(block.head, "th")}`, `${INDENT}</thead>`);
    }
    // `<tbody>` needs a row; a table without rows writes none.
    if (block.rows.length > 0) {
      lines.push(
        `${INDENT}<tbody>`,
        ...block.rows.map((r) => `${INDENT}${INDENT}${row(r, "td")}`),
        `${INDENT}</tbody>`,
      );
    }
    lines.push("</table>");
    return lines;
  },
  preformatted: (block) => [element("pre", "", block.text)],
};

function media(
  image: { src: string; alt?: string; caption?: string; credit?: string; width?: number; height?: number },
  context: Context,
): string[] {
  const source = safeUrl(image.src, IMAGE_SCHEMES, context.base);
  const reference = `<media-reference${attribute("source", source)}${attribute("alternate-text", image.alt)}${attribute("width", image.width)}${attribute("height", image.height)}${image.width || image.height ? ' units="pixels"' : ""}/>`;
  const lines = ['<media media-type="image">', `${INDENT}${reference}`];
  if (image.caption?.trim()) lines.push(`${INDENT}${element("media-caption", "", image.caption.trim())}`);
  if (image.credit?.trim()) lines.push(`${INDENT}${element("media-producer", "", image.credit.trim())}`);
  lines.push("</media>");
  return lines;
}

function indent(lines: readonly string[], depth: number): string[] {
  const prefix = INDENT.repeat(depth);
  return lines.map((line) => `${prefix}${line}`);
}

function head(article: Article): string[] {
  const lines = ["<head>"];
  if (article.headline.trim()) lines.push(`${INDENT}${element("title", "", article.headline.trim())}`);
  lines.push(`${INDENT}<docdata>`);
  lines.push(`${INDENT}${INDENT}<doc-id${attribute("id-string", articleUri(article))}/>`);
  const issued = article.publishedAt && basicIsoDate(article.publishedAt);
  if (issued) lines.push(`${INDENT}${INDENT}<date.issue${attribute("norm", issued)}/>`);
  lines.push(`${INDENT}</docdata>`);
  const siteName = article.source.siteName?.trim();
  const url = safeBase(article.source.url);
  if (siteName || url) {
    lines.push(`${INDENT}<pubdata type="web"${attribute("name", siteName)}${attribute("ex-ref", url)}/>`);
  }
  // The last change, where known: NITF keeps dates of changes in the revision history.
  const modified = article.modifiedAt && basicIsoDate(article.modifiedAt);
  if (modified) lines.push(`${INDENT}<revision-history${attribute("norm", modified)} comment="modified"/>`);
  lines.push("</head>");
  return lines;
}

function bodyHead(article: Article): string[] {
  const lines: string[] = [];
  if (article.headline.trim() || article.subheadline?.trim()) {
    lines.push("<hedline>", `${INDENT}${element("hl1", "", article.headline.trim())}`);
    if (article.subheadline?.trim()) lines.push(`${INDENT}${element("hl2", "", article.subheadline.trim())}`);
    lines.push("</hedline>");
  }
  const byline = article.byline;
  if (byline) {
    const people = byline.authors.map((name) => name.trim()).filter((name) => name !== "");
    // Each author in `<person>`; the agency as a byline title; otherwise the byline as written.
    const parts = people.map((name) => element("person", "", name));
    if (byline.agency?.trim()) parts.push(element("byttl", "", byline.agency.trim()));
    if (parts.length > 0) lines.push(`<byline>${parts.join(" ")}</byline>`);
    else if (byline.text.trim()) lines.push(element("byline", "", byline.text.trim()));
  }
  const dateline = article.dateline;
  if (dateline) {
    const parts = [element("location", "", dateline.place.trim())];
    if (dateline.date?.trim()) {
      const norm = article.publishedAt && basicIsoDate(article.publishedAt);
      parts.push(element("story.date", attribute("norm", norm), dateline.date.trim()));
    }
    lines.push(
      `<dateline>${parts.join(", ")}${dateline.agency?.trim() ? ` (${x(dateline.agency.trim())})` : ""}</dateline>`,
    );
  }
  if (article.description?.trim()) {
    lines.push("<abstract>", `${INDENT}${element("p", "", article.description.trim())}`, "</abstract>");
  }
  return lines.length === 0 ? [] : ["<body.head>", ...indent(lines, 1), "</body.head>"];
}

function bodyContent(blocks: readonly Block[], context: Context): string[] {
  const lines: string[] = [];
  for (const block of blocks) lines.push(...renderBlock(handlers, block, context, "nitf"));
  return ["<body.content>", ...indent(lines, 1), "</body.content>"];
}

function bodyEnd(article: Article): string[] {
  // The tagline credits the agency, as wire copy ends; without one, `body.end` stays empty.
  const agency = article.byline?.agency?.trim() || article.dateline?.agency?.trim();
  return agency
    ? ["<body.end>", `${INDENT}${element("tagline", "", agency)}`, "</body.end>"]
    : ["<body.end/>"];
}

/**
 * The article as a NITF 3.6 document: `head` (title; docdata with the
 * identifier and issue date; publication; last change), `body.head`
 * (hedline, byline, dateline, abstract), `body.content` and `body.end`.
 *
 * @throws UnknownBlockError for a block kind this renderer does not know.
 */
export function toNitf(article: Article, options: NitfOptions = {}): string {
  const context: Context = { labels: labelsWith(options.labels), base: article.source.url };
  const lang = article.language;
  const body = [...bodyHead(article), ...bodyContent(article.body, context), ...bodyEnd(article)];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<nitf xmlns="${NITF_NAMESPACE}" version="${NITF_VERSION}" change.date="${NITF_CHANGE_DATE}" change.time="${NITF_CHANGE_TIME}">`,
    ...indent(head(article), 1),
    `${INDENT}<body${attribute("xml:lang", lang)}>`,
    ...indent(body, 2),
    `${INDENT}</body>`,
    "</nitf>",
    "",
  ].join("\n");
}
