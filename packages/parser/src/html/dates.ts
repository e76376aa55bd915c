/**
 * Dates found in page markup, as ISO 8601: a date-time keeps its zone offset
 * when the page gives one (`+0100` becomes `+01:00`), a date alone stays a date.
 */

// Anchored, every quantifier bounded: no backtracking on long input.
const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const SLASH_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/;
const HAS_ZONE = /(?:GMT|UTC|[+-]\d{4}\b|\b[ECMP][SD]T\b)/;
const MONTH_FIRST = /\b([A-Za-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b/;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s{1,3}([A-Za-z]{3,9})\.?,?\s{1,3}(\d{4})\b/;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Years outside this range are typing errors or placeholders (`0000-00-00`), not publication dates. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const pad = (n: number) => String(n).padStart(2, "0");

function validDate(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)];
}

function zone(raw: string | undefined): string {
  if (raw === undefined) return "";
  const upper = raw.toUpperCase();
  if (upper === "Z" || upper === "UTC" || upper === "GMT") return "Z";
  const digits = raw.slice(1).replace(":", "");
  const hh = digits.slice(0, 2);
  const mm = digits.length >= 4 ? digits.slice(2, 4) : "00";
  return `${raw[0]}${hh}:${mm}`;
}

/** An ISO 8601 date or date-time for `value`, or undefined when it holds no recognisable date. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === "" || text.length > 200) return undefined;

  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, m, d, hh, mi, ss, frac, z] = iso;
    const year = Number(y);
    const month = Number(m);
    const day = Number(d);
    if (!validDate(year, month, day)) return undefined;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (hh === undefined || mi === undefined) return date;
    if (Number(hh) > 23 || Number(mi) > 59) return date;
    const seconds = ss === undefined ? ":00" : `:${ss}${frac ? `.${frac.slice(0, 3)}` : ""}`;
    return `${date}T${pad(Number(hh))}:${mi}${seconds}${zone(z)}`;
  }

  const compact = COMPACT_DATE.exec(text);
  if (compact) {
    const [, y, m, d, hh, mi, ss] = compact;
    if (!validDate(Number(y), Number(m), Number(d))) return undefined;
    const date = `${y}-${m}-${d}`;
    return hh !== undefined && mi !== undefined ? `${date}T${hh}:${mi}:${ss ?? "00"}` : date;
  }

  // A written date with a zone (RFC 2822 and its relatives): every engine parses these alike.
  if (HAS_ZONE.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) {
      const year = new Date(ms).getUTCFullYear();
      if (year >= MIN_YEAR && year <= MAX_YEAR) return new Date(ms).toISOString().replace(".000Z", "Z");
    }
  }

  const slash = SLASH_DATE.exec(text);
  if (slash) {
    const [, y, m, d] = slash;
    if (validDate(Number(y), Number(m), Number(d))) return `${y}-${pad(Number(m))}-${pad(Number(d))}`;
  }

  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1]!);
    const day = Number(monthFirst[2]);
    const year = Number(monthFirst[3]);
    if (month !== undefined && validDate(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2]!);
    const day = Number(dayFirst[1]);
    const year = Number(dayFirst[3]);
    if (month !== undefined && validDate(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}
