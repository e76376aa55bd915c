import { data } from "franc-min/data.js";
import { expressions } from "franc-min/expressions.js";

/**
 * franc's answer (`franc(value, { only, minLength })`, franc-min 6), computed
 * from franc's own trigram profiles and script expressions without its
 * per-call costs: franc cuts the sample into trigram strings, counts them in
 * an object and looks each up by string in every language's profile; here a
 * trigram is one number (see `trigramKey`), counted by sorting and looked up once in a table of its ranks in
 * all the candidate languages' profiles, built once per candidate list. The distance is franc's (the sum over the sample's distinct
 * trigrams of |count − rank − 1|, or MAX_DIFFERENCE when the profile lacks
 * it), and ties go to the language franc lists first, as its stable sort does.
 */

/** franc reads at most this many characters of a value. */
const MAX_LENGTH = 2048;
/** franc's distance for a trigram a profile lacks. */
const MAX_DIFFERENCE = 300;
/** What franc returns when it cannot tell. */
export const UNDETERMINED = "und";

/** trigram-utils' cleaning: ASCII punctuation, symbols and digits become spaces (code units, as there). */
const NOT_LETTERS = /[\u0021-\u0040]+/g;
/** collapse-white-space's default (`js`) style. */
const WHITE_SPACE = /\s+/g;

/**
 * A trigram as one number. Latin and Cyrillic trigrams (most samples) take
 * ten bits a code unit, so that their keys are small integers, which the
 * engine keeps unboxed; any other is its three code units, 16 bits each,
 * negated below -1 so that the two kinds never meet.
 */
function trigramKey(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  const x = tenBits(a);
  const y = tenBits(b);
  const z = tenBits(c);
  if ((x | y | z) >= 0) return (x << 20) | (y << 10) | z;
  return -1 - (a * 0x100000000 + b * 0x10000 + c);
}

/** A code unit below U+0300 as itself, one of U+0400–U+04FF (Cyrillic) after those, in ten bits; -1 for any other. */
function tenBits(c: number): number {
  if (c < 0x300) return c;
  return c >= 0x400 && c < 0x500 ? c - 0x100 : -1;
}

/**
 * The profiles of the languages franc may choose among in one script, side
 * by side: for each trigram, its rank in each language's profile (-1 where
 * the profile lacks it; the first rank where a trigram is listed twice). A
 * sample's trigram is looked up once for all the languages.
 */
interface Profiles {
  languages: string[];
  ranks: Map<number, Int16Array>;
}
/** Profiles by candidate list, then script. */
const profiles = new WeakMap<readonly string[], Map<string, Profiles>>();
function profilesFor(script: string, only: readonly string[]): Profiles {
  let byScript = profiles.get(only);
  if (byScript === undefined) {
    byScript = new Map();
    profiles.set(only, byScript);
  }
  let found = byScript.get(script);
  if (found === undefined) {
    const languages = Object.keys(data[script]!).filter((language) => allowed(language, only));
    const ranks = new Map<number, Int16Array>();
    languages.forEach((language, at) => {
      const trigrams = data[script]![language]!.split("|");
      for (let rank = trigrams.length - 1; rank >= 0; rank--) {
        const trigram = trigrams[rank]!;
        if (trigram.length !== 3) continue;
        const key = trigramKey(trigram, 0);
        let row = ranks.get(key);
        if (row === undefined) {
          row = new Int16Array(languages.length).fill(-1);
          ranks.set(key, row);
        }
        row[at] = rank;
      }
    });
    found = { languages, ranks };
    byScript.set(script, found);
  }
  return found;
}

/** franc's script expressions, in its order, each also as a pattern for one code unit. */
const SCRIPTS = Object.keys(expressions);
const SINGLE_UNIT = SCRIPTS.map((script) => new RegExp(expressions[script]!.source));
/**
 * Per code unit outside the surrogates, one bit for each script expression
 * that matches it (bit SCRIPTS.length: worked out), filled in on first sight:
 * the expressions run once per distinct code unit, not once per character.
 */
const scriptBits = new Int32Array(0x10000);
const KNOWN = 1 << SCRIPTS.length;

function scriptBitsOf(c: number): number {
  let bits = scriptBits[c]!;
  if (bits === 0) {
    bits = KNOWN;
    const unit = String.fromCharCode(c);
    for (let k = 0; k < SCRIPTS.length; k++) if (SINGLE_UNIT[k]!.test(unit)) bits |= 1 << k;
    scriptBits[c] = bits;
  }
  return bits & ~KNOWN;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/**
 * How many matches each script expression finds in `value`, in SCRIPTS'
 * order. Without surrogates every match is one code unit, so the units are
 * counted by their bits; text with astral characters is matched as franc does.
 */
function scriptMatches(value: string): ArrayLike<number> {
  const counts = new Int32Array(SCRIPTS.length);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isSurrogate(c)) return SCRIPTS.map((script) => value.match(expressions[script]!)?.length ?? 0);
    for (let bits = scriptBitsOf(c); bits !== 0; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)]!++;
  }
  return counts;
}

/** The script whose expression matches the largest share of `value` (the first on a tie), and that share. */
function topScript(value: string): [string | undefined, number] {
  const matches = scriptMatches(value);
  let top: string | undefined;
  let topShare = -1;
  for (let k = 0; k < SCRIPTS.length; k++) {
    const share = matches[k]! / value.length || 0;
    if (share > topShare) {
      top = SCRIPTS[k];
      topShare = share;
    }
  }
  return [top, topShare];
}

/**
 * The text's trigram keys in two sorted lists, so that each distinct trigram
 * is a run: counted without a map. Latin and Cyrillic keys (nearly all) fit
 * 32-bit integers, which sort about three times faster than doubles; the
 * others (a curly quote, another script) are sorted apart as doubles.
 */
function sortedTrigramKeys(text: string): [Int32Array, Float64Array] {
  const length = Math.max(0, text.length - 2);
  const small = new Int32Array(length);
  const other = new Float64Array(length);
  let smallCount = 0;
  let otherCount = 0;
  for (let i = 0; i < length; i++) {
    const key = trigramKey(text, i);
    if (key >= 0) small[smallCount++] = key;
    else other[otherCount++] = key;
  }
  return [small.subarray(0, smallCount).sort(), other.subarray(0, otherCount).sort()];
}

/** Adds each distinct trigram of sorted `keys` to the languages' distances; returns how many no profile lists. */
function addDistances(
  keys: Int32Array | Float64Array,
  ranks: Map<number, Int16Array>,
  distances: Float64Array,
): number {
  let unlisted = 0;
  for (let i = 0, count = 1; i < keys.length; i += count) {
    const key = keys[i]!;
    count = 1;
    while (i + count < keys.length && keys[i + count] === key) count++;
    const row = ranks.get(key);
    if (row === undefined) {
      unlisted++;
      continue;
    }
    for (let at = 0; at < row.length; at++) {
      const rank = row[at]!;
      distances[at] = distances[at]! + (rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1));
    }
  }
  return unlisted;
}

/** franc's `only`: an empty list allows every language. */
const allowed = (language: string, only: readonly string[]) => only.length === 0 || only.includes(language);

/** The ISO 639-3 code franc gives `value` among `only`, or `und`. */
export function francOnly(value: string, only: readonly string[], minLength: number): string {
  if (!value || value.length < minLength) return UNDETERMINED;
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  if (script === undefined || !(script in data)) {
    // A script of one language names it outright, when it is allowed.
    if (script === undefined || share === 0 || !allowed(script, only)) return UNDETERMINED;
    return script;
  }
  const padded = ` ${sample.replace(NOT_LETTERS, " ").replace(WHITE_SPACE, " ").trim().toLowerCase()} `;
  const [small, other] = sortedTrigramKeys(padded);
  const { languages, ranks } = profilesFor(script, only);
  const distances = new Float64Array(languages.length);
  // A trigram no profile lists costs every language the same.
  const unlisted = addDistances(small, ranks, distances) + addDistances(other, ranks, distances);
  let best = UNDETERMINED;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let at = 0; at < languages.length; at++) {
    const distance = distances[at]! + unlisted * MAX_DIFFERENCE;
    if (distance < bestDistance) {
      best = languages[at]!;
      bestDistance = distance;
    }
  }
  return best;
}
