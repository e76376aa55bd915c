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

  describe("reads the language from the text most of the page's prose is in", () => {
    // Each comment is longer than any paragraph of the story: the four longest blocks are all English.
    const comments = [
      "I have been following this story for a while and I think the people who made the decision should explain themselves.",
      "This is exactly what I was worried about when they announced it last year, and nobody listened to those of us who did.",
      "Not sure why everyone is so surprised. It was always going to end up like this, and it will happen again unless it changes.",
      "Thanks for the article. It would be good to hear what the other side has to say about it as well, since we get one view.",
    ];
    it("a Russian story above longer English comments", () => {
      const story = [
        "Власти города объявили о начале ремонта главного моста через реку, закрытого с весны.",
        "Работы продлятся до конца лета, и всё это время движение по мосту будет ограничено.",
        "По словам мэра, на ремонт выделено около двухсот миллионов рублей из городского бюджета.",
        "Жители района уже пожаловались на пробки в часы пик и на шум от строительной техники.",
        "Объезд будет организован по соседним улицам, сообщили в пресс-службе мэрии города.",
        "Новый мост должен прослужить не менее пятидесяти лет без капитального ремонта.",
      ];
      const article = filterBoilerplate(draftFromText([...story, ...comments].join("\n")));
      expect(article.language).toBe("ru");
      expect(article.body.map((b) => ("text" in b ? b.text : ""))).toEqual(expect.arrayContaining(story));
    });
    it("an Italian story under a longer English notice: English furniture counts half", () => {
      const notice =
        "Thank you for reading with us this month. Good reporting takes time and costs money, and most of what we publish is paid for by readers like you rather than by advertisers. If you value what you find here, please think about supporting our newsroom, so that we can keep sending reporters to the places where news happens.";
      const story = [
        "È stato annunciato in queste ore che il comune rifarà il ponte principale sul fiume, chiuso dalla primavera scorsa per motivi di sicurezza.",
        "I lavori dureranno fino alla fine dell'estate e costeranno circa due milioni di euro, in parte coperti da fondi regionali, ha detto il sindaco.",
      ];
      expect(filterBoilerplate(draftFromText([notice, "Continue", ...story].join("\n"))).language).toBe("it");
    });
    it("a Japanese story above English comments, its characters weighed as the longer text they are", () => {
      const story = [
        "市は火曜日、川に架かる中央橋の補修工事を来月から始めると発表した。工事は夏の終わりまで続く見通しだという。",
        "工事の間は片側の車線が通行止めになり、朝と夕方の時間帯には周辺の道路でかなりの渋滞が予想されている。",
        "市長の説明によると、工事費はおよそ二億円で、国の補助金も使われる。完成した後は五十年以上は使えるという。",
        "橋は一九七〇年代に造られ、老朽化が進んでいた。専門家は、早めの補修で大きな事故を防げると話している。",
        "周辺の住民からは、渋滞や工事の騒音を心配する声が上がっており、市は説明会を開いて理解を求める方針だ。",
      ];
      expect(filterBoilerplate(draftFromText([...story, ...comments].join("\n"))).language).toBe("ja");
    });
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

  // A notice in wording no phrase list holds, above a menu whose "Subscribe" would otherwise end the story.
  const notice =
    "We care about how your information is handled. Together with our partners we keep small files on the device " +
    "you are reading this on, so that the pages remember your choices and measure how many people read each story.";

  it("removes a consent notice that its buttons name, whatever its wording", () => {
    const page = [notice, "Accept all", "Reject all", "Home", "Subscribe", story].join("\n");
    const article = filterBoilerplate(draftFromText(page));
    expect(article.body.map(blockText).join(" ")).toContain("The river fell by two metres");
    const banner = article.removed.filter((r) => r.reason === "cookie-banner").map((r) => r.text);
    expect(banner).toEqual([notice, "Accept all", "Reject all"]);
    // One button-like line alone does not take the paragraph above it, nor a row of them a paragraph
    // that does not speak of consent.
    const last = "Officials will meet on Monday to assess the damage to roads and bridges across the valley.";
    const single = filterBoilerplate(draftFromText([story, "Accept"].join("\n")));
    expect(single.body.map(blockText)).toContain(last);
    const bare = filterBoilerplate(draftFromText([story, "Accept all", "Reject all"].join("\n")));
    expect(bare.body.map(blockText)).toContain(last);
  });

  it("does not end the story at a menu's prompt after a notice of one paragraph", () => {
    const appeal =
      "Thank you for reading with us this month. Good reporting takes time and costs money, and most of what we " +
      "publish is paid for by readers like you rather than by advertisers, so please think about supporting the " +
      "newsroom that sends our reporters to the places where the news happens.";
    const paragraphs = [
      "The river fell by two metres overnight, and residents of the valley began returning to their homes on Sunday morning after a week away.",
      "Emergency crews said that the worst of the flooding was over, but they warned that the ground would stay saturated for days to come.",
      "Officials from the regional council will meet on Monday to assess the damage to the roads and bridges that were closed by the water.",
    ];
    const page = [appeal, "Continue", "Home", "Subscribe", ...paragraphs, "Share this article"].join("\n");
    const body = filterBoilerplate(draftFromText(page)).body.map(blockText);
    for (const p of paragraphs) expect(body).toContain(p);
  });

  it("removes the scripts and style sheets a scraper saved with the text, and keeps the story whole around them", () => {
    const paragraphs = story.split("\n").slice(1);
    const head = [
      '!function(a,b){var c=b(a,a.document);a.lazySizes=c,"object"==typeof module&&(module.exports=c)}(window,function(a,b){"use strict";if(b.getElementsByClassName){var c,d,e=b.documentElement;var f=a.Date,g=a.HTMLPictureElement;return c}})',
      '{"@context":"http://schema.org","@type":"NewsArticle","headline":"Flood waters recede","articleBody":"The river fell by two metres overnight, and residents began returning to their homes on Sunday morning. Emergency crews said the worst was over."}',
      "body,p,h1{margin:0;padding:0}.story p{font-family:Georgia,serif;font-size:18px;line-height:1.6;color:#222}",
    ];
    const ad =
      "window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.display('ad-slot-2');});";
    const page = ["Flood waters recede", ...head, ...paragraphs.slice(0, 2), ad, ...paragraphs.slice(2)].join(
      "\n",
    );
    const article = filterBoilerplate(draftFromText(page));
    expect(article.body.map(blockText)).toEqual(paragraphs.filter((p) => p !== "Advertisement"));
    expect(article.removed.filter((r) => r.reason === "hidden").map((r) => r.text)).toEqual([...head, ad]);
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
