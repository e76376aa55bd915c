import { parseText } from "@copydesk/parser";
import { findUnaccounted } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { draftFromText } from "../test/draft.js";
import { HEADLINE_WINDOW } from "./headline.js";
import { filterBoilerplate } from "./index.js";

const story = [
  "The river fell by two metres overnight, and residents of the Arno valley began returning to their homes on Sunday morning.",
  "Emergency crews said the worst of the flooding was over, but warned that the ground would stay saturated for days.",
  "Officials will meet on Monday to assess the damage to the roads and bridges across the valley.",
];
const menu = ["Skip to main content", "Home", "World", "Politics", "Sport", "Weather"];
const title = "Arno flood waters recede as residents return home";

describe("the headline of a page saved as text", () => {
  it("is the title above the story, not the site's first line", () => {
    const page = [...menu, title, "By Anna Rossi", "Updated 9:14 AM", ...story].join("\n");
    const draft = parseText(page);
    expect(draft.metadata.headline?.text).toBe("Skip to main content");
    const article = filterBoilerplate(draft);
    expect(article.headline).toBe(title);
    expect(page.slice(article.headlineSpan!.start, article.headlineSpan!.end)).toBe(title);
    expect(article.removed[0]).toEqual({
      text: "Skip to main content",
      reason: "navigation",
      span: { start: 0, end: 20 },
    });
    expect(article.warnings.map((w) => w.code)).not.toContain("no-headline");
    expect(findUnaccounted(article, page)).toEqual([]);
  });

  it("is found where the parser found none", () => {
    const page = ["Home", "World", title, ...story].join("\n");
    const article = filterBoilerplate(draftFromText(page));
    expect(article.headline).toBe(title);
    expect(article.warnings.map((w) => w.code)).not.toContain("no-headline");
  });

  it("is not a caption or a summary ending with a full stop, nor a line naming too little of the story", () => {
    const caption = "Residents of the Arno valley return to their flooded homes on Sunday.";
    const page = ["Home", "World", "Weather news today", caption, ...story].join("\n");
    const article = filterBoilerplate(draftFromText(page));
    expect(article.headline).toBe("");
    expect(article.warnings.map((w) => w.code)).toContain("no-headline");
  });

  it("stays the parser's where the story follows it", () => {
    const page = ["Waters recede", ...story].join("\n");
    expect(filterBoilerplate(parseText(page)).headline).toBe("Waters recede");
  });

  it("is none where the parser's is a line of the site's far above the story, naming none of it", () => {
    const teasers = Array.from(
      { length: HEADLINE_WINDOW },
      (_, i) => `Council approves budget for year ${2020 + i}`,
    );
    const page = [...menu, ...teasers, ...story].join("\n");
    const article = filterBoilerplate(parseText(page));
    expect(article.headline).toBe("");
    expect(article.removed[0]!.text).toBe("Skip to main content");
    expect(findUnaccounted(article, page)).toEqual([]);
  });
});
