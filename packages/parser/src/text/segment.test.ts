import { describe, expect, it } from "vitest";
import { MIN_LIST_ITEMS, MIN_WRAPPED_LINE_LENGTH, segmentText } from "./segment.js";

const texts = (text: string) => segmentText(text).blocks.map((b) => b.text);

describe("segmentText", () => {
  it("splits the dateline off the first paragraph; the block starts after it", () => {
    const text = "Talks fail\nMOSCOW: The leaders met.\nMore talks are planned.";
    const result = segmentText(text);
    expect(result.metadata.dateline).toEqual({
      place: "MOSCOW",
      text: "MOSCOW:",
      span: { start: 11, end: 18 },
    });
    expect(result.blocks[0]).toMatchObject({ text: "The leaders met.", span: { start: 19, end: 35 } });
    expect(text.slice(19, 35)).toBe("The leaders met.");
  });

  it("takes a dateline standing alone on its line, with no block for it", () => {
    const result = segmentText("Talks fail\nWASHINGTON (Reuters) -\nThe Senate voted.");
    expect(result.metadata.dateline?.text).toBe("WASHINGTON (Reuters) -");
    expect(result.blocks.map((b) => b.text)).toEqual(["The Senate voted."]);
  });

  it("finds the dateline after a byline and a standfirst, but not past the first sentence", () => {
    expect(
      segmentText("Title here\nBy Jane Doe\nA standfirst without a full stop\nMOSCOW: Text.").metadata
        .dateline?.place,
    ).toBe("MOSCOW");
    expect(segmentText("Title here\nA first sentence.\nMOSCOW: Text.").metadata.dateline).toBeUndefined();
  });

  it("keeps every line as a candidate, separators and furniture included", () => {
    expect(texts("Title here\nBody line one.\n-\nShare this\nOther Story Headline -\n***")).toEqual([
      "Body line one.",
      "-",
      "Share this",
      "Other Story Headline -",
      "***",
    ]);
  });

  it("gives each candidate its index, no link density and its characters per line", () => {
    const { blocks } = segmentText("No title here.\nshort\nA line of some thirty characters");
    expect(blocks.map((b) => b.features)).toEqual([
      { index: 0, linkDensity: 0, textDensity: 14 },
      { index: 1, linkDensity: 0, textDensity: 5 },
      { index: 2, linkDensity: 0, textDensity: 32 },
    ]);
  });

  it("joins a hard-wrapped paragraph, its span covering all its lines", () => {
    const text =
      "Title here\n\nThe harbour authority on Friday gave final approval to a\nproject that will deepen the main channel, ending a\nplanning process.\n\nNext paragraph.";
    const { blocks } = segmentText(text);
    expect(blocks[0]!.text).toBe(
      "The harbour authority on Friday gave final approval to a project that will deepen the main channel, ending a planning process.",
    );
    expect(blocks[0]!.span).toEqual({ start: 12, end: text.indexOf("process.") + 8 });
    expect(blocks[0]!.features.textDensity).toBeCloseTo(blocks[0]!.text.length / 3);
    expect(blocks[1]!.text).toBe("Next paragraph.");
  });

  describe("a text dump hard-wrapped at one width", () => {
    // Wrapped at 60 code units, as a script wraps (the Korean lines too, whose characters take two
    // terminal columns each); each paragraph's lines run on whatever they end and begin with.
    const dump = [
      "Harbour plan approved",
      "",
      "The harbour authority on Friday gave its final approval to a",
      "project that will deepen the main channel. Work starts in",
      "March and should take three years, the authority said.",
      "",
      "Ships of the largest class have had to wait for high tide to",
      "reach the container terminal since it opened. Officials said",
      "the deeper channel would end those waits for most of them.",
      "",
      "Share this",
      "",
      "서울시는 금요일 새 교통 계획을 발표했다. 시는 버스 노선을 늘리고 지하철 운행 간격을 줄이겠다고 밝혔다.",
      "계획은 내년 봄부터 시행되며, 시민들은 대체로 환영한다는 반응을 보였다.",
    ].join("\n");

    it("joins each paragraph's lines, past sentence ends, capitals and scripts without case", () => {
      expect(texts(dump)).toEqual([
        "The harbour authority on Friday gave its final approval to a project that will deepen the main channel. Work starts in March and should take three years, the authority said.",
        "Ships of the largest class have had to wait for high tide to reach the container terminal since it opened. Officials said the deeper channel would end those waits for most of them.",
        "Share this",
        "서울시는 금요일 새 교통 계획을 발표했다. 시는 버스 노선을 늘리고 지하철 운행 간격을 줄이겠다고 밝혔다. 계획은 내년 봄부터 시행되며, 시민들은 대체로 환영한다는 반응을 보였다.",
      ]);
    });
    it("ends a paragraph at a line the next line's first word would have fitted on", () => {
      const noBlanks = dump.replace(/\n\n/g, "\n");
      expect(texts(noBlanks)).toContain("Share this");
    });
    it("reads a text saved one block per line as it was saved", () => {
      const saved = dump
        .split("\n\n")
        .map((p) => p.replace(/\n/g, " "))
        .join("\n");
      expect(texts(saved)).toEqual(texts(dump));
      // Lines of every length, none joined: the text has no wrap width.
      const lines = Array.from({ length: 12 }, (_, i) => `${"Word ".repeat(9 + i * 3)}end`);
      expect(texts(["Title", ...lines].join("\n")).slice(-12)).toEqual(lines);
    });
  });

  describe("a page saved one text node to a line", () => {
    // Each link's text is a line of its own, and so is the bracket around it.
    const dump = [
      "Title here",
      "Japan's",
      "Nikkei 225",
      "(",
      "N225",
      ")",
      "declined 0.3%, while South Korea's",
      "Kospi Index",
      "fell 0.5% in early trading on",
      "Tuesday",
      ".",
      "Markets",
      "Tech",
    ].join("\n");

    it("joins a sentence cut at its links, with no space before closing punctuation", () => {
      expect(texts(dump)).toEqual([
        "Japan's Nikkei 225 (N225) declined 0.3%, while South Korea's Kospi Index fell 0.5% in early trading on Tuesday.",
        "Markets",
        "Tech",
      ]);
    });

    it("joins nothing where no line shows the cuts (a lone bracket or a line opening with a comma)", () => {
      const saved = "Title here\nArrowhead water\nBaby Carrier\nhealthy snack bars for the road";
      expect(texts(saved)).toEqual(["Arrowhead water", "Baby Carrier", "healthy snack bars for the road"]);
      expect(texts(`${saved}\n(`)).toEqual([
        "Arrowhead water Baby Carrier healthy snack bars for the road",
        "(",
      ]);
    });

    it("leaves lists of lower-case items, breadcrumbs and lines too short to resume a sentence apart", () => {
      // Each line comes out as it went in.
      const apart = (...lines: string[]) => expect(texts(["Title here", ...lines].join("\n"))).toEqual(lines);
      apart("(", "any fish", "any poultry", "any seafood in any form");
      apart("(", "Home >", "Blog", "the trademark law and you");
      apart("(", "See", "Home >", "the trademark law and you");
      apart("(", "View Comments", "Disqus", "biology cells");
    });

    it("takes a lower-case link after a word a sentence does not end on", () => {
      expect(texts("Title here\n(\nA\nmuddled view\nof trade talks weighs on investors.")).toEqual([
        "(",
        "A muddled view of trade talks weighs on investors.",
      ]);
    });
  });

  describe("a Chinese or Japanese dump, wrapped between any two characters", () => {
    // Paragraphs of 50 to 60 characters, each wrapped into lines of `per` characters.
    const paragraphs = [
      "市は火曜日、川に架かる中央橋の補修工事を来月から始めると発表した。工事は夏の終わりまで続く見通しだという。",
      "工事の間は片側の車線が通行止めになり、朝と夕方の時間帯には周辺の道路でかなりの渋滞が予想されている。",
      "市長の説明によると、工事費はおよそ二億円で、国の補助金も使われる。完成した後は五十年以上は使えるという。",
      "橋は一九七〇年代に造られ、老朽化が進んでいた。専門家は、早めの補修で大きな事故を防げると話している。",
    ];
    const wrapAt = (per: number, ps = paragraphs) =>
      ps.map((p) => p.match(new RegExp(`.{1,${per}}`, "gu"))!.join("\n")).join("\n");
    it("joins the lines of a terminal dump, wrapped at 40 columns (20 characters), with no space", () => {
      expect(texts(`中央橋の補修工事\n${wrapAt(20)}`)).toEqual(["中央橋の補修工事", ...paragraphs]);
    });
    it("joins the lines of a script's dump, wrapped at 45 characters", () => {
      const twice = [...paragraphs, ...paragraphs];
      expect(texts(`中央橋の補修工事\n${wrapAt(45, twice)}`)).toEqual(["中央橋の補修工事", ...twice]);
    });
  });

  it("joins the rest of a sentence that a scraper cut at a link, however short its lines", () => {
    expect(
      texts("Title here\nThe figures were first reported by Reuters\n, which cited two officials."),
    ).toEqual(["The figures were first reported by Reuters, which cited two officials."]);
    expect(texts("Title here\nShe joined The Times\n. Before that she was an editor.")).toEqual([
      "She joined The Times. Before that she was an editor.",
    ]);
    // Not after a sentence's end, and not for punctuation alone.
    expect(texts("Title here\nIt ended.\n, and so on")).toHaveLength(2);
    expect(texts("Title here\nMenu\n...")).toHaveLength(2);
  });

  it("joins after a comma or a word no sentence ends on, even before a capital", () => {
    expect(
      texts("Title here\nThe minister met the ambassadors of France, Germany and\nItaly on Monday."),
    ).toEqual(["The minister met the ambassadors of France, Germany and Italy on Monday."]);
  });

  it("does not join lines that end sentences, titles ending in a dash, short lines, or across blank lines", () => {
    expect(
      texts("Title here\nThe first sentence of this paragraph ends here.\nthen a lowercase start"),
    ).toHaveLength(2);
    expect(texts("Title here\nA Headline Of Another Story In A Long List -\nand another one")).toHaveLength(
      2,
    );
    expect(texts(`Title here\n${"x".repeat(MIN_WRAPPED_LINE_LENGTH - 1)}\nlowercase`)).toHaveLength(2);
    expect(texts(`Title here\n${"x".repeat(MIN_WRAPPED_LINE_LENGTH)}\nlowercase`)).toHaveLength(1);
    expect(texts("Title here\nThe minister met the ambassadors of France and\n\nitaly")).toHaveLength(2);
    expect(texts("Title here\nHome\nabout us\ncontact")).toEqual(["Home", "about us", "contact"]);
  });

  it("makes one list block of a run of list items, ordered or not", () => {
    const { blocks } = segmentText(
      "Title here\nThe changes:\n- Glass\n- Paper\n• Food\n1. Rinse\n2) Flatten\nAfter.",
    );
    expect(blocks.map((b) => b.block)).toEqual([
      { type: "paragraph", text: "The changes:", span: expect.any(Object) },
      { type: "list", ordered: false, items: ["Glass", "Paper", "Food"], span: expect.any(Object) },
      { type: "list", ordered: true, items: ["Rinse", "Flatten"], span: expect.any(Object) },
      { type: "paragraph", text: "After.", span: expect.any(Object) },
    ]);
    expect(blocks[1]!.text).toBe("Glass\nPaper\nFood");
  });

  it(`needs ${MIN_LIST_ITEMS} items for a list: a lone bullet line stays a paragraph`, () => {
    expect(segmentText("Title here\n- Share this\nBody.").blocks[0]!.block).toMatchObject({
      type: "paragraph",
      text: "- Share this",
    });
  });

  it("reads markdown headings as heading blocks", () => {
    expect(segmentText("# Title here\n## The background\nBody.").blocks[0]!.block).toMatchObject({
      type: "heading",
      level: 2,
      text: "The background",
    });
  });

  it("sets credit lines aside and credits the agency in the byline", () => {
    const result = segmentText("Title here\nBy Jane Doe\nBody ends here.\n— AFP\nAlso:\nReuters\nlast");
    expect(result.removed).toEqual([
      { text: "— AFP", reason: "agency-credit", span: { start: 39, end: 44 } },
    ]);
    expect(result.metadata.byline).toMatchObject({ authors: ["Jane Doe"], agency: "AFP" });
    // A bare agency name not closing a paragraph is left to the filter.
    expect(result.blocks.map((b) => b.text)).toContain("Reuters");
  });

  it("creates a byline with no authors for a credit when there is none", () => {
    const result = segmentText("Title here\nThe cabinet approved it.\nAPP");
    expect(result.metadata.byline).toEqual({ authors: [], text: "APP", agency: "APP" });
    expect(result.removed.map((r) => r.text)).toEqual(["APP"]);
  });

  it("splits a credit off the end of a paragraph", () => {
    const text = "Title here\nThe team said so. — AFP";
    const result = segmentText(text);
    expect(result.blocks[0]).toMatchObject({ text: "The team said so.", span: { start: 11, end: 28 } });
    expect(result.removed).toEqual([
      { text: "— AFP", reason: "agency-credit", span: { start: 29, end: 34 } },
    ]);
  });

  it("warns when there is no headline, and keeps the first line as a block", () => {
    const result = segmentText("The bakery reopened on Saturday.\nCustomers lined up.");
    expect(result.metadata.headline).toBeUndefined();
    expect(result.warnings.map((w) => w.code)).toEqual(["no-headline"]);
    expect(result.blocks).toHaveLength(2);
  });

  it("looks past the menus of a scraped page for a dateline that opens a paragraph, and a byline before it", () => {
    const menus = Array.from({ length: 30 }, (_, i) => `Menu item ${i}`).join("\n");
    const text = `Home\n${menus}\nStory title\nBy Jane Doe\nPARIS (AFP) — The museum reopened on Monday after a year of work.\nMore.`;
    const result = segmentText(text);
    expect(result.metadata.byline?.authors).toEqual(["Jane Doe"]);
    expect(result.metadata.dateline?.text).toBe("PARIS (AFP) —");
    expect(result.blocks.map((b) => b.text)).toContain("The museum reopened on Monday after a year of work.");
  });

  it("takes no colon label deep in a page for a dateline, nor a short one", () => {
    const menus = Array.from({ length: 10 }, (_, i) => `Menu item ${i}`).join("\n");
    expect(
      segmentText(`${menus}\nWORLD LAUNCH: The new model of the bike was shown to reporters today.`).metadata
        .dateline,
    ).toBeUndefined();
    expect(segmentText(`${menus}\nPARIS (AFP) — It rained.`).metadata.dateline).toBeUndefined();
  });
});
