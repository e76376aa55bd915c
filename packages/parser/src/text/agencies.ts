/**
 * News agencies the parser recognises in credit lines (`— AFP`), bylines
 * (`By Jane Doe, Reuters`) and datelines. Credit lines are matched against
 * this list only, so that a short closing line is never taken for a credit by
 * its shape alone. Keys are upper-cased; matching ignores case.
 */
import { letterIndex, letterTrie, nextState } from "./letter-trie.js";

const AGENCY_NAMES = [
  "AA",
  "AAP",
  "AFP",
  "AFP-JIJI",
  "Agence France-Presse",
  "Agencies",
  "ANA",
  "Anadolu",
  "Anadolu Agency",
  "ANI",
  "ANP",
  "ANSA",
  "Antara",
  "AP",
  "APA",
  "APP",
  "Associated Press",
  "Belga",
  "Bernama",
  "Bloomberg",
  "CP",
  "dpa",
  "EFE",
  "Europa Press",
  "IANS",
  "Interfax",
  "IRNA",
  "Jiji",
  "Kyodo",
  "KUNA",
  "Lusa",
  "NNA",
  "PA",
  "PA Media",
  "PAP",
  "Press Trust of India",
  "PTI",
  "Reuters",
  "RIA Novosti",
  "SPA",
  "Sputnik",
  "TASS",
  "The Associated Press",
  "The Canadian Press",
  "UNI",
  "UPI",
  "WAM",
  "Xinhua",
  "Yonhap",
];

const AGENCIES = new Set(AGENCY_NAMES.map((name) => name.toUpperCase()));

/** The lengths names have: this runs on every line, and most lines are answered without upper-casing them. */
const LENGTHS = new Set(AGENCY_NAMES.map((name) => name.length));
/** An ASCII code unit upper-cased. */
const upper = (c: number) => (c >= 0x61 && c <= 0x7a ? c - 0x20 : c);
/**
 * First and last letters of the names, upper-cased, as `first * 0x80 + last`.
 * Names are ASCII, and an ASCII letter upper-cases on its own, so a line that
 * starts or ends on an ASCII character off these pairs is no name; one that
 * starts or ends outside ASCII (`ı` and `ſ` upper-case to ASCII) goes on to
 * the full comparison.
 */
const ENDS = new Set(
  AGENCY_NAMES.map((name) => upper(name.charCodeAt(0)) * 0x80 + upper(name.charCodeAt(name.length - 1))),
);

/** The names' last words (each name's final run of letters: `PRESS`, `JIJI`), read from their last letter back. */
const LAST_WORDS = letterTrie(
  AGENCY_NAMES.map((name) => name.split(/[^A-Za-z]/).pop()!),
  true,
);

/** Per UTF-16 code unit: 0 not yet looked at, 1 its upper case holds ASCII (`ı` → `I`, `ß` → `SS`), 2 not. */
const UPPER_ASCII = new Uint8Array(0x10000);
const HOLDS_ASCII = /[\0-\x7f]/;
/**
 * Whether a non-ASCII code unit could upper-case into a name's letters. Most
 * (`’`, `…`, CJK) cannot, and then end a word as a space does. A surrogate
 * is counted as could, which only ever means one more full comparison.
 */
function upperCaseHoldsAscii(c: number): boolean {
  let k = UPPER_ASCII[c]!;
  if (k === 0) {
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    k = surrogate || HOLDS_ASCII.test(String.fromCharCode(c).toUpperCase()) ? 1 : 2;
    UPPER_ASCII[c] = k;
  }
  return k === 1;
}

/**
 * Whether `text` from `start` to `end` may end with a known agency: its final run of
 * ASCII letters, read back through the trie, is the last word of a name.
 * Every paragraph's last line is asked this, and almost all are answered no
 * by their last letter or two. A non-ASCII character next to or in the run
 * that could upper-case to ASCII (`ı`, `ß`) makes the answer yes, and the
 * caller's full comparison decides; any other ends the run.
 */
export function mayEndWithAgency(text: string, start: number, end: number): boolean {
  let state = 0;
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (upperCaseHoldsAscii(c)) return true;
      break;
    }
    const letter = letterIndex(c);
    if (letter === -1) break;
    state = nextState(LAST_WORDS, state, letter);
    if (state === 0) return false;
  }
  return LAST_WORDS.isWord[state]!;
}

/** Whether `name` (as written, any case) is a known news agency. */
export function isAgency(name: string): boolean {
  if (!LENGTHS.has(name.length)) return false;
  const first = name.charCodeAt(0);
  const last = name.charCodeAt(name.length - 1);
  if (first < 0x80 && last < 0x80 && !ENDS.has(upper(first) * 0x80 + upper(last))) return false;
  return AGENCIES.has(name.toUpperCase());
}
