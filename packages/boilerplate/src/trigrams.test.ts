import { franc } from "franc-min";
import { describe, expect, it } from "vitest";
import { SCRIPT_CANDIDATES } from "./language.js";
import { francOnly, UNDETERMINED } from "./trigrams.js";

// The candidates detectLanguage hands franc for Latin and Cyrillic text.
const LATIN = SCRIPT_CANDIDATES.latin!;
const CYRILLIC = SCRIPT_CANDIDATES.cyrillic!;

const SAMPLES = [
  "Die Bundesregierung hat am Dienstag beschlossen, dass die neuen Regeln ab Januar für alle gelten.",
  "Le gouvernement a décidé mardi que les nouvelles règles s'appliqueront dès le mois de janvier.",
  "El gobierno decidió el martes que las nuevas normas se aplicarán a partir del mes de enero.",
  "O governo decidiu na terça-feira que as novas regras serão aplicadas a partir de janeiro.",
  "Il governo ha deciso martedì che le nuove regole si applicheranno a partire da gennaio.",
  "Pemerintah memutuskan pada hari Selasa bahwa aturan baru akan berlaku mulai Januari.",
  "Rząd zdecydował we wtorek, że nowe przepisy będą obowiązywać od stycznia.",
  "Hükümet salı günü yeni kuralların ocak ayından itibaren geçerli olacağına karar verdi.",
  "Лидеры России и Японии не смогли договориться во вторник о спорных островах.",
  "Лідери України та Польщі домовилися у вівторок про нові правила.",
  "The leaders of Russia and Japan fell short of agreement on Tuesday.",
  "Ünïcödé — “quotes”, 123 numbers & symbols!!! mixed   with\twhite\nspace İstanbul",
  "Ελληνικά κείμενα για δοκιμή της γλώσσας με αρκετό μήκος.",
  "短い",
  "漢字とかなの混じった日本語の文章は、かなが少なくても日本語として読まれるはずです。",
  "𠀀𠀁𠀂 and an emoji 😀 inside a sentence that is long enough for franc to read.",
  "",
];

describe("francOnly", () => {
  it.each(SAMPLES)("gives franc's answer for %s", (sample) => {
    for (const only of [LATIN, CYRILLIC, ["ell"], []]) {
      expect(francOnly(sample, only, 20)).toBe(franc(sample, { only, minLength: 20 }));
    }
  });
  it("gives franc's answer on random mixtures of words from several languages", () => {
    const words = SAMPLES.join(" ").split(/\s+/u);
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 300; n++) {
      const sample = Array.from(
        { length: 4 + Math.floor(next() * 40) },
        () => words[Math.floor(next() * words.length)],
      ).join(" ");
      expect(francOnly(sample, LATIN, 20), sample).toBe(franc(sample, { only: LATIN, minLength: 20 }));
    }
  });
  it(`is ${UNDETERMINED} below the minimum length`, () => {
    expect(francOnly("Kurz.", LATIN, 20)).toBe(UNDETERMINED);
  });
});
