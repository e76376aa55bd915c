import type { Article, Block } from "@copydesk/schema";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { loadFixtures } from "../test/fixtures.js";
import { STYLESHEET, toHtml, UnknownBlockError } from "./index.js";

type ChildNode = ReturnType<typeof parseDocument>["children"][number];
type Element = Extract<ChildNode, { attribs: Record<string, string> }>;

/** Every element the renderer may write, with the attributes it may carry. */
const ALLOWED: Record<string, readonly string[]> = {
  article: ["lang", "dir"],
  header: [],
  aside: ["class"],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  p: ["class"],
  address: ["class"],
  time: ["datetime"],
  span: ["class"],
  small: ["class"],
  figure: ["class"],
  figcaption: [],
  img: ["src", "alt", "width", "height", "loading", "decoding"],
  blockquote: [],
  ul: [],
  ol: [],
  li: [],
  a: ["href"],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["scope"],
  td: [],
  pre: [],
};
/** What a complete document adds. */
const DOCUMENT_ALLOWED: Record<string, readonly string[]> = {
  ...ALLOWED,
  html: ["lang", "dir"],
  head: [],
  meta: ["charset", "name", "content"],
  title: [],
  style: [],
  body: [],
};

interface Audit {
  elements: Element[];
  text: string;
  comments: number;
  directives: string[];
}

function audit(html: string): Audit {
  const document = parseDocument(html, { decodeEntities: true });
  const out: Audit = { elements: [], text: "", comments: 0, directives: [] };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === "tag" || node.type === "script" || node.type === "style") {
        out.elements.push(node as Element);
        walk((node as Element).children);
      } else if (node.type === "text") out.text += node.data;
      else if (node.type === "comment") out.comments++;
      else if (node.type === "directive") out.directives.push(node.data);
      else if (node.type === "cdata") out.comments++;
    }
  };
  walk(document.children);
  return out;
}

// Every tag the renderer writes, with what follows its name up to `>`.
const TAG = /<([a-z][a-z0-9]*)([^>]*)>/g;
// The attribute part of a tag: names, each with an optional double-quoted value.
const QUOTED_ATTRIBUTES = /^(?: [a-z:-]+(?:="[^"<>]*")?)*$/;

function checkSafe(html: string, allowed: Record<string, readonly string[]>): Audit {
  const result = audit(html);
  for (const element of result.elements) {
    expect(Object.keys(allowed), `element <${element.name}>`).toContain(element.name);
    for (const [name, value] of Object.entries(element.attribs)) {
      expect(allowed[element.name], `attribute ${name} on <${element.name}>`).toContain(name);
      expect(name.startsWith("on"), `event handler ${name}`).toBe(false);
      if (name === "href") expect(["http:", "https:", "mailto:"]).toContain(new URL(value).protocol);
      if (name === "src") expect(["http:", "https:"]).toContain(new URL(value).protocol);
      expect(value.toLowerCase()).not.toMatch(/javascript:|vbscript:|data:/);
    }
  }
  expect(result.comments, "comments or CDATA").toBe(0);
  for (const match of html.matchAll(TAG))
    expect(match[2], `attributes of <${match[1]}>`).toMatch(QUOTED_ATTRIBUTES);
  return result;
}

const fixtures = loadFixtures();

describe("toHtml is safe to insert into any page", () => {
  describe.each(fixtures)("$slug", ({ article }) => {
    it("as a fragment: only known elements and attributes, safe URLs, all text as text", () => {
      const html = toHtml(article);
      const result = checkSafe(html, ALLOWED);
      expect(result.directives).toEqual([]);
      expect(result.elements.filter((e) => e.name === "article")).toHaveLength(1);
      expect(result.elements[0]?.name).toBe("article");
      // Every piece of the article's text survives as text, however hostile.
      for (const piece of texts(article)) expect(result.text).toContain(piece);
    });

    it("as a document: the same, plus only its own stylesheet", () => {
      const html = toHtml(article, { document: true });
      const result = checkSafe(html, DOCUMENT_ALLOWED);
      expect(result.directives).toEqual(["!doctype html"]);
      const styles = result.elements.filter((e) => e.name === "style");
      expect(styles).toHaveLength(1);
      expect(html).toContain(STYLESHEET);
    });
  });

  it("neutralises each hostile input of the corpus", () => {
    const hostile = fixtures.find((f) => f.slug === "hostile")!.article;
    const html = toHtml(hostile, { document: true });
    const { elements, text } = audit(html);
    expect(elements.map((e) => e.name)).not.toContain("script");
    expect(elements.map((e) => e.name)).not.toContain("iframe");
    expect(text).toContain("<script>alert('headline')</script>");
    expect(elements.find((e) => e.name === "meta" && e.attribs.name === "description")?.attribs.content).toBe(
      hostile.description,
    );
    expect(text).toContain("&amp; &lt; &#60; &#x3C; &copy;");
    // Images with javascript:, vbscript: and data: sources are not shown; the https one is, its URL encoded.
    const sources = elements.filter((e) => e.name === "img").map((e) => e.attribs.src);
    expect(sources).toEqual(["https://example.com/ok.jpg?a=1&b=%222%22&c=%3C3%3E"]);
    const links = elements.filter((e) => e.name === "a").map((e) => e.attribs.href);
    expect(links).toEqual(["https://example.com/story?x=1&y=%222%22", "mailto:desk@example.com"]);
  });
});

describe("toHtml structure", () => {
  const wire = fixtures.find((f) => f.slug === "wire-story")!.article;

  it("writes a semantic article with header, h1, time, address and figure", () => {
    const every = fixtures.find((f) => f.slug === "every-block")!.article;
    const { elements } = audit(toHtml(every));
    const names = elements.map((e) => e.name);
    for (const name of [
      "article",
      "header",
      "h1",
      "p",
      "blockquote",
      "figure",
      "time",
      "address",
      "table",
      "pre",
    ]) {
      expect(names).toContain(name);
    }
    expect(elements.find((e) => e.name === "time")?.attribs.datetime).toBe("2019-01-22T14:05:00+03:00");
  });

  it("opens the first paragraph with the dateline", () => {
    expect(toHtml(wire)).toContain('<p><span class="dateline">MOSCOW —</span> The leaders of Russia');
  });

  it("marks right-to-left articles", () => {
    const rtl = fixtures.find((f) => f.slug === "rtl-arabic")!.article;
    expect(toHtml(rtl)).toMatch(/^<article lang="ar" dir="rtl">/);
    expect(toHtml(rtl, { document: true })).toContain('<html lang="ar" dir="rtl">');
  });

  it("resolves relative image addresses against the source URL", () => {
    const images = fixtures.find((f) => f.slug === "images")!.article;
    const sources = audit(toHtml(images))
      .elements.filter((e) => e.name === "img")
      .map((e) => e.attribs.src);
    expect(sources).toContain("https://news.example.org/images/wildfire-lead.jpg");
    expect(sources).toContain("https://cdn.example.org/img/crew.jpg");
  });

  it("keeps a leading newline of preformatted text", () => {
    // Browsers drop one newline right after <pre> (htmlparser2 does not), so the renderer writes a spare one.
    expect(toHtml(article([{ type: "preformatted", text: "\nfirst line kept" }]))).toContain(
      "<pre>\n\nfirst line kept</pre>",
    );
    expect(toHtml(article([{ type: "preformatted", text: "no newline" }]))).toContain(
      "<pre>no newline</pre>",
    );
  });

  it("leaves out the stylesheet and the related stories when asked", () => {
    expect(toHtml(wire, { document: true, stylesheet: false })).not.toContain("<style>");
    expect(toHtml(wire, { related: false })).not.toContain('class="related"');
  });

  it("rejects options of the wrong type with INVALID_OPTIONS", () => {
    expect(() => toHtml(wire, { document: "yes" as unknown as boolean })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
  });

  it("throws UnknownBlockError for an unknown block kind", () => {
    expect(() => toHtml(article([{ type: "embed" } as unknown as Block]))).toThrow(UnknownBlockError);
  });
});

/** Each piece of article text that must appear as text in the HTML (line breaks aside). */
function texts(article: Article): string[] {
  const out = [article.headline, article.subheadline ?? ""];
  for (const block of article.body) {
    if (block.type === "list") out.push(...block.items);
    else if (block.type === "table")
      out.push(...(block.head ?? []), ...block.rows.flat(), block.caption ?? "");
    else if (block.type === "image") out.push(block.caption ?? "", block.credit ?? "");
    else if (block.type === "quote") out.push(block.text, block.attribution ?? "");
    else out.push(block.text);
  }
  out.push(...article.related.map((r) => r.title));
  return out
    .map((t) => t.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").trim())
    .filter((t) => t !== "");
}

function article(body: Block[]): Article {
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
