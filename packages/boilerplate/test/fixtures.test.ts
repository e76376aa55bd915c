import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseText } from "@copydesk/parser";
import { type Article, ArticleSchema, blockText, findUnaccounted } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { filterBoilerplate } from "../src/index.js";

/**
 * Fixtures: a page of plain text per folder (`input.txt`) and the article it
 * must give (`expected.json`). `UPDATE_FIXTURES=1` rewrites the expectations
 * for review. Folders ending in `-whole` hold stories without furniture,
 * which must come out whole.
 */
const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === "1";
const PROMPTS = new Set([
  "share-prompt",
  "newsletter-prompt",
  "subscription-prompt",
  "advertisement",
  "copyright",
]);

const slugs = readdirSync(FIXTURES).filter((slug) => existsSync(`${FIXTURES}${slug}/input.txt`));

describe("fixtures", () => {
  it("cover six languages in three scripts, and a story without furniture", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(7);
  });

  describe.each(slugs)("%s", (slug) => {
    const input = readFileSync(`${FIXTURES}${slug}/input.txt`, "utf8");
    const draft = parseText(input);
    const article = filterBoilerplate(draft);
    const whole = slug.endsWith("-whole");

    it("matches expected.json", () => {
      const path = `${FIXTURES}${slug}/expected.json`;
      if (UPDATE) writeFileSync(path, `${JSON.stringify(article, null, 2)}\n`);
      const expected = JSON.parse(readFileSync(path, "utf8")) as Article;
      expect(article).toEqual(expected);
    });

    it("is a valid article that accounts for every character", () => {
      expect(ArticleSchema.safeParse(article).success).toBe(true);
      expect(findUnaccounted(article, draft.source.text)).toEqual([]);
    });

    it("names the language", () => {
      expect(article.language).toBe(slug.slice(0, 2));
    });

    if (whole) {
      it("keeps a story without furniture whole", () => {
        expect(article.related).toEqual([]);
        expect(article.removed).toEqual([]);
        expect(article.body.length).toBe(draft.blocks.length);
      });
    } else {
      it("keeps the story, lists the other stories and drops the prompts", () => {
        expect(article.body.length).toBeGreaterThanOrEqual(4);
        expect(article.related.length).toBeGreaterThanOrEqual(3);
        expect(article.removed.filter((r) => PROMPTS.has(r.reason)).length).toBeGreaterThanOrEqual(2);
        const body = article.body.map(blockText).join("\n");
        for (const r of article.removed) expect(body).not.toContain(r.text);
        for (const link of article.related) expect(body).not.toContain(link.title);
      });
    }
  });
});
