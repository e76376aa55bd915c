/**
 * The adversarial corpus: hostile, broken and enormous inputs, each with
 * its expected outcome (an article with the named properties, or a
 * CopydeskError with the named code), within a time budget, with no text lost.
 *
 * Small inputs are committed under fixtures-adversarial/<slug>/ with an
 * expected.json; big ones are generated here, never committed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Article,
  ArticleSchema,
  blockText,
  CopydeskError,
  type CopydeskErrorCode,
  findUnaccounted,
  type WarningCode,
} from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { type ExtractOptions, extractWithSource } from "../../src/index.js";
import { lostVisibleText } from "./visible-text.js";

interface Expected {
  outcome: "article" | "error";
  code?: CopydeskErrorCode;
  kind?: "text" | "html";
  encoding?: string;
  headline?: string;
  /** Snippets that must appear in the text of some body block. */
  bodyContains?: string[];
  /** Snippets that must appear somewhere in the article (body, related or removed). */
  accountedContains?: string[];
  warnings?: WarningCode[];
  /** Why this outcome is the right one, where it is not obvious. */
  why?: string;
}

interface Case {
  name: string;
  input: () => string | Uint8Array;
  options?: ExtractOptions;
  expected: Expected;
  /** Milliseconds the extraction may take: generous, so that only a hang or a quadratic path fails. */
  budgetMs?: number;
  /** Skip the independent visible-text check (its own HTML parse is quadratic on 100,000 nested elements). */
  skipVisibleCheck?: boolean;
}

const DEFAULT_BUDGET_MS = 10_000;

function bodyText(article: Article): string {
  return article.body.map(blockText).join("\n");
}

function everything(article: Article): string {
  return [
    article.headline,
    bodyText(article),
    ...article.related.map((r) => r.title),
    ...article.removed.map((r) => r.text),
  ].join("\n");
}

function check(testCase: Case) {
  const { input, options, expected } = testCase;
  const started = performance.now();
  let result: ReturnType<typeof extractWithSource> | undefined;
  let error: unknown;
  try {
    result = extractWithSource(input(), options);
  } catch (caught) {
    error = caught;
  }
  const ms = performance.now() - started;
  expect(ms, "time (ms)").toBeLessThan(testCase.budgetMs ?? DEFAULT_BUDGET_MS);

  if (expected.outcome === "error") {
    expect(error, "a CopydeskError").toBeInstanceOf(CopydeskError);
    expect((error as CopydeskError).code).toBe(expected.code);
    return;
  }
  if (error !== undefined) throw error;
  const { article, text } = result!;
  expect(ArticleSchema.safeParse(article).success).toBe(true);
  if (expected.kind) expect(article.source.kind).toBe(expected.kind);
  if (expected.encoding) expect(article.source.encoding).toBe(expected.encoding);
  if (expected.headline !== undefined) expect(article.headline).toBe(expected.headline);
  const body = bodyText(article);
  for (const snippet of expected.bodyContains ?? []) expect(body).toContain(snippet);
  if (expected.accountedContains) {
    const all = everything(article);
    for (const snippet of expected.accountedContains) expect(all).toContain(snippet);
  }
  for (const code of expected.warnings ?? []) expect(article.warnings.map((w) => w.code)).toContain(code);
  if (article.source.kind === "text") expect(findUnaccounted(article, text)).toEqual([]);
  else if (!testCase.skipVisibleCheck) expect(lostVisibleText(article, text)).toEqual([]);
}

// --- committed inputs ---------------------------------------------------------------

const FIXTURES = fileURLToPath(new URL("../../fixtures-adversarial/", import.meta.url));

const committed: Case[] = readdirSync(FIXTURES)
  .sort()
  .map((slug) => {
    const dir = join(FIXTURES, slug);
    const name = readdirSync(dir).find((n) => n.startsWith("input."));
    if (name === undefined) throw new Error(`${dir} has no input file`);
    return {
      name: slug,
      input: () => new Uint8Array(readFileSync(join(dir, name))),
      expected: JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected,
    };
  });

// --- generated inputs ---------------------------------------------------------------

const SENTENCE = "The minister said the talks were useful and would go on. ";
const TEN_MB = 10 * 1024 * 1024;
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`;

const generated: Case[] = [
  { name: "empty string", input: () => "", expected: { outcome: "error", code: "EMPTY_INPUT" } },
  {
    name: "empty bytes",
    input: () => new Uint8Array(0),
    expected: { outcome: "error", code: "EMPTY_INPUT" },
  },
  {
    name: "only whitespace (spaces, tabs, newlines, no-break and ideographic spaces)",
    input: () => " \t\r\n\u00a0\u3000\u2028\n \f\v".repeat(100),
    expected: { outcome: "error", code: "EMPTY_INPUT" },
  },
  {
    name: "an HTML page with no text",
    input: () => page("<div><span></span><img src='/x.png'></div>"),
    expected: { outcome: "article", kind: "html", warnings: ["no-body"] },
  },
  {
    name: "a 10 MB line of text",
    input: () => SENTENCE.repeat(Math.ceil(TEN_MB / SENTENCE.length)),
    expected: { outcome: "article", kind: "text", bodyContains: [SENTENCE.repeat(3).trim()] },
  },
  {
    name: "a 10 MB paragraph of HTML",
    input: () => page(`<p>${SENTENCE.repeat(Math.ceil(TEN_MB / SENTENCE.length))}</p>`),
    expected: { outcome: "article", kind: "html", bodyContains: [SENTENCE.repeat(3).trim()] },
  },
  {
    name: "a million short lines",
    input: () => Array.from({ length: 1_000_000 }, (_, i) => `Line ${i}`).join("\n"),
    expected: { outcome: "article", kind: "text", accountedContains: ["Line 0", "Line 999999"] },
    budgetMs: 30_000,
  },
  {
    name: "100,000 nested <div>s",
    input: () => page(`${"<div>".repeat(100_000)}<p>Deep inside the page.</p>${"</div>".repeat(100_000)}`),
    expected: { outcome: "article", kind: "html", accountedContains: ["Deep inside the page."] },
    skipVisibleCheck: true,
  },
  {
    name: "100,000 unclosed <div>s, each with text",
    input: () => page("<div><p>Fragment of text".repeat(100_000)),
    expected: { outcome: "article", kind: "html", accountedContains: ["Fragment of text"] },
    skipVisibleCheck: true,
  },
  {
    name: "a page of 100,000 links",
    input: () =>
      page(
        `<article><h1>The story</h1><p>${SENTENCE}</p></article><ul>${Array.from(
          { length: 100_000 },
          (_, i) => `<li><a href="/story/${i}">Another story number ${i}</a></li>`,
        ).join("")}</ul>`,
      ),
    expected: {
      outcome: "article",
      kind: "html",
      bodyContains: [SENTENCE.trim()],
      accountedContains: ["Another story number 99999"],
    },
    budgetMs: 20_000,
  },
  {
    name: "a 50,000-character word",
    input: () => `A long word\n\nIt reads ${"x".repeat(50_000)} and then ends.`,
    expected: { outcome: "article", kind: "text", accountedContains: ["x".repeat(50_000)] },
  },
  {
    name: "a 50,000-character word in HTML",
    input: () => page(`<h1>A long word</h1><p>It reads ${"x".repeat(50_000)} and then ends.</p>`),
    expected: { outcome: "article", kind: "html", accountedContains: ["x".repeat(50_000)] },
  },
  {
    name: "NUL in a string",
    input: () => "Headline\n\nText with a\u0000NUL.",
    expected: { outcome: "error", code: "BINARY_INPUT" },
  },
  {
    name: "random binary bytes (a PNG header and noise)",
    input: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(4000).fill(0x01)]),
    expected: { outcome: "error", code: "BINARY_INPUT" },
  },
  {
    name: "lone surrogates in a string",
    input: () => "Odd text\n\nA lone high \ud800 and a lone low \udc00 surrogate, then more words.",
    expected: { outcome: "article", kind: "text", accountedContains: ["then more words."] },
  },
  {
    name: "a million <br> in one paragraph",
    input: () => page(`<p>${"word<br>".repeat(1_000_000)}</p>`),
    expected: { outcome: "article", kind: "html", accountedContains: ["word"] },
    budgetMs: 30_000,
  },
  {
    name: "200,000 spaces inside <pre> before more text",
    input: () => page(`<pre>start${" ".repeat(200_000)}end</pre>`),
    expected: { outcome: "article", kind: "html", accountedContains: ["start", "end"] },
  },
  {
    name: "an unclosed <script> swallowing the rest of the page",
    input: () => page(`<h1>Before</h1><p>${SENTENCE}</p><script>var x = "<p>not text</p>`),
    expected: { outcome: "article", kind: "html", accountedContains: [SENTENCE.trim()] },
  },
  {
    name: "an unclosed comment",
    input: () => page(`<h1>Before the comment</h1><p>${SENTENCE}</p><!-- never closed <p>hidden</p>`),
    expected: { outcome: "article", kind: "html", accountedContains: [SENTENCE.trim()] },
  },
  {
    name: "a 1 MB attribute value",
    input: () => page(`<p class="${"c ".repeat(500_000)}">${SENTENCE}</p>`),
    expected: { outcome: "article", kind: "html", accountedContains: [SENTENCE.trim()] },
  },
  {
    name: "100,000 character references",
    input: () => page(`<p>${"&amp;&#x41;&bogus;".repeat(100_000)}</p>`),
    expected: { outcome: "article", kind: "html" },
  },
];

describe("adversarial corpus: committed inputs", () => {
  it("has inputs", () => expect(committed.length).toBeGreaterThanOrEqual(13));
  it.each(committed.map((c) => [c.name, c] as const))("%s", (_, testCase) => check(testCase));
});

describe("adversarial corpus: generated inputs", () => {
  it.each(generated.map((c) => [c.name, c] as const))("%s", (_, testCase) => check(testCase), 60_000);
});

describe("the lost-text checks can fail", () => {
  it("an HTML article with no spans loses the page's text", () => {
    const { article, text } = extractWithSource(page("<p>Some visible words.</p>"));
    const stripped: Article = { ...article, body: [], removed: [], related: [] };
    expect(lostVisibleText(stripped, text).map(([, c]) => c)).toContain("S");
  });

  it("script and style content is not text to account for", () => {
    const { article, text } = extractWithSource(page("<script>var a = 1;</script><style>p{}</style>"));
    expect(lostVisibleText({ ...article, body: [], removed: [], related: [] }, text)).toEqual([]);
  });
});
