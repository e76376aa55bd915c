import type { Article, Block } from "@copydesk/schema";
import type { Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { describe, expect, it } from "vitest";
import { loadFixtures } from "../test/fixtures.js";
import { toMarkdown, UnknownBlockError } from "./index.js";
import { bylineProse, captionProse, datelineProse, publishedProse, updatedProse } from "./prose.js";
import { stripForbiddenChars } from "./syntax/markup.js";
import { IMAGE_SCHEMES, LINK_SCHEMES, safeUrl } from "./syntax/url.js";

/** Parses Markdown as a CommonMark reader with GFM tables would. */
function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}

/** The text a reader sees in a node: text, code, image descriptions; a hard break reads as a newline. */
function textOf(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "image":
      return "";
    case "break":
      return "\n";
    default:
      return "children" in node ? node.children.map((child) => textOf(child as Nodes)).join("") : "";
  }
}

type Shape =
  | { type: "heading"; depth: number; text: string }
  | { type: "paragraph"; text: string; images?: { url: string; alt: string }[]; links?: string[] }
  | { type: "blockquote"; children: Shape[] }
  | { type: "list"; ordered: boolean; items: string[] }
  | { type: "table"; rows: string[][] }
  | { type: "code"; value: string };

/** What the parsed tree says, reduced to the structure the renderer promises. */
function shapeOf(node: RootContent): Shape {
  switch (node.type) {
    case "heading":
      return { type: "heading", depth: node.depth, text: textOf(node) };
    case "paragraph": {
      const shape: Shape = { type: "paragraph", text: textOf(node) };
      const images = node.children
        .filter((c) => c.type === "image")
        .map((c) => ({ url: c.url, alt: c.alt ?? "" }));
      if (images.length > 0) shape.images = images;
      return shape;
    }
    case "blockquote":
      return { type: "blockquote", children: node.children.map(shapeOf) };
    case "list":
      return {
        type: "list",
        ordered: node.ordered === true,
        items: node.children.map((item) => textOf(item)),
      };
    case "table":
      return { type: "table", rows: node.children.map((row) => row.children.map((cell) => textOf(cell))) };
    case "code":
      return { type: "code", value: node.value };
    default:
      throw new Error(`unexpected ${node.type}`);
  }
}

/** Inline text as it must come back: on one line, trimmed, without forbidden characters. */
function inline(text: string): string {
  return stripForbiddenChars(text)
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .trim();
}

function figure(
  src: string,
  alt: string | undefined,
  caption: string | undefined,
  credit: string | undefined,
  base?: string,
): Shape[] {
  const url = safeUrl(src, IMAGE_SCHEMES, base);
  const text = captionProse(caption, credit);
  if (url === undefined && !text) return [];
  const shape: Shape = {
    type: "paragraph",
    text: [url === undefined ? undefined : "", text && inline(text)]
      .filter((t) => t !== undefined)
      .join("\n"),
  };
  if (url !== undefined) shape.images = [{ url, alt: inline(alt ?? "") }];
  return [shape];
}

/** The structure the article must have once rendered and parsed back, derived from the article alone. */
function expectedShape(article: Article): Shape[] {
  const base = article.source.url;
  const out: Shape[] = [];
  if (article.headline.trim()) out.push({ type: "heading", depth: 1, text: inline(article.headline) });
  if (article.subheadline?.trim()) out.push({ type: "paragraph", text: inline(article.subheadline) });
  const meta = [
    bylineProse(article.byline),
    publishedProse(article.publishedAt),
    updatedProse(article.modifiedAt),
  ]
    .filter((line): line is string => line !== undefined && line.trim() !== "")
    .map(inline);
  if (meta.length > 0) out.push({ type: "paragraph", text: meta.join("\n") });
  const lead = article.leadImage;
  if (lead) out.push(...figure(lead.src, lead.alt, lead.caption, lead.credit, base));
  const dateline = datelineProse(article.dateline);
  if (dateline && article.body[0]?.type !== "paragraph")
    out.push({ type: "paragraph", text: inline(dateline) });
  article.body.forEach((block: Block, index) => {
    switch (block.type) {
      case "paragraph": {
        const text =
          index === 0 && dateline ? `${inline(dateline)} ${inline(block.text)}`.trim() : inline(block.text);
        if (text) out.push({ type: "paragraph", text });
        break;
      }
      case "heading":
        out.push({ type: "heading", depth: Math.max(2, block.level), text: inline(block.text) });
        break;
      case "quote": {
        const children: Shape[] = [{ type: "paragraph", text: inline(block.text) }];
        if (block.attribution?.trim())
          children.push({ type: "paragraph", text: `— ${inline(block.attribution)}` });
        out.push({ type: "blockquote", children });
        break;
      }
      case "list":
        out.push({ type: "list", ordered: block.ordered, items: block.items.map(inline) });
        break;
      case "image":
        out.push(...figure(block.src, block.alt, block.caption, block.credit, base));
        break;
      case "caption":
        out.push({ type: "paragraph", text: inline(captionProse(block.text, block.credit) ?? "") });
        break;
      case "table": {
        if (block.caption?.trim()) out.push({ type: "paragraph", text: inline(block.caption) });
        const columns = Math.max(block.head?.length ?? 0, ...block.rows.map((r) => r.length));
        const pad = (cells: readonly string[]) =>
          Array.from({ length: columns }, (_, i) => inline(cells[i] ?? ""));
        if (columns > 0) out.push({ type: "table", rows: [pad(block.head ?? []), ...block.rows.map(pad)] });
        break;
      }
      case "preformatted":
        out.push({ type: "code", value: stripForbiddenChars(block.text).replace(/\r\n?/g, "\n") });
        break;
    }
  });
  if (article.related.length > 0) {
    out.push({ type: "heading", depth: 2, text: "Related" });
    out.push({ type: "list", ordered: false, items: article.related.map((link) => inline(link.title)) });
  }
  return out;
}

describe("toMarkdown, parsed back by a CommonMark parser", () => {
  describe.each(loadFixtures())("$slug", ({ article }) => {
    it("has the article's structure and every piece of its text, unaltered", () => {
      const tree = parse(toMarkdown(article));
      expect(tree.children.map(shapeOf)).toEqual(expectedShape(article));
    });

    it("links only to http, https and mailto addresses", () => {
      const tree = parse(toMarkdown(article));
      const urls: string[] = [];
      const walk = (node: Nodes) => {
        if (node.type === "link" || node.type === "image" || node.type === "definition") urls.push(node.url);
        if ("children" in node) for (const child of node.children) walk(child as Nodes);
      };
      walk(tree);
      for (const url of urls) expect(["http:", "https:", "mailto:"]).toContain(new URL(url).protocol);
      const expectedLinks = article.related.filter((l) =>
        safeUrl(l.url, LINK_SCHEMES, article.source.url),
      ).length;
      expect(urls.filter((u) => !u.match(/\.(jpg|png)$/)).length).toBeGreaterThanOrEqual(expectedLinks);
    });
  });

  it("keeps Markdown-looking text as text", () => {
    const article = minimal([{ type: "paragraph", text: "*a* _b_ `c` [d](e) <f> # g" }]);
    const tree = parse(toMarkdown(article));
    expect(tree.children).toHaveLength(2);
    const paragraph = tree.children[1]!;
    expect(paragraph.type).toBe("paragraph");
    expect(paragraph.type === "paragraph" && paragraph.children.map((c) => c.type)).toEqual(["text"]);
    expect(textOf(paragraph)).toBe("*a* _b_ `c` [d](e) <f> # g");
  });

  it("keeps two lists in a row apart", () => {
    const article = minimal([
      { type: "list", ordered: true, items: ["a"] },
      { type: "list", ordered: true, items: ["b"] },
      { type: "list", ordered: true, items: ["c"] },
    ]);
    expect(parse(toMarkdown(article)).children.filter((c) => c.type === "list")).toHaveLength(3);
  });

  it("omits the related stories when asked", () => {
    const article = { ...minimal([]), related: [{ title: "Other story" }] };
    expect(toMarkdown(article)).toContain("Other story");
    expect(toMarkdown(article, { related: false })).not.toContain("Other story");
  });

  it("uses the labels it is given", () => {
    const article = { ...minimal([]), byline: { authors: ["Ana", "Luis"], text: "Por Ana y Luis" } };
    expect(toMarkdown(article, { labels: { by: "Por", and: "y" } })).toContain("Por Ana y Luis");
  });

  it("throws UnknownBlockError for an unknown block kind", () => {
    const article = minimal([{ type: "video", src: "x" } as unknown as Block]);
    expect(() => toMarkdown(article)).toThrow(UnknownBlockError);
  });
});

function minimal(body: Block[]): Article {
  return {
    schemaVersion: "1.0",
    headline: "Headline",
    source: { kind: "text", length: 0 },
    body,
    related: [],
    removed: [],
    warnings: [],
  };
}
