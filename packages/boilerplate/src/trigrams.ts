import { data } from "franc-min/data.js";
import { expressions } from "franc-min/expressions.js";

/**
 * franc's answer (`franc(value, { only, minLength })`, franc-min 6), computed
 * from franc's own trigram profiles and script expressions without its
 * per-call costs: franc cuts the sample into trigram strings, counts them in
 * an object and looks each up by string in every language's profile; here a
 * trigram is one number (its three UTF-16 code units, 16 bits each, exact in
 * a double), counted in a Map and looked up in numeric profiles built once
 * per language. The distance is franc's (the sum over the sample's distinct
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

const trigramKey = (s: string, i: number) =>
  s.charCodeAt(i) * 0x100000000 + s.charCodeAt(i + 1) * 0x10000 + s.charCodeAt(i + 2);

/** Profiles by script, then language: trigram key → rank, the first rank where a trigram is listed twice. */
const profiles = new Map<string, Map<string, Map<number, number>>>();
function profile(script: string, language: string): Map<number, number> {
  let byLanguage = profiles.get(script);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    profiles.set(script, byLanguage);
  }
  let ranks = byLanguage.get(language);
  if (ranks === undefined) {
    ranks = new Map();
    const trigrams = data[script]![language]!.split("|");
    for (let rank = trigrams.length - 1; rank >= 0; rank--) {
      const trigram = trigrams[rank]!;
      if (trigram.length === 3) ranks.set(trigramKey(trigram, 0), rank);
    }
    byLanguage.set(language, ranks);
  }
  return ranks;
}

/** The script whose expression matches the largest share of `value` (the first on a tie), and that share. */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  for (const script of Object.keys(expressions)) {
    const matches = value.match(expressions[script]!);
    const share = (matches ? matches.length : 0) / value.length || 0;
    if (share > topShare) {
      top = script;
      topShare = share;
    }
  }
  return [top, topShare];
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
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const key = trigramKey(padded, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = UNDETERMINED;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const language of Object.keys(data[script]!)) {
    if (!allowed(language, only)) continue;
    const ranks = profile(script, language);
    let distance = 0;
    for (const [key, count] of counts) {
      const rank = ranks.get(key);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    if (distance < bestDistance) {
      best = language;
      bestDistance = distance;
    }
  }
  return best;
}
