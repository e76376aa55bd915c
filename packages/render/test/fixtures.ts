import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Article, ArticleSchema } from "@copydesk/schema";

/** The fixture corpus: `fixtures/<slug>/article.json`, each checked against the schema on load. */
export const FIXTURES_DIR = new URL("../fixtures/", import.meta.url).pathname;

export interface Fixture {
  slug: string;
  dir: string;
  article: Article;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug) => {
      const dir = join(FIXTURES_DIR, slug);
      const article = ArticleSchema.parse(JSON.parse(readFileSync(join(dir, "article.json"), "utf8")));
      return { slug, dir, article };
    });
}
