import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseText } from "@copydesk/parser";
import { blockText, findUnaccounted } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { filterBoilerplate } from "../src/index.js";

/**
 * A news page in each of sixteen more languages of the web (`languages/<tag>.txt`,
 * our own text), saved as a scraper saves one: the site's menu, the headline,
 * a date line, the story, share, newsletter and comment prompts, a list of
 * other stories and the footer. Each line is tagged: `H| ` the headline,
 * `S| ` a paragraph of the story, `F| ` furniture. The story must come out
 * whole, under its headline, and no furniture line in it.
 */
const DIR = fileURLToPath(new URL("./languages/", import.meta.url));
const pages = readdirSync(DIR).filter((name) => name.endsWith(".txt"));

describe("a story in each of sixteen more languages", () => {
  it("has its pages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(16);
  });

  describe.each(pages)("%s", (name) => {
    const lines = readFileSync(`${DIR}${name}`, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => ({ tag: line.slice(0, 1), text: line.slice(3).trim() }));
    const text = lines.map((line) => line.text).join("\n");
    const draft = parseText(text);
    const article = filterBoilerplate(draft);
    const body = article.body.map(blockText);

    it("names the language and the headline", () => {
      expect(article.language).toBe(name.slice(0, 2));
      expect(article.headline).toBe(lines.find((line) => line.tag === "H")!.text);
    });

    it("keeps every paragraph of the story, in order, and nothing else", () => {
      const dateline = article.dateline?.text;
      const story = lines
        .filter((line) => line.tag === "S")
        .map((line) =>
          dateline !== undefined && line.text.startsWith(dateline)
            ? line.text.slice(dateline.length).trim()
            : line.text,
        );
      expect(body).toEqual(story);
      expect(findUnaccounted(article, draft.source.text)).toEqual([]);
    });
  });
});
