import { parseHtml } from "@copydesk/parser";
import { blockText } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import type { Features } from "../features.js";
import { filterBoilerplate } from "../index.js";
import type { Scored } from "../score.js";
import {
  AFTER_CONTAINER_PENALTY,
  CONTAINER_BLOCK_WEIGHT,
  FURNITURE_HINT_ADJUSTMENT,
  IN_ARTICLE_ADJUSTMENT,
  isRelatedList,
  markupContext,
  markupSignal,
  OUTSIDE_ARTICLE_ADJUSTMENT,
  reviseScore,
} from "./markup.js";

describe("markupSignal", () => {
  it("gives plain-text blocks no signal", () => {
    expect(markupSignal({ index: 0, linkDensity: 0 })).toBeUndefined();
  });
  it("names furniture from class and id hints", () => {
    expect(markupSignal({ index: 0, linkDensity: 0, hints: ["site", "footer"] })).toEqual({
      adjustment: FURNITURE_HINT_ADJUSTMENT,
      reason: "footer",
    });
    expect(markupSignal({ index: 0, linkDensity: 0, hints: ["share", "bar"] })?.reason).toBe("share-prompt");
  });
  it("raises blocks inside the article container and lowers those outside", () => {
    expect(markupSignal({ index: 0, linkDensity: 0, inArticle: true })).toEqual({
      adjustment: IN_ARTICLE_ADJUSTMENT,
      reason: undefined,
    });
    expect(markupSignal({ index: 0, linkDensity: 0, inArticle: false })).toEqual({
      adjustment: OUTSIDE_ARTICLE_ADJUSTMENT,
      reason: "outside-article",
    });
  });
});

describe("markupContext", () => {
  const prose = "word ".repeat(40);
  const block = (text: string, hints: string[], inArticle?: boolean) => ({
    block: { type: "paragraph" as const, text },
    text,
    span: { start: 0, end: text.length },
    features: { index: 0, linkDensity: 0, hints, ...(inArticle === undefined ? {} : { inArticle }) },
  });

  it("ignores hints that the page's prose carries, and keeps those that set a block apart", () => {
    const page = markupContext([
      block(prose, ["has", "sidebar", "article"], true),
      block(prose, ["sidebar", "article"], true),
      block(prose, ["article", "sidebar"], true),
      block("Share this", ["sidebar", "article", "share"], true),
    ]);
    expect([...page.ambient].sort()).toEqual(["article", "sidebar"]);
    expect(
      markupSignal({ index: 0, linkDensity: 0, hints: ["sidebar", "article"], inArticle: true }, page),
    ).toEqual({
      adjustment: IN_ARTICLE_ADJUSTMENT,
      reason: undefined,
    });
    expect(
      markupSignal({ index: 0, linkDensity: 0, hints: ["sidebar", "share"], inArticle: true }, page)?.reason,
    ).toBe("share-prompt");
  });

  it("trusts the article container only when it holds most of the prose", () => {
    const teasers = markupContext([block(prose, [], false), block(prose, [], false), block(prose, [], true)]);
    expect(teasers.articleHoldsStory).toBe(false);
    expect(markupSignal({ index: 0, linkDensity: 0, inArticle: false }, teasers)).toEqual({
      adjustment: 0,
      reason: undefined,
    });
  });
});

describe("the story container", () => {
  const prose = "This sentence is part of the story and it runs long enough to count as prose here. ".repeat(
    2,
  );
  const at = (
    tagPath: string,
    text: string,
    type: "paragraph" | "list" | "image" = "paragraph",
    hints: string[] = [],
  ) => ({
    block:
      type === "image"
        ? { type, src: "https://example.com/a.jpg" }
        : type === "list"
          ? { type, ordered: false, items: text.split("\n") }
          : { type, text },
    text,
    span: { start: 0, end: text.length },
    features: { index: 0, linkDensity: 0, tagPath, hints, inArticle: false },
  });
  const body = "html>body>div.page>div.story-body";
  const blocks = [
    at(`${body}>p`, prose),
    at(`${body}>p`, prose),
    at(`${body}>p`, prose),
    at("html>body>div.page>div.rail>p", prose),
  ];
  const features = (words: number, extra: Partial<Features> = {}): Features => ({
    chars: words * 5,
    words,
    stopwordDensity: 0.1,
    terminal: false,
    sentences: 0,
    capitalisedShare: 0.2,
    trailingMark: false,
    separator: false,
    code: false,
    linkDensity: 0,
    cue: undefined,
    list: false,
    items: 1,
    ...extra,
  });
  const lowContent: Scored = {
    cls: "bad",
    weight: -12,
    reason: "low-content",
    sentence: false,
    headlineLike: false,
    headlineShaped: false,
  };

  it("is the element whose children hold most of the prose", () => {
    expect(markupContext(blocks).storyContainer).toBe(body);
  });

  it("is not a comment section, however much its readers wrote", () => {
    const comment = { ...at("html>body>div.page>div.comments>div.comment>p", prose) };
    comment.features = { ...comment.features, hints: ["comments", "comment"] };
    const page = markupContext([...blocks.slice(0, 2), comment, comment, comment]);
    expect(page.storyContainer).toBe(body);
  });

  it("is not trusted when most of the prose lies elsewhere", () => {
    const rail = at("html>body>div.page>div.rail>p", prose);
    expect(markupContext([...blocks, rail, rail, rail]).storyContainer).toBeUndefined();
  });

  it("keeps a low-content list inside the container and leaves one outside alone", () => {
    const page = markupContext(blocks);
    const inside = at(`${body}>ul`, "1 cup rice\n2 eggs", "list");
    const outside = at("html>body>div.page>div.rail>ul", "1 cup rice\n2 eggs", "list");
    const revised = reviseScore(lowContent, features(12), inside, markupSignal(inside.features, page), page);
    expect(revised.cls).toBe("near-good");
    expect(revised.weight).toBe(12 * CONTAINER_BLOCK_WEIGHT);
    expect(reviseScore(lowContent, features(12), outside, markupSignal(outside.features, page), page)).toBe(
      lowContent,
    );
  });

  it("keeps a paragraph of its own that the wording alone judged to be something else", () => {
    const page = markupContext(blocks);
    const glued = at(`${body}>p`, prose);
    const byWording = { ...lowContent, reason: "related-stories" as const };
    expect(
      reviseScore(byWording, features(40), glued, markupSignal(glued.features, page), page),
    ).toMatchObject({ cls: "near-good", reason: undefined });
  });

  it("makes a picture inside the container neutral, and keeps furniture hints and links in force", () => {
    const page = markupContext(blocks);
    const image = at(`${body}>p>img`, "", "image");
    const separator = { ...lowContent, reason: "separator" as const, weight: -6 };
    expect(
      reviseScore(separator, features(0), image, markupSignal(image.features, page), page),
    ).toMatchObject({
      cls: "short",
      weight: 0,
    });
    const shared = at(`${body}>div.share`, "Share on Facebook", "paragraph", ["share"]);
    // Still removed, and the section it sits in says why.
    expect(
      reviseScore(lowContent, features(3), shared, markupSignal(shared.features, page), page),
    ).toMatchObject({ cls: "bad", weight: lowContent.weight, reason: "share-prompt" });
    const linked = at(`${body}>p`, "See all results");
    expect(
      reviseScore(
        lowContent,
        features(3, { linkDensity: 1 }),
        linked,
        markupSignal(linked.features, page),
        page,
      ),
    ).toBe(lowContent);
  });
});

describe("after the story container", () => {
  const prose = "This sentence is part of the story and it runs long enough to count as prose here. ".repeat(
    2,
  );
  const at = (index: number, tagPath: string, text: string, type: "paragraph" | "list" = "paragraph") => ({
    block: type === "list" ? { type, ordered: false, items: text.split("\n") } : { type, text },
    text,
    span: { start: 0, end: text.length },
    features: { index, linkDensity: 0, tagPath, hints: [] as string[], inArticle: false },
  });
  const body = "html>body>div.page>div.story-body";
  const good: Scored = {
    cls: "good",
    weight: 40,
    reason: undefined,
    sentence: true,
    headlineLike: false,
    headlineShaped: false,
  };
  const f = { words: 40, linkDensity: 0, cue: undefined } as Features;

  it("costs prose past the container's last block, and leaves prose before it alone", () => {
    const blocks = [
      at(0, "html>body>div.page>div.intro>p", prose),
      at(1, `${body}>p`, prose),
      at(2, `${body}>p`, prose),
      at(3, `${body}>p`, prose),
      at(4, "html>body>div.page>div.more>p", prose),
    ];
    const page = markupContext(blocks);
    expect(page.containerEnd).toBe(3);
    const after = reviseScore(good, f, blocks[4]!, markupSignal(blocks[4]!.features, page), page);
    expect(after.weight).toBe(40 - AFTER_CONTAINER_PENALTY * 40);
    expect(after.reason).toBe("outside-article");
    expect(reviseScore(good, f, blocks[0]!, markupSignal(blocks[0]!.features, page), page)).toBe(good);
  });

  it("does not let a long list of teasers pass for the story's prose", () => {
    const teasers = Array.from({ length: 12 }, () => prose).join("\n");
    const page = markupContext([
      at(0, `${body}>p`, prose),
      at(1, `${body}>p`, prose),
      at(2, "html>body>div.page>div.more>ul", teasers, "list"),
    ]);
    expect(page.storyContainer).toBe(body);
  });
});

describe("embedded posts", () => {
  it("are not share bars, though their markup says social", () => {
    expect(markupSignal({ index: 0, linkDensity: 0, hints: ["social", "embed"] })?.reason).toBeUndefined();
    expect(markupSignal({ index: 0, linkDensity: 0, hints: ["social", "bar"] })?.reason).toBe("share-prompt");
  });
});

describe("furniture set into the story", () => {
  const prose = "This sentence is part of the story and it runs long enough to count as prose here. ".repeat(
    2,
  );
  const body = "html>body>div.page>div.story-body";
  const at = (index: number, tagPath: string, text: string, hints: string[] = [], linkDensity = 0) => ({
    block: { type: "paragraph" as const, text },
    text,
    span: { start: 0, end: text.length },
    features: { index, linkDensity, tagPath, hints, inArticle: false },
  });
  const related: Scored = {
    cls: "bad",
    weight: -30,
    reason: "navigation",
    sentence: false,
    headlineLike: false,
    headlineShaped: false,
  };
  const f = { words: 20, linkDensity: 1, cue: undefined } as Features;
  const blocks = [
    at(0, `${body}>p`, prose),
    at(1, `${body}>div.related>p`, "Another story entirely, and another one", ["related"], 1),
    at(2, `${body}>p`, prose),
    at(3, `${body}>div.related>p`, "Another story entirely, and another one", ["related"], 1),
  ];
  const page = markupContext(blocks);

  it("goes, but does not cut the story in two", () => {
    expect([page.proseStart, page.proseEnd]).toEqual([0, 2]);
    expect(reviseScore(related, f, blocks[1]!, markupSignal(blocks[1]!.features, page), page)).toMatchObject({
      cls: "bad",
      weight: 0,
      reason: "related-stories",
    });
  });

  it("is not a paragraph of the story that links a few of its words", () => {
    const linked = at(1, `${body}>p`, prose, [], 0.4);
    const good: Scored = { ...related, cls: "good", weight: 20, reason: undefined };
    const g = { words: 20, linkDensity: 0.4, cue: undefined } as Features;
    expect(reviseScore(good, g, linked, markupSignal(linked.features, page), page)).toBe(good);
  });

  it("after the story's last paragraph still counts against it", () => {
    expect(reviseScore(related, f, blocks[3]!, markupSignal(blocks[3]!.features, page), page)).toMatchObject({
      cls: "bad",
      weight: related.weight,
    });
  });
});

describe("the page's header", () => {
  const prose = "This sentence is part of the story and it runs long enough to count as prose here. ".repeat(
    2,
  );
  const body = "html>body>div.page>div.story-body";
  const at = (index: number, tagPath: string, text: string, hints: string[] = []) => ({
    block: { type: "paragraph" as const, text },
    text,
    span: { start: 0, end: text.length },
    features: { index, linkDensity: 0, tagPath, hints, inArticle: false },
  });
  const short: Scored = {
    cls: "short",
    weight: -3,
    reason: undefined,
    sentence: false,
    headlineLike: false,
    headlineShaped: false,
  };
  const f = { words: 4, linkDensity: 0, cue: undefined } as Features;
  const blocks = [
    at(0, "html>body>div.page>div.gallery>p", "Image 1 of 8"),
    at(1, `${body}>p`, prose),
    at(2, `${body}>p`, prose),
    at(3, `${body}>p`, "The end of it."),
  ];
  const page = markupContext(blocks);

  it("goes before the story's container opens, when it does not read as prose", () => {
    expect(reviseScore(short, f, blocks[0]!, markupSignal(blocks[0]!.features, page), page)).toMatchObject({
      cls: "bad",
      reason: "outside-article",
    });
    expect(reviseScore(short, f, blocks[3]!, markupSignal(blocks[3]!.features, page), page).cls).toBe(
      "short",
    );
  });

  it("and so does a short line that the markup names as furniture", () => {
    const counter = at(3, `${body}>div.share>p`, "12 shares", ["share"]);
    expect(reviseScore(short, f, counter, markupSignal(counter.features, page), page)).toMatchObject({
      cls: "bad",
      reason: "share-prompt",
    });
  });
});

describe("lists of other stories", () => {
  const prose = "This sentence is part of the story and it runs long enough to count as prose here. ".repeat(
    2,
  );
  const body = "html>body>main>article>div.body";
  const para = (index: number) => ({
    block: { type: "paragraph" as const, text: prose },
    text: prose,
    span: { start: 0, end: prose.length },
    features: { index, linkDensity: 0, tagPath: `${body}>p`, hints: [] as string[], inArticle: true },
  });
  const titles = [
    "Parking survey draws record response",
    "Bike share expands to the east side",
    "Council passes budget late at night",
  ];
  const list = (tagPath: string, hints: string[], items = titles) => ({
    block: { type: "list" as const, ordered: false, items },
    text: items.join("\n"),
    span: { start: 0, end: 10 },
    features: {
      index: 2,
      linkDensity: 1,
      tagPath,
      hints,
      inArticle: true,
      links: items.map((text, i) => ({ text, href: `https://example.com/${i}` })),
    },
  });
  const page = markupContext([para(0), para(1), para(3)]);

  it("go to related when the markup calls them related, even inside the story", () => {
    const related = list(`${body}>aside>ul`, ["aside", "related"]);
    expect(isRelatedList(related, markupSignal(related.features, page), page)).toBe(true);
    const own = list(`${body}>ul`, []);
    expect(isRelatedList(own, markupSignal(own.features, page), page)).toBe(false);
  });

  it("past the story's last paragraph, may link only part of each item", () => {
    const items = [
      "Why the river flooded, and what comes next",
      "Paid parking is not the problem",
      "A bridge too far for the budget",
    ];
    const partly = (index: number) => ({
      ...list(`${body}>ul`, [], items),
      features: {
        index,
        linkDensity: 0.4,
        tagPath: `${body}>ul`,
        hints: [] as string[],
        inArticle: true,
        links: [
          { text: "what comes next", href: "https://example.com/a" },
          { text: "the problem", href: "https://example.com/b" },
          { text: "too far", href: "https://example.com/c" },
        ],
      },
    });
    const tail = partly(9);
    expect(isRelatedList(tail, markupSignal(tail.features, page), page)).toBe(true);
    const inside = partly(2);
    expect(isRelatedList(inside, markupSignal(inside.features, page), page)).toBe(false);
  });

  it("are not menus or tag lists", () => {
    const menu = list("html>body>nav>ul", ["nav"], ["News", "Sport", "Weather"]);
    expect(isRelatedList(menu, markupSignal(menu.features, page), page)).toBe(false);
    const short = list("html>body>div.more>ul", [], ["Brexit", "Budget", "Climate"]);
    expect(isRelatedList(short, markupSignal(short.features, page), page)).toBe(false);
    const teasers = list("html>body>div.more>ul", []);
    expect(isRelatedList(teasers, markupSignal(teasers.features, page), page)).toBe(true);
  });
});

describe("the lead image", () => {
  it("is not shown again in the body", () => {
    const image = {
      block: { type: "image" as const, src: "https://example.com/lead.jpg" },
      text: "",
      span: { start: 0, end: 1 },
      features: { index: 0, linkDensity: 0, tagPath: "html>body>figure", hints: [] as string[] },
    };
    const page = markupContext([image], "https://example.com/lead.jpg");
    const short: Scored = {
      cls: "short",
      weight: 0,
      reason: undefined,
      sentence: false,
      headlineLike: false,
      headlineShaped: false,
    };
    const f = { words: 0, linkDensity: 0, cue: undefined } as Features;
    expect(reviseScore(short, f, image, markupSignal(image.features, page), page)).toMatchObject({
      cls: "bad",
      reason: "duplicate",
    });
    const other = markupContext([image], "https://example.com/other.jpg");
    expect(reviseScore(short, f, image, markupSignal(image.features, other), other).cls).toBe("short");
  });
});

describe("a paragraph that repeats the byline", () => {
  const paragraph = (n: number) =>
    `<p>The council met on Tuesday evening to discuss item ${n} of the agenda, which concerned the new bridge over the river and what it would cost the town over the coming decade.</p>`;
  const page = (byline: string) => {
    const body = [1, 2, 3, 4].map(paragraph);
    body.splice(1, 0, byline);
    return `<html><body><article><h1>Council approves the bridge</h1>${body.join("")}</article></body></html>`;
  };

  it("goes as metadata, where the markup names only the author's name inside it", () => {
    const draft = parseHtml(page(`<p>By <span itemprop="author">Jane Doe</span></p>`));
    const article = filterBoilerplate(draft);
    expect(article.byline?.authors).toEqual(["Jane Doe"]);
    expect(article.body.map(blockText)).not.toContain("By Jane Doe");
    expect(article.body).toHaveLength(4);
    expect(article.removed.find((r) => r.text === "By Jane Doe")?.reason).toBe("metadata");
  });
  it("leaves a story paragraph that merely names the author", () => {
    const named = `<p>Jane Doe, who chairs the committee, said the vote had been close and that the town would still need to find most of the money.</p>`;
    const draft = parseHtml(page(`<p>By <span itemprop="author">Jane Doe</span></p>${named}`));
    const article = filterBoilerplate(draft);
    expect(article.body.map(blockText)).toContain(
      "Jane Doe, who chairs the committee, said the vote had been close and that the town would still need to find most of the money.",
    );
  });
});

describe("a sidebar that outweighs a short story", () => {
  const blurb = (n: number) =>
    `<p>Click the picture above to read column number ${n}, on the season so far, the drivers who lead it and the races still to come this year.</p>`;
  const html = `<html><body><div class="main"><div class="articleBody"><h1>Racing calendar 2018</h1><h3>The calendar</h3><p>Round 1: March 10, Interlagos. Round 2: April 8, Curitiba.</p><p>Round 3: April 22, Velopark.</p></div></div><aside class="sidebar">${[1, 2, 3, 4, 5].map(blurb).join("")}</aside></body></html>`;

  it("is still a sidebar when the headline's element is the story's and the sidebar's prose is not", () => {
    const draft = parseHtml(html);
    expect(draft.metadata.headline?.text).toBe("Racing calendar 2018");
    const page = markupContext(draft.blocks, undefined, undefined, draft.metadata.headline?.span);
    expect(page.ambient.has("sidebar")).toBe(false);
    const article = filterBoilerplate(draft);
    const body = article.body.map(blockText).join("\n");
    expect(body).toContain("Round 1: March 10, Interlagos. Round 2: April 8, Curitiba.");
    expect(body).not.toContain("Click the picture above");
  });
});
