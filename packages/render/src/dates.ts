/**
 * Reading the schema's ISO 8601 dates (`2019-01-22`, `2019-01-22T14:05`,
 * `2019-01-22T14:05:00+03:00`) and writing them the way each format wants.
 * No clock and no locale data: the same input always gives the same bytes.
 */

/** An ISO date taken apart. `time` and `zone` are absent when the input has none. */
export interface DateParts {
  year: string;
  month: string;
  day: string;
  time?: { hour: string; minute: string; second: string; fraction: string };
  /** `Z`, or a signed offset written `+HH:MM`. */
  zone?: string;
}

// Date, then optional time (seconds and fraction optional), then optional zone. Each part is fixed-width: linear.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Parts of an ISO 8601 date, or undefined when the string is not one. */
export function parseIsoDate(iso: string): DateParts | undefined {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = m;
  const parts: DateParts = { year: year!, month: month!, day: day! };
  if (hour !== undefined && minute !== undefined) {
    parts.time = { hour, minute, second: second ?? "00", fraction: fraction ?? "" };
  }
  if (zone !== undefined) parts.zone = normaliseZone(zone);
  return parts;
}

function normaliseZone(zone: string): string {
  if (zone === "Z") return "Z";
  const digits = zone.slice(1).replace(":", "");
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || "00"}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * The date as a reader reads it: `January 22, 2019, 14:05 UTC+03:00`. Written
 * without `Intl`, whose output differs between engines and ICU versions.
 */
export function readableDate(iso: string): string {
  const parts = parseIsoDate(iso);
  const month = parts && MONTHS[Number(parts.month) - 1];
  if (!parts || !month) return iso;
  let out = `${month} ${Number(parts.day)}, ${parts.year}`;
  if (parts.time) out += `, ${parts.time.hour}:${parts.time.minute}`;
  if (parts.time && parts.zone) out += parts.zone === "Z" ? " UTC" : ` UTC${parts.zone}`;
  return out;
}

/**
 * An RFC 3339 date-time (`2019-01-22T14:05:00+03:00`), as JSON Schema's
 * `date-time` format requires. A date without a time or a time without a zone
 * is completed with `defaultOffset` when one is given; otherwise undefined,
 * since inventing a zone would state something the source never said.
 */
export function rfc3339(iso: string, defaultOffset?: string): string | undefined {
  const parts = parseIsoDate(iso);
  if (!parts) return undefined;
  const zone = parts.time ? (parts.zone ?? defaultOffset) : defaultOffset;
  if (zone === undefined) return undefined;
  const t = parts.time ?? { hour: "00", minute: "00", second: "00", fraction: "" };
  return `${parts.year}-${parts.month}-${parts.day}T${t.hour}:${t.minute}:${t.second}${t.fraction}${zone}`;
}

/** NITF's `norm` attribute: ISO 8601 basic format, `20190122T140500+0300` or `20190122`. */
export function basicIsoDate(iso: string): string | undefined {
  const parts = parseIsoDate(iso);
  if (!parts) return undefined;
  let out = `${parts.year}${parts.month}${parts.day}`;
  if (parts.time) {
    out += `T${parts.time.hour}${parts.time.minute}${parts.time.second}`;
    if (parts.zone) out += parts.zone.replace(":", "");
  }
  return out;
}

// `Z` or `±HH:MM` with hours up to 23: what `defaultOffset` options accept.
const OFFSET = /^(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Whether `value` is a zone `rfc3339` can append. */
export function isOffset(value: string): boolean {
  return OFFSET.test(value);
}
