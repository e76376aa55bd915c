import { describe, expect, it } from "vitest";
import { stopwordsFor } from "./language.js";
import {
  foldUnit,
  isCapital,
  isCasedLower,
  lowerCopy,
  UNSPACED_SAMPLE_WORDS,
  wordHash,
  wordStats,
} from "./words.js";

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
  it(`segments the first ${UNSPACED_SAMPLE_WORDS} words of a long unspaced block and scales the counts`, () => {
    const sentence = "国家统计局周三公布的数据显示，居民收入同比增长，消费市场持续回暖。";
    const text = sentence.repeat(Math.ceil((UNSPACED_SAMPLE_WORDS * 5) / sentence.length));
    const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
    const stoplist = stopwordsFor("zh")!;
    let words = 0;
    let stop = 0;
    for (const s of segmenter.segment(text)) {
      if (!s.isWordLike) continue;
      words++;
      if (stoplist.has(s.segment)) stop++;
    }
    const s = wordStats(text, stoplist, "zh");
    expect(Math.abs(s.words - words)).toBeLessThanOrEqual(words * 0.05);
    expect(Math.abs(s.stopwords / s.words - stop / words)).toBeLessThan(0.02);
    // Read from its opening: a different ending changes nothing.
    expect(wordStats(`${text}${"、".repeat(40)}`, stoplist, "zh").words).toBeGreaterThan(s.words);
    expect(wordStats(`${text.slice(0, -1)}！`, stoplist, "zh").words).toBe(s.words);
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

describe("foldUnit", () => {
  it("lower-cases a code unit as the runtime lower-cases it alone", () => {
    for (const ch of "AZÄÉÖÜÀÞĀΑΩАЯԱՖ")
      expect(String.fromCharCode(foldUnit(ch.charCodeAt(0)))).toBe(ch.toLowerCase());
    for (const ch of "az09 -’ßı日") expect(foldUnit(ch.charCodeAt(0))).toBe(ch.charCodeAt(0));
  });
  it("folds no-break spaces to a plain space, which is no capital", () => {
    for (const ch of "\u00a0\u2007\u202f") {
      expect(foldUnit(ch.charCodeAt(0))).toBe(0x20);
      expect(isCapital(ch.charCodeAt(0))).toBe(false);
    }
    expect(isCapital("A".charCodeAt(0))).toBe(true);
    expect(isCapital("a".charCodeAt(0))).toBe(false);
    expect(lowerCopy("All\u00a0Rights\u202fReserved", 99)).toBe("all rights reserved");
  });
  it("tells the letters with a capital form", () => {
    expect(isCasedLower("a".charCodeAt(0))).toBe(true);
    expect(isCasedLower("ß".charCodeAt(0))).toBe(true);
    expect(isCasedLower("A".charCodeAt(0))).toBe(false);
    expect(isCasedLower("日".charCodeAt(0))).toBe(false);
  });
});

describe("wordStats without a lower-cased copy", () => {
  it("reads the text itself when it lower-cases unit by unit", () => {
    const text = "Große Pläne";
    const s = wordStats(text, new Set(["große"]), "de");
    expect(s.lower).toBe(text);
    expect(s.stopwords).toBe(1);
    expect(s.capitalisedWords).toBe(2);
  });
  it("reads a lower-cased copy where the runtime lower-cases in context (Σ, İ, astral capitals)", () => {
    for (const text of ["ΟΔΟΣ ΑΘΗΝΑΣ", "İstanbul", "𐐀𐐨 word"]) {
      const s = wordStats(text, undefined, undefined);
      expect(s.lower).toBe(text.toLowerCase());
    }
    // The final sigma is looked up as the runtime lower-cases it.
    expect(wordStats("ΟΔΟΣ", new Set(["οδος"]), "el").stopwords).toBe(1);
  });
  it("reads only the first `end` code units", () => {
    const s = wordStats("One two three four", undefined, "en", undefined, 7);
    expect(s.words).toBe(2);
  });
  it("notes where a capital first follows three lower-case letters", () => {
    expect(wordStats("Bill At SteakhouseA party", undefined, "en").camelAt).toBe(18);
    expect(wordStats("The BlackMagic test", undefined, "en").camelAt).toBe(9);
    expect(wordStats("The NASA iPhone test", undefined, "en").camelAt).toBe(-1);
  });
});
