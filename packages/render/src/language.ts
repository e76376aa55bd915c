// Primary language subtags written right to left (Arabic, Hebrew, Persian, Urdu, Yiddish, Pashto, Sindhi,
// Uyghur, Dhivehi, Central Kurdish, Syriac, N'Ko, Aramaic, Balochi, Kashmiri, Mazanderani, Southern Luri).
const RTL_LANGUAGES = new Set([
  "ar",
  "he",
  "iw",
  "fa",
  "ur",
  "yi",
  "ji",
  "ps",
  "sd",
  "ug",
  "dv",
  "ckb",
  "syr",
  "nqo",
  "arc",
  "bal",
  "ks",
  "mzn",
  "luz",
]);
// Scripts written right to left, for tags that name one (`az-Arab`, `pa-Arab`).
const RTL_SCRIPTS = new Set(["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr"]);
// Scripts that force left to right for a language otherwise written right to left (`ku-Latn`).
const LTR_SCRIPTS = new Set(["latn", "cyrl", "grek", "deva"]);

const DIGITS = "0123456789";

/** The writing direction of a BCP 47 language tag: `rtl` or `ltr`; undefined when no tag is known. */
export function textDirection(language: string | undefined): "rtl" | "ltr" | undefined {
  if (!language) return undefined;
  const [primary = "", ...rest] = language.toLowerCase().split("-");
  const script = rest.find((part) => part.length === 4 && !DIGITS.includes(part[0]!));
  if (script && RTL_SCRIPTS.has(script)) return "rtl";
  if (script && LTR_SCRIPTS.has(script)) return "ltr";
  return RTL_LANGUAGES.has(primary) ? "rtl" : "ltr";
}
