/**
 * Properties of the renderers over any article the schema accepts: every
 * format renders it without throwing, JSON round-trips through the schema,
 * and the HTML, parsed back with a real HTML parser, holds no script, no
 * event handler and no `javascript:`, `vbscript:` or `data:` address.
 *
 * `article` below is the fast-check arbitrary of schema-valid Articles,
 * with hostile strings (markup, control characters, lone surrogates,
 * right-to-left overrides, script-bearing URLs) mixed into every field.
 */
import { type Article, ArticleSchema, type Block, REMOVAL_REASONS, WARNING_CODES } from "@copydesk/schema";
import fc from "fast-check";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { FORMATS, render, toHtml, toJson } from "../src/index.js";

// --- the Article arbitrary ----------------------------------------------------------

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg onload=alert(1)>",
  "javascript:alert(1)",
  " JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "<!-- x -->",
  "]]>",
  "<![CDATA[x]]>",
  "</article></body>",
  "&amp;&lt;&#0;&#x0;",
  "\u0000\u0007\u001b[31m\u007f",
  "\ud800",
  "\udfff\ud800",
  "\u202e\u2066",
  "\ufeff",
  "👩‍👩‍👧‍👦",
  "مرحبا بالعالم",
  "# heading *em* _u_ `code` [l](javascript:x)",
  "| a | b |\n|---|---|",
  "\n\n\n",
  "   ",
  "{{constructor}}",
  "__proto__",
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE), { maxLength: 4 }).map((p) => p.join(" ")) },
);
const nonEmpty = text.filter((s) => s.length > 0);

const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "  javascript:alert(1)",
    "data:image/png;base64,AAAA",
    "data:text/html,<script>x</script>",
    "vbscript:x",
    "/relative/path.jpg",
    "//evil.example/x.js",
    "mailto:desk@example.com",
    'https://example.com/"><script>x</script>',
    "https://example.com/a b?c=<d>",
    "x",
  ),
  nonEmpty,
);

const span = fc
  .tuple(fc.nat({ max: 10_000 }), fc.nat({ max: 500 }))
  .map(([start, length]) => ({ start, end: start + length }));

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys whose value is undefined, as the pipeline writes articles. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const isoDate = fc.oneof(
  fc
    .date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2100-01-01T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc
    .date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2100-01-01T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2024-05-01T10:00:00+05:30", "2024-02-29T23:59:59-08:00", "2024-05-01T10:00:00"),
);

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant("paragraph" as const), text, span: maybe(span) }).map(compact),
  fc
    .record({
      type: fc.constant("heading" as const),
      level: fc.integer({ min: 1, max: 6 }),
      text,
      span: maybe(span),
    })
    .map(compact),
  fc
    .record({ type: fc.constant("quote" as const), text, attribution: maybe(text), span: maybe(span) })
    .map(compact),
  fc
    .record({
      type: fc.constant("list" as const),
      ordered: fc.boolean(),
      items: fc.array(text, { maxLength: 5 }),
      span: maybe(span),
    })
    .map(compact),
  fc
    .record({
      type: fc.constant("image" as const),
      src: url,
      alt: maybe(text),
      caption: maybe(text),
      credit: maybe(text),
      width: maybe(fc.integer({ min: 1, max: 10_000 })),
      height: maybe(fc.integer({ min: 1, max: 10_000 })),
      span: maybe(span),
    })
    .map(compact),
  fc
    .record({ type: fc.constant("caption" as const), text, credit: maybe(text), span: maybe(span) })
    .map(compact),
  fc
    .record({
      type: fc.constant("table" as const),
      head: maybe(fc.array(text, { maxLength: 4 })),
      rows: fc.array(fc.array(text, { maxLength: 4 }), { maxLength: 4 }),
      caption: maybe(text),
      span: maybe(span),
    })
    .map(compact),
  fc.record({ type: fc.constant("preformatted" as const), text, span: maybe(span) }).map(compact),
);

const REASONS = Object.keys(REMOVAL_REASONS) as (keyof typeof REMOVAL_REASONS)[];
const WARNINGS = Object.keys(WARNING_CODES) as (keyof typeof WARNING_CODES)[];

/** Any article `ArticleSchema` accepts, hostile strings included. */
const article: fc.Arbitrary<Article> = fc
  .record({
    schemaVersion: fc.constant("1.0" as const),
    headline: text,
    headlineSpan: maybe(span),
    subheadline: maybe(text),
    description: maybe(text),
    byline: maybe(
      fc
        .record({
          authors: fc.array(nonEmpty, { maxLength: 3 }),
          text,
          agency: maybe(text),
          span: maybe(span),
        })
        .map(compact),
    ),
    dateline: maybe(
      fc
        .record({ place: nonEmpty, date: maybe(text), agency: maybe(text), text, span: maybe(span) })
        .map(compact),
    ),
    publishedAt: maybe(isoDate),
    modifiedAt: maybe(isoDate),
    language: maybe(fc.constantFrom("en", "ar", "he", "ja", "pt-BR", "zh-Hant-TW", "sr-Latn", "und")),
    source: fc
      .record({
        kind: fc.constantFrom("text" as const, "html" as const),
        url: maybe(url),
        siteName: maybe(text),
        encoding: maybe(fc.constantFrom("utf-8", "windows-1251", "shift_jis", "utf-16le")),
        length: fc.nat({ max: 100_000 }),
      })
      .map(compact),
    leadImage: maybe(
      fc
        .record({
          src: url,
          alt: maybe(text),
          caption: maybe(text),
          credit: maybe(text),
          width: maybe(fc.integer({ min: 1, max: 10_000 })),
          height: maybe(fc.integer({ min: 1, max: 10_000 })),
          span: maybe(span),
        })
        .map(compact),
    ),
    body: fc.array(block, { maxLength: 8 }),
    related: fc.array(fc.record({ title: nonEmpty, url: maybe(url), span: maybe(span) }).map(compact), {
      maxLength: 4,
    }),
    removed: fc.array(fc.record({ text, reason: fc.constantFrom(...REASONS), span }), { maxLength: 4 }),
    warnings: fc.array(fc.record({ code: fc.constantFrom(...WARNINGS), message: text }), { maxLength: 3 }),
  })
  .map((a) => compact(a) as Article);

// --- properties ---------------------------------------------------------------------

type Node = ReturnType<typeof parseDocument>["children"][number];
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;
/** Browsers drop tabs, newlines and leading controls and spaces from a URL before reading its scheme. */
const bareUrl = (value: string) => [...value].filter((c) => c.charCodeAt(0) > 0x20).join("");

/** Everything in rendered HTML that could run: script-like elements, handlers, unsafe addresses. */
function executable(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!("attribs" in node)) continue;
      const name = node.name.toLowerCase();
      if (["script", "iframe", "object", "embed", "base", "form", "link", "meta"].includes(name))
        if (
          !(
            name === "meta" &&
            Object.keys(node.attribs).every((a) => ["charset", "name", "content"].includes(a))
          )
        )
          found.push(`<${name}>`);
      for (const [attr, value] of Object.entries(node.attribs)) {
        if (attr.toLowerCase().startsWith("on")) found.push(`${name}[${attr}]`);
        const bare = bareUrl(value);
        if (
          ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster"].includes(attr) &&
          UNSAFE_URL.test(bare)
        )
          found.push(`${name}[${attr}=${value}]`);
        if (attr === "style" && /expression|url\(/i.test(value)) found.push(`${name}[style]`);
      }
      walk(node.children as Node[]);
    }
  };
  walk(parseDocument(html).children);
  return found;
}

describe("the executable-markup audit", () => {
  it("finds each kind of thing that runs", () => {
    expect(executable('<p onclick="x()">a</p>')).toEqual(["p[onclick]"]);
    expect(executable('<a href=" java\tscript:x()">a</a>')).toHaveLength(1);
    expect(executable('<img src="data:text/html,x">')).toHaveLength(1);
    expect(executable("<div><script>x()</script></div>")).toEqual(["<script>"]);
    expect(executable('<p><a href="https://example.com/">a</a></p>')).toEqual([]);
  });
});

describe("renderers on any schema-valid article", () => {
  it("the arbitrary makes only articles the schema accepts", () => {
    fc.assert(
      fc.property(article, (a) => {
        expect(ArticleSchema.safeParse(a).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("every format renders every article to a string", () => {
    fc.assert(
      fc.property(article, fc.constantFrom(...FORMATS), (a, format) => {
        expect(typeof render(a, format)).toBe("string");
      }),
      { numRuns: 700 },
    );
  });

  it("JSON round-trips through the schema to an equal article", () => {
    fc.assert(
      fc.property(article, (a) => {
        const back = ArticleSchema.parse(JSON.parse(toJson(a)));
        expect(back).toEqual(ArticleSchema.parse(a));
        expect(toJson(back)).toBe(toJson(a));
      }),
      { numRuns: 300 },
    );
  });

  it("HTML, as a fragment or a document, holds nothing that runs", () => {
    fc.assert(
      fc.property(article, fc.boolean(), (a, document) => {
        const html = toHtml(a, { document });
        expect(executable(html)).toEqual([]);
        // A document has its one stylesheet; a fragment has none.
        expect(parseDocument(html).children.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
