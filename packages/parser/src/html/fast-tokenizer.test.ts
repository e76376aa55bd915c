import fc from "fast-check";
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { createTokenizer } from "./fast-tokenizer.js";

/** Every callback of a tokenizer, with its arguments. */
function events(
  create: (callbacks: TokenizerCallbacks) => { write(chunk: string): void; end(): void },
  html: string,
) {
  const out: string[] = [];
  const callbacks = new Proxy({} as TokenizerCallbacks, {
    get:
      (_target, name) =>
      (...args: unknown[]) =>
        out.push(`${String(name)}(${args.join(",")})`),
  });
  const tokenizer = create(callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return out;
}

const stock = (callbacks: TokenizerCallbacks) => new Tokenizer({ decodeEntities: true }, callbacks);

describe("createTokenizer", () => {
  it("reports what htmlparser2's Tokenizer reports, index for index", () => {
    const pages = [
      "<p class='a &amp; b' title=\"x&y&amp\">Text &amp; more &lt<b>bold</b> a < b &notit; &&amp;</p>",
      "<script>if (a < b && c) { x = '</scr' + 'ipt>'; }</script><style>p > a { color: red }</style>",
      "<!-- a comment -- with dashes --><![CDATA[ x ]]><title>A &amp; B</title><textarea>&lt;</textarea>",
      "text at the end &amp",
      '<div data-x="never closed',
      "<a href=unquoted&amp;x>link</a>\n\t<br/>trailing",
      "<DIV Class=x data-long-attribute-name = 'v' hidden/><svg viewBox='0 0 1 1'><path d='M0'/></svg></div >",
      "<section\nid=a\tclass=b>x</section\n><img src=a alt=b/><p title=a=b>c",
      "<unfinished-tag-name",
      "<p att",
      "</closing-at-end",
    ];
    for (const html of pages) expect(events(createTokenizer, html)).toEqual(events(stock, html));
  });

  it("reads a long run of `<` that open no tag as the stock Tokenizer does, without deep calls", () => {
    for (const html of ["<".repeat(20_000), "a < b ".repeat(10_000), "</ ".repeat(10_000)]) {
      expect(events(createTokenizer, html)).toEqual(events(stock, html));
    }
  });

  it("reports what the stock Tokenizer reports on any markup made of tag-like pieces", () => {
    // Pieces that end and start states anywhere: cut tags, quotes, entities, special and foreign elements.
    const piece = fc.constantFrom(
      ...`< > / /> </ = " ' & &amp; &#x41; &lt - ! ? [ <!-- --> <![CDATA[ ]]> <?xml?>`.split(" "),
      ..."a b p div DIV x-y é class hidden data-src <div <p <a href= </div> </p".split(" "),
      ..."<br/> <img <svg> <s> <t> <sc </scr <script> </script> <style> </style>".split(" "),
      ..."<title> </title> <textarea> </textarea> <xmp> </xmp>".split(" "),
      ...[" ", "\n", "\t", "\f", "\r", "<!DOCTYPE html>", ' class="a b"', " id='x'", " title=x&y"],
      ...[' href="?a=1&amp;b=2"', " alt='&quot;'", '="', "='"],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join("");
        expect(events(createTokenizer, html)).toEqual(events(stock, html));
      }),
      { numRuns: 3000 },
    );
  });
});
