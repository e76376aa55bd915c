/**
 * News agencies the parser recognises in credit lines (`— AFP`), bylines
 * (`By Jane Doe, Reuters`) and datelines. Credit lines are matched against
 * this list only, so that a short closing line is never taken for a credit by
 * its shape alone. Keys are upper-cased; matching ignores case.
 */
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

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function wordKey(length: number, first: number, last: number): number {
  return (length * 0x80 + first) * 0x80 + last;
}
/** The last word of each name (its final run of letters), upper-cased, keyed by length and end letters. */
const LAST_WORDS = new Set(
  AGENCY_NAMES.map((name) => {
    let i = name.length;
    while (i > 0 && isAsciiLetter(name.charCodeAt(i - 1))) i--;
    return wordKey(name.length - i, upper(name.charCodeAt(i)), upper(name.charCodeAt(name.length - 1)));
  }),
);

/**
 * Whether `text` before `end` may end with a known agency: its final run of
 * ASCII letters is the last word of a name (compared by length and end
 * letters, so this can only say yes too often). Every paragraph's last line
 * is asked this, and almost all answer no without a string being made. A
 * non-ASCII character next to the run could upper-case to ASCII (`ı`, `ß`):
 * then the answer is yes, and the caller's full comparison decides.
 */
export function mayEndWithAgency(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text.charCodeAt(i - 1) >= 0x80) return true;
  if (i === end) return false;
  return LAST_WORDS.has(wordKey(end - i, upper(text.charCodeAt(i)), upper(text.charCodeAt(end - 1))));
}

/** Whether `name` (as written, any case) is a known news agency. */
export function isAgency(name: string): boolean {
  if (!LENGTHS.has(name.length)) return false;
  const first = name.charCodeAt(0);
  const last = name.charCodeAt(name.length - 1);
  if (first < 0x80 && last < 0x80 && !ENDS.has(upper(first) * 0x80 + upper(last))) return false;
  return AGENCIES.has(name.toUpperCase());
}
