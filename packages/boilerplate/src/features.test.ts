import type { CandidateBlock } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import {
  blockFeatures,
  countSentences,
  endsSentence,
  FEATURE_SAMPLE_CHARS,
  GLUED_MIN_WORDS,
  hasGluedTitle,
  holdsEndPrompt,
  SENTENCE_COUNT_LIMIT,
} from "./features.js";
import { stopwordsFor } from "./language.js";

const candidate = (text: string): CandidateBlock => ({
  block: { type: "paragraph", text },
  text,
  span: { start: 0, end: text.length },
  features: { index: 0, linkDensity: 0 },
});

describe("endsSentence", () => {
  it.each([
    "He left.",
    "Really?",
    "Stop!",
    "and so on…",
    "hailed the summit as “useful and substantial.”",
    "he called it “a disaster”",
    "he said 'no.'",
    "(Reporting by Jane Doe.)",
    "会談は火曜日に行われた。",
    "你好吗？",
    "هل انتهى الاجتماع؟",
    "انتهى الاجتماع۔",
    "बैठक मंगलवार को हुई।",
    "« Nous verrons. »",
    "កិច្ចប្រជុំបានបញ្ចប់។",
    "အစည်းအဝေး ပြီးဆုံးခဲ့သည်။",
  ])("counts %s as ending a sentence", (text) => {
    expect(endsSentence(text)).toBe(true);
  });

  it.each(["Home", "Read more", "Breaking News -", "Photo: Reuters", "(AP)", "Sports |"])(
    "does not count %s",
    (text) => {
      expect(endsSentence(text)).toBe(false);
    },
  );
});

describe("countSentences", () => {
  it("counts marks followed by a space or the end, not decimals or abbreviations glued to text", () => {
    expect(countSentences("It rose 2.5 percent. Then it fell! Why?")).toBe(3);
    expect(countSentences("www.example.com")).toBe(0);
  });
  it("counts CJK marks wherever they sit", () => {
    expect(countSentences("一。二。三")).toBe(2);
  });
});

describe("blockFeatures", () => {
  const en = stopwordsFor("en");
  it("reads a paragraph of prose", () => {
    const f = blockFeatures(
      candidate(
        "The leaders of Russia and Japan fell short of agreement on Tuesday over a disputed island chain.",
      ),
      en,
      "en",
    );
    expect(f.words).toBe(17);
    expect(f.terminal).toBe(true);
    expect(f.sentences).toBe(1);
    expect(f.stopwordDensity).toBeGreaterThan(0.35);
    expect(f.cue).toBeUndefined();
    expect(f.separator).toBe(false);
  });
  it("reads a headline list item", () => {
    const f = blockFeatures(
      candidate("Royal Family's Approach To Deal With Andrew Finally Revealed -"),
      en,
      "en",
    );
    expect(f.trailingMark).toBe(true);
    expect(f.terminal).toBe(false);
    expect(f.capitalisedShare).toBe(1);
  });
  it("reads separators and cues", () => {
    expect(blockFeatures(candidate("-"), en, "en").separator).toBe(true);
    expect(blockFeatures(candidate("* * *"), en, "en").separator).toBe(true);
    expect(blockFeatures(candidate("Advertisement"), en, "en").cue).toBe("advertisement");
  });
  it("reads a long paragraph of Thai, which marks no sentence's end, as ending one; a short line not", () => {
    const th = "th";
    const paragraph =
      "นายกรัฐมนตรีเดินทางไปเยือนจังหวัดเชียงใหม่เมื่อวันจันทร์ที่ผ่านมา เพื่อติดตามสถานการณ์น้ำท่วมที่ส่งผลกระทบต่อประชาชนกว่าหนึ่งหมื่นครัวเรือน โดยได้สั่งการให้หน่วยงานที่เกี่ยวข้องเร่งให้ความช่วยเหลืออย่างเร่งด่วน";
    const long = blockFeatures(candidate(paragraph), stopwordsFor(th), th);
    expect(long.words).toBeGreaterThanOrEqual(20);
    expect(long).toMatchObject({ terminal: true, sentences: 1 });
    const headline = blockFeatures(candidate("ราคาทองวันนี้ปรับขึ้นสามร้อยบาท"), stopwordsFor(th), th);
    expect(headline).toMatchObject({ terminal: false, sentences: 0 });
  });

  it("reads scripts, style sheets and JSON-LD as code, and prose with semicolons or a sum as prose", () => {
    const en = stopwordsFor("en");
    const code = (text: string) => blockFeatures(candidate(text), en, "en").code;
    expect(
      code(
        '!function(a,b){var c=b(a,a.document);a.lazySizes=c,"object"==typeof module&&(module.exports=c)}(window,function(a,b){"use strict";if(b.getElementsByClassName){var c,d,e=b.documentElement;',
      ),
    ).toBe(true);
    expect(
      code(
        'body,textarea,#respond textarea,.widget input[type="text"]{font-family:Georgia,serif;font-size:16px;color:#333;line-height:1.5}',
      ),
    ).toBe(true);
    expect(
      code(
        '{"@context":"http://schema.org","@type":"NewsArticle","headline":"Taliban free hostages","articleBody":"The Taliban said they freed two hostages in a prisoner swap."}',
      ),
    ).toBe(true);
    expect(
      code("var dataLayer = window.dataLayer || []; dataLayer.push({ event: 'pageview', section: 'news' });"),
    ).toBe(true);
    expect(
      code(
        "The new model brings upgraded internals for improved thermal performance; a new keyboard; better speakers; a larger display; and, at last, a physical escape key.",
      ),
    ).toBe(false);
    expect(
      code("Einstein showed that E = mc², and the physics of the sun follows from it; so does the bomb."),
    ).toBe(false);
    expect(code('He said "no": the talks were over, and the delegates left the hall before noon.')).toBe(
      false,
    );
  });

  it("has no stopword density without a stoplist", () => {
    expect(
      blockFeatures(candidate("Some words here."), undefined, undefined).stopwordDensity,
    ).toBeUndefined();
  });
});

describe("holdsEndPrompt", () => {
  it("finds a prompt that ends a story among a list's items", () => {
    expect(holdsEndPrompt(["Related", "Google Stadia", "Share", "Read these next"], "en")).toBe(true);
    expect(holdsEndPrompt(["Home", "Sign up for our newsletter"], "en")).toBe(true);
  });
  it("passes over items that name no prompt, or one that only interrupts a story", () => {
    expect(holdsEndPrompt(["Home", "World", "Politics"], "en")).toBe(false);
    expect(holdsEndPrompt(["Advertisement", "Read more"], "en")).toBe(false);
  });
});

describe("hasGluedTitle", () => {
  it("finds a Title Case title run into the next sentence", () => {
    expect(
      hasGluedTitle("Customers Leave Without Paying Bill At SteakhouseA party of six left without paying."),
    ).toBe(true);
  });
  it("finds a glued title whose capital lies outside ASCII", () => {
    expect(hasGluedTitle("Große Pläne Für Die StraßeÜber hundert Anwohner kamen.")).toBe(true);
  });
  it("finds a glued title after curly quotes and dashes", () => {
    expect(hasGluedTitle("“Big Storm Hits Coast” – TownsResidents fled on Monday.")).toBe(true);
  });
  it("reads a lower-cased copy where the text does not lower-case unit by unit", () => {
    const text = "Große Pläne Für Die ΣτράτεςÜber hundert Anwohner kamen.";
    expect(hasGluedTitle(text, text.toLowerCase())).toBe(true);
  });
  it("leaves brand names inside prose alone", () => {
    expect(hasGluedTitle("The drive is no slouch in the BlackMagic disk speed test.")).toBe(false);
    expect(hasGluedTitle("WeWork’s bond has weakened sharply this week.")).toBe(false);
  });
  it(`is read on blocks of ${GLUED_MIN_WORDS}+ words`, () => {
    const c = (text: string) => ({
      block: { type: "paragraph" as const, text },
      text,
      span: { start: 0, end: text.length },
      features: { index: 0, linkDensity: 0 },
    });
    expect(blockFeatures(c("Big Storm Hits TownsResidents fled."), undefined, "en").gluedTitle).toBe(false);
    expect(
      blockFeatures(
        c("Big Storm Hits Coast TownsResidents fled their homes on Monday night."),
        undefined,
        "en",
      ).gluedTitle,
    ).toBe(true);
  });
});

describe("long blocks", () => {
  const c = (text: string) => ({
    block: { type: "paragraph" as const, text },
    text,
    span: { start: 0, end: text.length },
    features: { index: 0, linkDensity: 0 },
  });
  it(`reads the first ${FEATURE_SAMPLE_CHARS} characters and scales the word count to the whole`, () => {
    const text = "The cat sat on the mat. ".repeat(100);
    const f = blockFeatures(c(text), stopwordsFor("en"), "en");
    expect(f.words).toBeGreaterThan(580);
    expect(f.words).toBeLessThan(620);
    expect(f.stopwordDensity).toBeGreaterThan(0.3);
    expect(f.chars).toBe(text.length);
  });
  it(`counts sentences up to ${SENTENCE_COUNT_LIMIT}`, () => {
    expect(blockFeatures(c("One. Two. Three. Four."), undefined, "en").sentences).toBe(SENTENCE_COUNT_LIMIT);
    expect(countSentences("One. Two. Three. Four.", 3)).toBe(3);
    // Among the first `end` code units; what follows the last of them is still read.
    expect(countSentences("One. Two. Three. Four.", 10, 9)).toBe(2);
    expect(countSentences("It rose 2.5 percent", 10, 10)).toBe(0);
  });
  it(`reads a long block's sentence ends from its first ${FEATURE_SAMPLE_CHARS} characters`, () => {
    const opening = "word ".repeat(FEATURE_SAMPLE_CHARS / 5);
    expect(blockFeatures(c(`${opening}ends here. And goes on`), undefined, "en").sentences).toBe(0);
    expect(blockFeatures(c(`Ends here. ${opening}and goes on`), undefined, "en").sentences).toBe(1);
  });
});
