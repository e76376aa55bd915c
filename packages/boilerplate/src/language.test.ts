import { describe, expect, it } from "vitest";
import {
  detectLanguage,
  MIN_DETECT_LETTERS,
  STOPLIST_LANGUAGES,
  scriptVerdict,
  stopwordsFor,
} from "./language.js";

describe("detectLanguage", () => {
  it.each([
    [
      "en",
      "The leaders of Russia and Japan fell short of agreement on Tuesday over a disputed island chain.",
    ],
    [
      "de",
      "Die Bundesregierung hat am Dienstag beschlossen, dass die neuen Regeln ab Januar für alle gelten.",
    ],
    ["fr", "Le gouvernement a décidé mardi que les nouvelles règles s'appliqueront dès le mois de janvier."],
    ["es", "El gobierno decidió el martes que las nuevas normas se aplicarán a partir del mes de enero."],
    ["pt", "O governo decidiu na terça-feira que as novas regras serão aplicadas a partir de janeiro."],
    ["ru", "Лидеры России и Японии не смогли договориться во вторник о спорных островах."],
    ["ja", "日本の首相は火曜日にモスクワを訪問し、ロシアの大統領と会談した。"],
    ["zh", "俄罗斯和日本领导人周二未能就争议岛屿达成协议，双方同意继续谈判。"],
    ["ko", "러시아와 일본 정상은 화요일 분쟁 도서에 대한 합의에 이르지 못했다."],
    ["ar", "قال الرئيس الروسي إن المحادثات مع رئيس الوزراء الياباني كانت مفيدة وجوهرية."],
    ["hi", "नई दिल्ली में मंगलवार को दोनों देशों के नेताओं के बीच बैठक हुई।"],
    ["el", "Οι ηγέτες της Ρωσίας και της Ιαπωνίας δεν κατέληξαν σε συμφωνία την Τρίτη."],
    ["he", "מנהיגי רוסיה ויפן לא הגיעו להסכמה ביום שלישי על האיים השנויים במחלוקת."],
    ["th", "ผู้นำรัสเซียและญี่ปุ่นไม่สามารถบรรลุข้อตกลงเรื่องหมู่เกาะที่เป็นข้อพิพาทได้"],
  ])("identifies %s", (tag, text) => {
    expect(detectLanguage(text)).toBe(tag);
  });
  it(`reports nothing below ${MIN_DETECT_LETTERS} letters`, () => {
    expect(detectLanguage("Hello there")).toBeUndefined();
    expect(detectLanguage("12345 67890 !!! ---")).toBeUndefined();
    expect(detectLanguage("×÷ ×÷ ×÷ ×÷ ×÷ ×÷ ×÷ ×÷ ×÷ ×÷ ×÷ ×÷")).toBeUndefined();
  });
  it("goes by the script with the most letters, the first seen on a tie", () => {
    const greek = "Οι ηγέτες της Ρωσίας"; // 17 letters
    const hebrew = "מנהיגי רוסיה ויפן לא"; // 17 letters
    expect(detectLanguage(`${greek} ${hebrew}`)).toBe("el");
    expect(detectLanguage(`${hebrew} ${greek}`)).toBe("he");
    expect(detectLanguage(`${greek} ${hebrew} א`)).toBe("he");
  });
});

describe("scriptVerdict", () => {
  const verdict = (text: string) => scriptVerdict(text, text.length);
  it("names the language a script or English function words tell, else the script franc must read", () => {
    expect(verdict("日本の首相は火曜日にモスクワを訪問し、大統領と会談した。")).toEqual({ tag: "ja" });
    expect(verdict("Ο πρωθυπουργός επισκέφθηκε τη Μόσχα την Τρίτη.")).toEqual({ tag: "el" });
    expect(verdict("The prime minister said that the talks were useful for both sides.")).toEqual({
      tag: "en",
    });
    expect(verdict("Il primo ministro ha detto che i colloqui sono stati utili.")).toEqual({
      script: "latin",
    });
    expect(verdict("Премьер-министр заявил, что переговоры были полезными.")).toEqual({ script: "cyrillic" });
    expect(verdict("12:30 — 14:45")).toBeUndefined();
  });
});

describe("stopwordsFor", () => {
  it("has a stoplist for each of the web's common languages", () => {
    expect(STOPLIST_LANGUAGES.length).toBeGreaterThanOrEqual(20);
    for (const tag of STOPLIST_LANGUAGES) expect(stopwordsFor(tag)?.size, tag).toBeGreaterThan(50);
  });
  it("reads the primary subtag and Norwegian Bokmål", () => {
    expect(stopwordsFor("pt-BR")).toBe(stopwordsFor("pt"));
    expect(stopwordsFor("nb")).toBe(stopwordsFor("no"));
    expect(stopwordsFor("tlh")).toBeUndefined();
    expect(stopwordsFor(undefined)).toBeUndefined();
  });
});
