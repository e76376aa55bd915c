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
});
