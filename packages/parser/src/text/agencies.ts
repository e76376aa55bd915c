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

/** Whether `name` (as written, any case) is a known news agency. */
export function isAgency(name: string): boolean {
  return LENGTHS.has(name.length) && AGENCIES.has(name.toUpperCase());
}
