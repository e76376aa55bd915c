/**
 * Script-aware word statistics of one block. Space-separated scripts are
 * split on letters and digits; Chinese, Japanese, Thai and the other scripts
 * written without spaces go through `Intl.Segmenter` where the runtime has it.
 */

export interface WordStats {
  /** Words, counted per script (a segmenter's words for unspaced scripts). */
  words: number;
  /** Words found in the language's stoplist. */
  stopwords: number;
  /** Words of a cased script (Latin, Cyrillic, Greek …). */
  casedWords: number;
  /** Cased words that begin with a capital letter. */
  capitalisedWords: number;
}

/**
 * Without a segmenter, an unspaced-script word is this many characters long
 * on average (Chinese words average 1.5–2 characters; Thai about 4–5, which
 * this undercounts, erring towards "short").
 */
export const UNSPACED_CHARS_PER_WORD = 2;

// A word starts with a letter or digit and runs through letters, marks, digits, apostrophes and hyphens.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
// Han, kana, Thai, Lao, Myanmar, Khmer: scripts written without spaces between words.
const UNSPACED =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const UNSPACED_GLOBAL = new RegExp(UNSPACED.source, "gu");

type Segmenter = { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> };
const segmenters = new Map<string, Segmenter | undefined>();

function segmenterFor(language: string | undefined): Segmenter | undefined {
  const key = language ?? "";
  if (segmenters.has(key)) return segmenters.get(key);
  const Ctor = (globalThis.Intl as { Segmenter?: new (l?: string, o?: object) => Segmenter }).Segmenter;
  let segmenter: Segmenter | undefined;
  try {
    segmenter = Ctor ? new Ctor(language, { granularity: "word" }) : undefined;
  } catch {
    segmenter = undefined;
  }
  segmenters.set(key, segmenter);
  return segmenter;
}

/** Counts the words of `text`; `stopwords` holds lower-case words. */
export function wordStats(
  text: string,
  stopwords: ReadonlySet<string> | undefined,
  language: string | undefined,
): WordStats {
  if (UNSPACED.test(text)) return unspacedStats(text, stopwords, language);
  const lower = text.toLowerCase();
  // Lower-casing keeps every index in place for all but a few letters (İ): then capitals go uncounted.
  const sameIndexes = lower.length === text.length;
  let words = 0;
  let stop = 0;
  let cased = 0;
  let capitalised = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    words++;
    const word = m[0];
    if (stopwords?.has(word)) stop++;
    if (!sameIndexes) continue;
    const first = text.charCodeAt(m.index);
    const firstLower = lower.charCodeAt(m.index);
    if (first !== firstLower) {
      cased++;
      capitalised++;
    } else if (firstLower >= 0x61 && firstLower <= 0x7a) {
      cased++;
    } else if (firstLower > 0x7f && text[m.index]!.toUpperCase() !== text[m.index]) {
      cased++;
    }
  }
  return { words, stopwords: stop, casedWords: cased, capitalisedWords: capitalised };
}

function unspacedStats(
  text: string,
  stopwords: ReadonlySet<string> | undefined,
  language: string | undefined,
) {
  const segmenter = segmenterFor(language);
  let words = 0;
  let stop = 0;
  if (segmenter) {
    for (const s of segmenter.segment(text)) {
      if (!s.isWordLike) continue;
      words++;
      if (stopwords?.has(s.segment.toLowerCase())) stop++;
    }
    return { words, stopwords: stop, casedWords: 0, capitalisedWords: 0 };
  }
  // No segmenter: unspaced characters by their average word length, plus the spaced words among them.
  UNSPACED_GLOBAL.lastIndex = 0;
  let unspacedChars = 0;
  while (UNSPACED_GLOBAL.exec(text) !== null) unspacedChars++;
  const rest = wordStats(text.replace(UNSPACED_GLOBAL, " "), stopwords, language);
  words = rest.words + Math.ceil(unspacedChars / UNSPACED_CHARS_PER_WORD);
  return { ...rest, words };
}
