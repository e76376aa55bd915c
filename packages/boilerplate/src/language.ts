import stopwordsIso from "stopwords-iso";
import { francOnly } from "./trigrams.js";

/**
 * Language identification and the stoplists the classifier reads.
 *
 * Scripts used by one language of the web's top twenty (kana, Hangul, Thai,
 * Greek, Hebrew) name it outright; for Latin, Cyrillic, Arabic and Devanagari
 * text, franc (trigram profiles) chooses among that script's languages.
 */

/** Below this many letters a guess is noise: no language is reported. */
export const MIN_DETECT_LETTERS = 20;
/**
 * franc reads at most this many characters. Its trigram profile settles well
 * before this on news prose, and its cost grows with the sample.
 */
export const DETECT_SAMPLE_CHARS = 400;

/** ISO 639-3 codes franc returns, mapped to the BCP 47 tag (the 639-1 code where one exists). */
const ISO3_TO_BCP47: Readonly<Record<string, string>> = {
  eng: "en",
  spa: "es",
  por: "pt",
  fra: "fr",
  deu: "de",
  ita: "it",
  nld: "nl",
  pol: "pl",
  tur: "tr",
  vie: "vi",
  ind: "id",
  ces: "cs",
  swe: "sv",
  ron: "ro",
  hun: "hu",
  hrv: "hr",
  bos: "bs",
  srp: "sr",
  tgl: "tl",
  zlm: "ms",
  rus: "ru",
  ukr: "uk",
  bul: "bg",
  bel: "be",
  kaz: "kk",
  arb: "ar",
  pes: "fa",
  urd: "ur",
  hin: "hi",
  mar: "mr",
  npi: "ne",
  uzn: "uz",
  azj: "az",
  swh: "sw",
  jav: "jv",
};

/** The languages franc may choose from, per script: the web's common ones and their close neighbours. */
const LATIN = [
  "eng",
  "spa",
  "por",
  "fra",
  "deu",
  "ita",
  "nld",
  "pol",
  "tur",
  "vie",
  "ind",
  "ces",
  "swe",
  "ron",
  "hun",
  "hrv",
  "tgl",
  "zlm",
  "swh",
];
const CYRILLIC = ["rus", "ukr", "bul", "bel", "kaz", "srp"];
const ARABIC = ["arb", "pes", "urd"];
const DEVANAGARI = ["hin", "mar", "npi"];

/** The scripts told apart, in the order of their indexes below. */
const SCRIPTS = [
  "latin",
  "cyrillic",
  "arabic",
  "devanagari",
  "greek",
  "hebrew",
  "thai",
  "hangul",
  "kana",
  "han",
] as const;
export type Script = (typeof SCRIPTS)[number];
const LATIN_INDEX = 0;
const KANA_INDEX = SCRIPTS.indexOf("kana");
const HAN_INDEX = SCRIPTS.indexOf("han");

/** Whether a verdict names a script (for franc to read) rather than a language. */
export const isScript = (verdict: string): verdict is Script =>
  (SCRIPTS as readonly string[]).includes(verdict);

/** The script of one UTF-16 code unit, by Unicode block; `undefined` for marks, digits, punctuation. */
function scriptOf(c: number): Script | undefined {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? "latin" : undefined;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? undefined : "latin";
  if (c >= 0x1e00 && c <= 0x1eff) return "latin";
  if (c >= 0x370 && c <= 0x3ff) return "greek";
  if (c >= 0x400 && c <= 0x52f) return "cyrillic";
  if (c >= 0x590 && c <= 0x5ff) return "hebrew";
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return "arabic";
  if (c >= 0x900 && c <= 0x97f) return "devanagari";
  if (c >= 0xe00 && c <= 0xe7f) return "thai";
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7af)) return "hangul";
  if (c >= 0x3040 && c <= 0x30ff) return "kana";
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return "han";
  return undefined;
}

/** Each code unit's script index plus one (`NO_SCRIPT` for none), learnt on first sight; 0: not seen yet. */
const scriptIndexes = new Uint8Array(0x10000);
const NO_SCRIPT = 0xff;
function scriptIndexOf(c: number): number {
  let k = scriptIndexes[c]!;
  if (k === 0) {
    const script = scriptOf(c);
    k = script === undefined ? NO_SCRIPT : SCRIPTS.indexOf(script) + 1;
    scriptIndexes[c] = k;
  }
  return k === NO_SCRIPT ? -1 : k - 1;
}

/** Scripts that name their language outright among the web's common languages. */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: "el",
  hebrew: "he",
  thai: "th",
  hangul: "ko",
};
/** Scripts whose language franc chooses, with the candidates it may choose from. */
export const SCRIPT_CANDIDATES: Partial<Record<Script, string[]>> = {
  latin: LATIN,
  cyrillic: CYRILLIC,
  arabic: ARABIC,
  devanagari: DEVANAGARI,
};
/**
 * Kana are a minority of Japanese characters (kanji carry most of the text):
 * this share of kana among Han-and-kana letters marks Japanese rather than Chinese.
 */
export const KANA_SHARE_JAPANESE = 0.1;

/**
 * English is half the web: a Latin-script sample where at least this share of
 * the words are English's commonest function words is English, and franc is
 * not asked. These words are rare in every other Latin-script language's
 * running text ("the", "and", "of", "to" …), and English prose is a fifth to a
 * quarter made of them.
 */
export const ENGLISH_FUNCTION_WORD_SHARE = 0.12;
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "the",
  "and",
  "of",
  "to",
  "is",
  "that",
  "was",
  "with",
  "for",
  "are",
  "this",
  "have",
  "has",
  "from",
  "by",
  "it",
  "were",
  "which",
  "would",
  "their",
  "been",
  "they",
  "he",
  "she",
  "will",
]);
/** Function words are two to five letters long. */
const FUNCTION_WORD_MAX = 5;
/** A word of up to six ASCII letters as one number, five bits a letter (a = 1 … z = 26): exact, and no string is made. */
function letterKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 32 + (word.charCodeAt(i) - 0x60);
  return key;
}
const ENGLISH_FUNCTION_KEYS: ReadonlySet<number> = new Set([...ENGLISH_FUNCTION_WORDS].map(letterKey));

/**
 * Counts the runs of ASCII letters in the first `end` code units, lower-cased
 * (what `/[a-z]+/g` finds in `text.slice(0, end).toLowerCase()`), and how many
 * of them are English function words, in one scan that makes no string. The
 * two characters outside ASCII that lower-case into it are read as they do:
 * `K` (Kelvin) as `k`, `İ` as `i` and a combining dot, which ends the word.
 */
function looksEnglish(text: string, end: number): boolean {
  let words = 0;
  let hits = 0;
  let length = 0;
  let key = 0;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0;
    let letter = 0;
    if (c >= 0x61 && c <= 0x7a) letter = c - 0x60;
    else if (c >= 0x41 && c <= 0x5a) letter = c - 0x40;
    else if (c === 0x212a) letter = 0x6b - 0x60;
    else if (c === 0x130) letter = 0x69 - 0x60;
    if (letter !== 0) {
      length++;
      if (length <= FUNCTION_WORD_MAX) key = key * 32 + letter;
      // İ lower-cases to `i` and a combining dot: its word ends with it.
      if (c !== 0x130) continue;
    }
    if (length === 0) continue;
    words++;
    if (length <= FUNCTION_WORD_MAX && ENGLISH_FUNCTION_KEYS.has(key)) hits++;
    length = 0;
    key = 0;
  }
  return words >= MIN_DETECT_LETTERS / 4 && hits >= words * ENGLISH_FUNCTION_WORD_SHARE;
}

/**
 * What a text's letters tell of its language before franc is asked: the
 * language its script names (Japanese, Chinese, Korean, Greek, Hebrew, Thai),
 * English where Latin text reads as English, else the script whose languages
 * franc must choose among. `undefined` when fewer than `MIN_DETECT_LETTERS`
 * letters are read. Reads the first `end` code units.
 */
export type ScriptVerdict = { tag: string; script?: undefined } | { tag?: undefined; script: Script };

export function scriptVerdict(text: string, end: number): ScriptVerdict | undefined {
  // Letters per script, and where each script was first seen (the first seen wins a tie).
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const firstSeen = [end, end, end, end, end, end, end, end, end, end];
  let letters = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters are most of the letters read: told without the table.
    const script =
      c < 0x80 ? ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? LATIN_INDEX : -1) : scriptIndexOf(c);
    if (script < 0) continue;
    letters++;
    const n = counts[script]!;
    counts[script] = n + 1;
    if (n === 0) firstSeen[script] = i;
  }
  if (letters < MIN_DETECT_LETTERS) return undefined;
  const han = counts[HAN_INDEX]!;
  const kana = counts[KANA_INDEX]!;
  if (han + kana > letters / 2) return { tag: kana >= (han + kana) * KANA_SHARE_JAPANESE ? "ja" : "zh" };
  let topIndex = LATIN_INDEX;
  for (let k = 0; k < SCRIPTS.length; k++) {
    const n = counts[k]!;
    const top = counts[topIndex]!;
    if (n > top || (n === top && firstSeen[k]! < firstSeen[topIndex]!)) topIndex = k;
  }
  const top = SCRIPTS[topIndex]!;
  const named = SCRIPT_LANGUAGE[top];
  if (named !== undefined) return { tag: named };
  if (top === "latin" && looksEnglish(text, end)) return { tag: "en" };
  return { script: top };
}

/**
 * The BCP 47 tag of the text's language (`en`, `de`, `ja`, `zh`, `ar` …), or
 * `undefined` when the text is too short or no language stands out.
 */
export function detectLanguage(text: string): string | undefined {
  if (typeof text !== "string") return undefined;
  const verdict = scriptVerdict(text, Math.min(text.length, DETECT_SAMPLE_CHARS * 2));
  if (verdict === undefined || verdict.tag !== undefined) return verdict?.tag;
  const only = SCRIPT_CANDIDATES[verdict.script];
  if (only === undefined) return undefined;
  const code = francOnly(text.slice(0, DETECT_SAMPLE_CHARS), only, MIN_DETECT_LETTERS);
  return ISO3_TO_BCP47[code];
}

/** Languages whose stoplist the classifier reads (stopwords-iso keys): the web's most common thirty. */
export const STOPLIST_LANGUAGES = [
  "en",
  "ru",
  "es",
  "de",
  "fr",
  "ja",
  "pt",
  "it",
  "nl",
  "pl",
  "tr",
  "fa",
  "zh",
  "vi",
  "id",
  "cs",
  "ko",
  "uk",
  "ar",
  "hu",
  "sv",
  "el",
  "ro",
  "da",
  "sk",
  "fi",
  "he",
  "th",
  "bg",
  "hi",
  "no",
] as const;

const lists = stopwordsIso as unknown as Record<string, readonly string[]>;
const cache = new Map<string, ReadonlySet<string> | undefined>();

/** Maps a tag to the stoplist key: the primary subtag, with Norwegian Bokmål and Nynorsk read as `no`. */
function stoplistKey(tag: string): string {
  const primary = tag.toLowerCase().split("-")[0] ?? "";
  return primary === "nb" || primary === "nn" ? "no" : primary;
}

/** The stoplist of a language (lower-cased words), or `undefined` when the language has none here. */
export function stopwordsFor(tag: string | undefined): ReadonlySet<string> | undefined {
  if (tag === undefined) return undefined;
  const key = stoplistKey(tag);
  if (cache.has(key)) return cache.get(key);
  const words = (STOPLIST_LANGUAGES as readonly string[]).includes(key) ? lists[key] : undefined;
  const set = words ? new Set(words.map((w) => w.toLowerCase())) : undefined;
  cache.set(key, set);
  return set;
}
