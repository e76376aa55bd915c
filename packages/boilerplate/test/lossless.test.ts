import { parseText } from "@copydesk/parser";
import { ArticleSchema, findUnaccounted, isCopydeskError } from "@copydesk/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterBoilerplate } from "../src/index.js";

/** Lines of the shapes the filter reads: story prose, headline lists, prompts, separators, other scripts. */
const line = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom(
    "-",
    "***",
    "Advertisement",
    "Share this article",
    "Sign up for our newsletter",
    "© 2024 Example News. All rights reserved.",
    "Read more: another story",
    "Some Other Story Title Here -",
    "Another Headline About Something Else |",
    "The minister said on Tuesday that the talks had been “useful and substantial.”",
    "会談は火曜日に行われた。",
    "قال الرئيس إن المحادثات كانت مفيدة؟",
    "बैठक मंगलवार को हुई।",
    "  \t ",
    "",
  ),
  fc
    .array(fc.constantFrom("the", "a", "minister", "said", "talks", "were", "of", "and", "Japan", "in"), {
      minLength: 3,
      maxLength: 60,
    })
    .map((words) => `${words.join(" ")}.`),
);
const page = fc
  .array(line, { maxLength: 40 })
  .chain((lines) => fc.constantFrom("\n", "\r\n", "\n\n").map((eol) => lines.join(eol)));

describe("never losing text", () => {
  it("accounts for every non-whitespace character and throws nothing but CopydeskError", () => {
    fc.assert(
      fc.property(page, (text) => {
        let draft: ReturnType<typeof parseText>;
        try {
          draft = parseText(text);
        } catch (error) {
          expect(isCopydeskError(error)).toBe(true);
          return;
        }
        let article: ReturnType<typeof filterBoilerplate>;
        try {
          article = filterBoilerplate(draft);
        } catch (error) {
          expect(isCopydeskError(error)).toBe(true);
          return;
        }
        expect(findUnaccounted(article, draft.source.text)).toEqual([]);
        expect(ArticleSchema.safeParse(article).success).toBe(true);
        // A block may have become the headline (see headline.ts).
        const head = article.headlineSpan;
        const asHeadline = draft.blocks.some((b) => b.span.start === head?.start && b.span.end === head.end);
        const placed = article.body.length + article.related.length + article.removed.length;
        expect(placed + (asHeadline ? 1 : 0)).toBeGreaterThanOrEqual(draft.blocks.length);
      }),
      { numRuns: 300 },
    );
  });
});
