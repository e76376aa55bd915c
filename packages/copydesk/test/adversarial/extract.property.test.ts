/**
 * Properties of the whole pipeline, `extract` and `extractWithSource`, on
 * any input: the result is a valid Article or a CopydeskError with a code
 * that the input deserves, never another exception; and no text is lost
 * (plain text: every non-whitespace character; HTML: every non-whitespace
 * character of the text the page holds, as visible-text.ts defines it).
 */
import { type Article, ArticleSchema, CopydeskError, findUnaccounted } from "@copydesk/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ExtractOptions, extractWithSource, safeExtract } from "../../src/index.js";
import { lostVisibleText } from "./visible-text.js";

/** The only errors arbitrary input may earn (the options here are always valid). */
const INPUT_ERRORS = ["EMPTY_INPUT", "BINARY_INPUT"];

type Outcome = { article: Article; text: string } | undefined;

/** Extracts, accepting only a CopydeskError with an input code; checks the article against the schema. */
function extractOrRefuse(input: string | Uint8Array, options: ExtractOptions): Outcome {
  let result: { article: Article; text: string };
  try {
    result = extractWithSource(input, options);
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(CopydeskError);
    expect(INPUT_ERRORS).toContain((error as CopydeskError).code);
    return undefined;
  }
  expect(ArticleSchema.safeParse(result.article).success).toBe(true);
  expect(result.article.source.length).toBe(result.text.length);
  return result;
}

function checkAccounted(outcome: Outcome) {
  if (outcome === undefined) return;
  const { article, text } = outcome;
  if (article.source.kind === "text") expect(findUnaccounted(article, text)).toEqual([]);
  else expect(lostVisibleText(article, text)).toEqual([]);
}

// --- HTML tag soup ---------------------------------------------------------------

const words = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "The",
        "minister",
        "said",
        "talks",
        "were",
        "useful",
        "on",
        "Tuesday.",
        "Read more",
        "Share",
        "Advertisement",
        "©",
        "2024",
        "By Jane Doe",
        "MOSCOW (Reuters) -",
        "&amp;",
        "&lt;b&gt;",
        "&#x1F600;",
        "&nbsp;",
        "&bogus;",
        "<",
        ">",
        "\u00a0",
        "\u200b",
        "\u202e",
        "مرحبا",
        "日本語",
        "👩‍👩‍👧",
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(" "));

const attribute = fc.constantFrom(
  "",
  ' class="article-body"',
  ' class="nav menu"',
  ' class="share-buttons"',
  ' id="comments"',
  " hidden",
  ' aria-hidden="true"',
  ' style="display:none"',
  ' href="/story/1"',
  ' href="javascript:alert(1)"',
  ' src="/photo.jpg"',
  ' onclick="alert(1)"',
  ' title="a > b"',
  ' lang="ar" dir="rtl"',
);

const TAGS = [
  "p",
  "div",
  "span",
  "a",
  "b",
  "em",
  "h1",
  "h2",
  "h3",
  "ul",
  "ol",
  "li",
  "table",
  "tr",
  "td",
  "th",
  "blockquote",
  "pre",
  "figure",
  "figcaption",
  "article",
  "nav",
  "footer",
  "aside",
  "header",
  "main",
  "section",
  "noscript",
  "template",
  "svg",
  "script",
  "style",
  "textarea",
  "select",
  "option",
  "button",
  "form",
  "iframe",
] as const;

/** One token of a page: text, an open or close tag (unbalanced on purpose), a void element, a comment. */
const token = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...TAGS), attribute).map(([t, a]) => `<${t}${a}>`) },
  { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((t) => `</${t}>`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "<br>",
      "<br/>",
      "<hr>",
      '<img src="/a.jpg" alt="A photo">',
      '<meta charset="utf-8">',
      '<meta property="og:title" content="A headline">',
      "<!-- a comment -->",
      "<!-- unclosed comment",
      "<![CDATA[ x ]]>",
      "<!doctype html>",
      "<?xml version='1.0'?>",
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>',
      "<title>Page title | Site</title>",
      "</>",
      "<",
      "<p",
      '<a href="',
    ),
  },
);

const tagSoup = fc
  .array(token, { maxLength: 60 })
  .map((tokens) => `<html><body>${tokens.join("")}</body></html>`);

const lines = fc
  .array(fc.oneof(words, fc.string({ maxLength: 60 })), { maxLength: 30 })
  .map((parts) => parts.join("\n"));

describe("extract on any input", () => {
  it("returns an article or an input error for any string, read as text, HTML or auto", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.constantFrom("auto", "text", "html"),
        (input, kind) => {
          checkAccounted(extractOrRefuse(input, { kind: kind as ExtractOptions["kind"] }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns an article or an input error for any bytes", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom("auto", "text", "html"),
        (input, kind) => {
          checkAccounted(extractOrRefuse(input, { kind: kind as ExtractOptions["kind"] }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("loses no shown text of tag soup: unclosed, misnested, hidden, scripted", () => {
    fc.assert(
      fc.property(tagSoup, (html) => checkAccounted(extractOrRefuse(html, { kind: "html" }))),
      { numRuns: 400 },
    );
  });

  it("loses no character of line-shaped text", () => {
    fc.assert(
      fc.property(lines, (text) => checkAccounted(extractOrRefuse(text, { kind: "text" }))),
      { numRuns: 300 },
    );
  });

  it("reads a string and its UTF-8 bytes alike", () => {
    fc.assert(
      fc.property(fc.oneof(tagSoup, lines), (input) => {
        const fromString = safeExtract(input);
        const fromBytes = safeExtract(new TextEncoder().encode(input));
        expect(fromBytes.ok).toBe(fromString.ok);
        if (fromString.ok && fromBytes.ok) {
          expect(fromBytes.article.body).toEqual(fromString.article.body);
          expect(fromBytes.article.headline).toBe(fromString.article.headline);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("safeExtract returns what extract throws, as a value", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 50 }), (input) => {
        const result = safeExtract(input);
        if (!result.ok) expect(INPUT_ERRORS).toContain(result.error.code);
      }),
      { numRuns: 200 },
    );
  });
});
