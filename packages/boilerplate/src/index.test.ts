import { readFileSync } from "node:fs";
import { parseText } from "@copydesk/parser";
import { ArticleSchema, blockText, CopydeskError, findUnaccounted, SCHEMA_VERSION } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { draftFromText } from "../test/draft.js";
import * as api from "./index.js";
import { filterBoilerplate } from "./index.js";

describe("public API", () => {
  it("exports exactly filterBoilerplate and detectLanguage", () => {
    expect(Object.keys(api).sort()).toEqual(["detectLanguage", "filterBoilerplate"]);
  });
});

// The project's copy of the sample wire story, kept with the parser's fixtures.
const SAMPLE = new URL("../../parser/fixtures/wire-moscow/input.txt", import.meta.url);

describe("the sample wire story", () => {
  const input = readFileSync(SAMPLE, "utf8");
  const lines = input.split("\n");
  const draft = parseText(input);
  const article = filterBoilerplate(draft);

  it("keeps exactly the six paragraphs, every word and curly quote intact", () => {
    expect(article.body).toHaveLength(6);
    const body = article.body.map(blockText);
    expect(body[0]).toBe(lines[1]!.replace(/^MOSCOW:\s*/u, ""));
    expect(body.slice(1)).toEqual(lines.slice(2, 7));
    expect(body.join(" ")).toContain("“useful and substantial.”");
  });
  it("lists the sixteen other stories without their trailing dash", () => {
    expect(article.related).toHaveLength(16);
    expect(article.related[0]!.title).toBe(
      "Blac Chyna Reveals Her New Approach To Love, Healing After Recent Heartbreak",
    );
    expect(article.related[15]!.title).toBe(
      "Martha Stewart On Surviving Rigorous Times Amid Upcoming Memoir Release",
    );
    for (const link of article.related) expect(link.title.endsWith(" -")).toBe(false);
  });
  it("removes the lone dash as a separator, and nothing else", () => {
    expect(article.removed.map(({ text, reason }) => ({ text, reason }))).toEqual([
      { text: "-", reason: "separator" },
    ]);
  });
  it("is a valid English article that accounts for every character", () => {
    expect(article.language).toBe("en");
    expect(article.schemaVersion).toBe(SCHEMA_VERSION);
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(findUnaccounted(article, draft.source.text)).toEqual([]);
  });
});

describe("filterBoilerplate", () => {
  const story = [
    "Flood waters recede",
    "The river fell by two metres overnight, and residents began returning to their homes on Sunday morning.",
    "Emergency crews said the worst was over but warned that the ground would stay saturated for days.",
    "Advertisement",
    "Officials will meet on Monday to assess the damage to roads and bridges across the valley.",
  ].join("\n");

  it("copies metadata, sets source without text and appends the draft's removals and warnings", () => {
    const draft = draftFromText(story, { headline: true });
    draft.metadata.publishedAt = "2024-05-01";
    draft.removed.push({ text: "AFP", reason: "agency-credit", span: { start: 0, end: 0 } });
    draft.warnings.push({ code: "mojibake-repaired", message: "repaired" });
    const article = filterBoilerplate(draft);
    expect(article.headline).toBe("Flood waters recede");
    expect(article.headlineSpan).toEqual({ start: 0, end: 19 });
    expect(article.publishedAt).toBe("2024-05-01");
    expect(article.source).toEqual({ kind: "text", length: story.length });
    expect(article.body).toHaveLength(3);
    expect(article.removed.map((r) => r.reason)).toEqual(["agency-credit", "advertisement"]);
    expect(article.warnings.map((w) => w.code)).toEqual(["mojibake-repaired"]);
    expect(article.language).toBe("en");
  });

  it("keeps the draft's language and lets the caller choose the stoplist", () => {
    const draft = draftFromText(story);
    draft.metadata.language = "en-GB";
    expect(filterBoilerplate(draft).language).toBe("en-GB");
    expect(filterBoilerplate(draftFromText(story), { language: "en" }).language).toBe("en");
  });

  it("warns no-body and no-headline when nothing is kept", () => {
    const article = filterBoilerplate(draftFromText("Home\nMenu\nSearch"));
    expect(article.body).toEqual([]);
    expect(article.warnings.map((w) => w.code)).toEqual(["no-headline", "no-body"]);
    expect(article.removed).toHaveLength(3);
  });

  it("removes a repeat of the headline as a duplicate", () => {
    const draft = draftFromText(`Flood waters recede\n${story}`, { headline: true });
    expect(filterBoilerplate(draft).removed[0]).toMatchObject({
      reason: "duplicate",
      text: "Flood waters recede",
    });
  });

  it("throws CopydeskError for a value that is not a draft, or bad options", () => {
    expect(() => filterBoilerplate(null as never)).toThrow(CopydeskError);
    expect(() => filterBoilerplate({ blocks: [] } as never)).toThrow(/expects a Draft/);
    expect(() => filterBoilerplate(draftFromText(story), { language: "not a tag!" })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
    expect(() => filterBoilerplate(draftFromText(story), 5 as never)).toThrow(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
  });
});
