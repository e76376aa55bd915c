import { describe, expect, it } from "vitest";
import { stopwordsFor } from "./language.js";
import { wordHash, wordStats } from "./words.js";

describe("wordStats", () => {
  it("counts spaced words, stopwords and capitals", () => {
    const s = wordStats("The Cat sat on the mat", stopwordsFor("en"), "en");
    expect(s.words).toBe(6);
    expect(s.stopwords).toBeGreaterThanOrEqual(3);
    expect(s.casedWords).toBe(6);
    expect(s.capitalisedWords).toBe(2);
  });
  it("keeps apostrophes and hyphens inside words", () => {
    expect(wordStats("Tokyo’s well-known rock-'n'-roll", undefined, "en").words).toBe(3);
  });
  it("counts Cyrillic, Arabic and Devanagari words", () => {
    expect(wordStats("Лидеры России и Японии", stopwordsFor("ru"), "ru").words).toBe(4);
    expect(wordStats("قال الرئيس إن المحادثات مفيدة", stopwordsFor("ar"), "ar").words).toBe(5);
    expect(wordStats("नई दिल्ली में बैठक हुई", stopwordsFor("hi"), "hi").words).toBe(5);
  });
  it("segments Chinese and Japanese, which have no spaces", () => {
    const zh = wordStats("俄罗斯和日本领导人周二未能就争议岛屿达成协议。", stopwordsFor("zh"), "zh");
    expect(zh.words).toBeGreaterThan(6);
    expect(zh.words).toBeLessThan(20);
    const ja = wordStats("日本の首相は火曜日にモスクワを訪問した。", stopwordsFor("ja"), "ja");
    expect(ja.words).toBeGreaterThan(5);
    expect(ja.stopwords).toBeGreaterThan(0);
  });
  it("has no cased words in uncased scripts", () => {
    expect(wordStats("قال الرئيس", undefined, "ar").casedWords).toBe(0);
  });
});

describe("wordHash", () => {
  it("gives small non-negative integers that tell the stoplist's words apart", () => {
    const words = [...(stopwordsFor("en") ?? [])];
    const hashes = new Set(words.map(wordHash));
    expect(hashes.size).toBe(words.length);
    for (const h of hashes) expect(h >= 0 && h < 2 ** 30).toBe(true);
  });
  it("is what the scan looks up: a word missing from the list is not counted", () => {
    expect(wordStats("zebra quagga okapi", new Set(["zebra"]), "en").stopwords).toBe(1);
  });
});
