import { DraftSchema, isCopydeskError } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { looksLikeHtml, parseHtml } from "../index.js";

const page = (body: string, head = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

function blocks(html: string, url?: string) {
  return parseHtml(html, url === undefined ? {} : { url }).blocks;
}

describe("parseHtml: blocks", () => {
  it("makes one block per paragraph, heading, list, quote, table and figure, with kinds", () => {
    const draft = parseHtml(
      page(`<article><h2>Sub</h2><p>One &amp; two.</p><ul><li>a</li><li>b <b>c</b></li></ul>
      <blockquote><p>Said.</p></blockquote><pre>  x = 1\n  y = 2</pre>
      <table><tr><th>k</th><th>v</th></tr><tr><td>1</td><td>2</td></tr></table>
      <figure><img src="/i.jpg" width="600"><figcaption>Cap. <span class="credit">Photo: P</span></figcaption></figure></article>`),
      { url: "https://example.org/a/b" },
    );
    expect(DraftSchema.parse(draft)).toBeTruthy();
    expect(draft.blocks.map((b) => b.block)).toMatchObject([
      { type: "heading", level: 2, text: "Sub" },
      { type: "paragraph", text: "One & two." },
      { type: "list", ordered: false, items: ["a", "b c"] },
      { type: "quote", text: "Said." },
      { type: "preformatted", text: "  x = 1\n  y = 2" },
      { type: "table", head: ["k", "v"], rows: [["1", "2"]] },
      { type: "image", src: "https://example.org/i.jpg", caption: "Cap.", credit: "P", width: 600 },
    ]);
  });

  it("gives spans into the decoded page", () => {
    const html = page("<p>Hello <i>there</i> world</p>");
    const [block] = blocks(html);
    expect(html.slice(block!.span.start, block!.span.end)).toBe("Hello <i>there</i> world");
  });

  it("records link density, resolved links, hints, tag path and the article container", () => {
    const [nav, story] = blocks(
      page(`<nav class="site-nav"><a href="/world">World</a> <a href="sport">Sport</a></nav>
      <article><div class="articleBody"><p>Text with <a href="https://x.org/y">a link</a> in it.</p></div></article>`),
      "https://example.org/news/",
    );
    expect(nav!.features).toMatchObject({
      linkDensity: 10 / 11,
      links: [
        { text: "World", href: "https://example.org/world" },
        { text: "Sport", href: "https://example.org/news/sport" },
      ],
      inArticle: false,
      tagPath: "html>body>nav.site-nav",
    });
    expect(nav!.features.hints).toEqual(expect.arrayContaining(["nav"]));
    expect(story!.features).toMatchObject({
      inArticle: true,
      tagPath: "html>body>article>div.articleBody>p",
    });
    expect(story!.features.hints).toEqual(expect.arrayContaining(["article", "body"]));
    expect(story!.features.linkDensity).toBeCloseTo(6 / 23);
  });

  it("splits class and id values into known words", () => {
    const [block] = blocks(page(`<div id="relatedStories" class="c-share_bar x9 js-track"><p>x</p></div>`));
    expect(block!.features.hints).toEqual(expect.arrayContaining(["related", "share"]));
    expect(block!.features.hints).not.toContain("js");
  });

  it("skips script, style, template, noscript, svg and hidden elements, recording hidden text", () => {
    const draft = parseHtml(
      page(`<p>Seen</p><script>var x = "<p>no</p>";</script><style>p{}</style><template><p>t</p></template>
      <noscript>Enable JS</noscript><svg><text>chart</text></svg><div hidden>h1</div><div aria-hidden="true">h2</div>
      <div style="display: none">h3</div><p>Also seen</p>`),
    );
    expect(draft.blocks.map((b) => b.text)).toEqual(["Seen", "Also seen"]);
    expect(draft.removed.map((r) => [r.text, r.reason])).toEqual([
      ["t", "hidden"],
      ["Enable JS", "hidden"],
      ["chart", "hidden"],
      ["h1", "hidden"],
      ["h2", "hidden"],
      ["h3", "hidden"],
    ]);
  });

  it("splits paragraphs on two line breaks and turns layout tables back into paragraphs", () => {
    const long = "word ".repeat(100);
    expect(blocks(page(`<div>First<br>still first<br><br>Second</div>`)).map((b) => b.text)).toEqual([
      "First still first",
      "Second",
    ]);
    const layout = blocks(page(`<table><tr><td><h1>Title</h1><p>${long}</p></td><td>side</td></tr></table>`));
    expect(layout.map((b) => b.block.type)).toEqual(["heading", "paragraph", "paragraph"]);
  });

  it("keeps reading order when a figure interrupts a list", () => {
    const kinds = blocks(
      page(
        `<ul><li>a</li><li><figure><img src="/i.jpg"><figcaption>c</figcaption></figure></li><li>b</li></ul>`,
      ),
    );
    expect(kinds.map((b) => [b.block.type, b.text])).toEqual([
      ["list", "a"],
      ["image", "c"],
      ["list", "b"],
    ]);
  });

  it("understands lazy-loading image attributes", () => {
    const [image] = blocks(
      page(
        `<figure><img src="data:image/gif;base64,R0lGOD" data-srcset="/s.jpg 320w, /l.jpg 1200w"></figure>`,
      ),
      "https://example.org/",
    );
    expect(image!.block).toMatchObject({ type: "image", src: "https://example.org/l.jpg" });
  });

  it("puts every visible text character in a block or a removal", () => {
    const html = page(`<div>a<span>b</span><p>c</p>d<ul><li>e</li></ul>f<table><tr><td>g</td></tr></table>h
      <figure>i<img src="/x.jpg"><figcaption>j</figcaption>k</figure>l<div hidden>m</div>n<br><br>o</div>`);
    const draft = parseHtml(html);
    const covered = new Set<number>();
    for (const span of [...draft.blocks.map((b) => b.span), ...draft.removed.map((r) => r.span)]) {
      for (let i = span.start; i < span.end; i++) covered.add(i);
    }
    for (const letter of "abcdefghijklmno") {
      const at = html.indexOf(`>${letter}`) + 1;
      const index = html.slice(at, at + 1) === letter ? at : html.indexOf(letter, html.indexOf("<body>"));
      expect(covered.has(index), letter).toBe(true);
    }
  });
});

describe("parseHtml: input", () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return isCopydeskError(error) ? error.code : String(error);
    }
    return "no error";
  };

  it("refuses empty, oversized and non-text input with a typed error", () => {
    expect(codeOf(() => parseHtml(""))).toBe("EMPTY_INPUT");
    expect(codeOf(() => parseHtml("  \n "))).toBe("EMPTY_INPUT");
    expect(codeOf(() => parseHtml(new Uint8Array()))).toBe("EMPTY_INPUT");
    expect(codeOf(() => parseHtml("<p>12345</p>", { maxInputBytes: 5 }))).toBe("INPUT_TOO_LARGE");
    expect(codeOf(() => parseHtml(new Uint8Array(10).fill(65), { maxInputBytes: 5 }))).toBe(
      "INPUT_TOO_LARGE",
    );
    expect(codeOf(() => parseHtml(42 as unknown as string))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseHtml("<p>x</p>", { maxInputBytes: -1 }))).toBe("INVALID_OPTIONS");
  });

  it("decodes bytes by BOM, then <meta charset>, then a fallback, and reports the encoding", () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta charset="iso-8859-1"></head><body><p>caf'),
      0xe9,
      ...new TextEncoder().encode("</p></body></html>"),
    ]);
    const draft = parseHtml(latin);
    expect(draft.source.encoding).toBe("windows-1252");
    expect(draft.blocks[0]!.text).toBe("café");

    const httpEquiv = new TextEncoder().encode(
      '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><p>caf\u00e9</p>',
    );
    expect(parseHtml(httpEquiv).source.encoding).toBe("utf-8");

    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<meta charset="windows-1252"><p>é</p>'),
    ]);
    expect(parseHtml(bom)).toMatchObject({ source: { encoding: "utf-8" }, blocks: [{ text: "é" }] });

    const undeclared = parseHtml(new TextEncoder().encode("<p>naïve</p>"));
    expect(undeclared.blocks[0]!.text).toBe("naïve");
    expect(undeclared.source.encoding).toBe("utf-8");
  });

  it("tells HTML from plain text cheaply", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>")).toBe(true);
    expect(looksLikeHtml("  <div class='a'>text</div>")).toBe(true);
    expect(looksLikeHtml("MOSCOW (Reuters) - Talks on <the islands> failed.\n\nMore text.")).toBe(false);
    expect(looksLikeHtml("a < b and c > d")).toBe(false);
  });
});

describe("parseHtml: malformed and enormous pages", () => {
  it("survives 100,000 nested divs", () => {
    const html = `${"<div class='a-related'>".repeat(100_000)}deep text${"</div>".repeat(100_000)}`;
    const started = performance.now();
    const draft = parseHtml(html);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(draft.blocks.map((b) => b.text)).toEqual(["deep text"]);
  });

  it("survives 100,000 unclosed tags and a page of 100,000 links", () => {
    const unclosed = parseHtml(`${"<p><b><i>x ".repeat(100_000)}`);
    expect(unclosed.blocks.length).toBeGreaterThan(0);
    const links = parseHtml(`<ul>${'<li><a href="/p">link</a>'.repeat(100_000)}</ul>`, {
      url: "https://e.org/",
    });
    expect(links.blocks).toHaveLength(1);
    expect(links.blocks[0]!.features.links).toHaveLength(100_000);
  });

  it("reads truncated pages up to where they stop", () => {
    const draft = parseHtml('<html><body><article><p>Complete paragraph.</p><p>Cut off in the mid<a href="');
    expect(draft.blocks.map((b) => b.text)).toEqual(["Complete paragraph.", "Cut off in the mid"]);
  });
});

describe("parseHtml: the published date in the page's text", () => {
  const story =
    "<p>The council met on Tuesday evening and approved the new bridge, which had been debated since the spring of 1999 and will cost the town dearly.</p>";
  it("is read from a short line by the headline when the markup has no date", () => {
    const draft = parseHtml(
      `<html><body><article><h1>Council approves the bridge</h1><p>October 12, 2003</p>${story}</article></body></html>`,
    );
    expect(draft.metadata.publishedAt).toBe("2003-10-12");
  });
  it("gives way to the markup's date, and is never taken from a paragraph of the story", () => {
    const marked = parseHtml(
      `<html><head><meta property="article:published_time" content="2003-10-13T09:00:00Z"></head><body><h1>Council approves the bridge</h1><p>October 12, 2003</p>${story}</body></html>`,
    );
    expect(marked.metadata.publishedAt).toBe("2003-10-13T09:00:00Z");
    const prose = parseHtml(
      `<html><body><h1>Council approves the bridge</h1><p>The bridge was first proposed on October 12, 2003, at a meeting that ran late into the night.</p>${story}</body></html>`,
    );
    expect(prose.metadata.publishedAt).toBeUndefined();
  });
});
