/**
 * How an article's furniture reads in prose, decided once for every format:
 * the byline ("By Jane Doe and John Roe, AFP"), the dateline ("MOSCOW (Reuters) —"),
 * photo credits and dates.
 */
import type { Byline, Dateline } from "@copydesk/schema";
import { readableDate } from "./dates.js";

/** The words the renderers add around the article's own text. Override them for another language. */
export interface ProseLabels {
  /** Before the authors' names: `By`. */
  by: string;
  /** Between the last two names: `and`. */
  and: string;
  /** Before a photo credit: `Photo`. */
  photo: string;
  /** Before the date of the last change: `Updated`. */
  updated: string;
  /** Heading of the list of related stories: `Related`. */
  related: string;
}

export const DEFAULT_LABELS: Readonly<ProseLabels> = Object.freeze({
  by: "By",
  and: "and",
  photo: "Photo",
  updated: "Updated",
  related: "Related",
});

/** The dash between a dateline and the story, as AP and most news sites set it. */
export const DATELINE_SEPARATOR = "—";

/** The labels with the caller's overrides applied. */
export function labelsWith(overrides: Partial<ProseLabels> | undefined): ProseLabels {
  return { ...DEFAULT_LABELS, ...overrides };
}

/** `A`, `A and B`, `A, B and C`. */
export function joinNames(names: readonly string[], labels: ProseLabels = DEFAULT_LABELS): string {
  const trimmed = names.map((n) => n.trim()).filter((n) => n !== "");
  if (trimmed.length <= 1) return trimmed[0] ?? "";
  return `${trimmed.slice(0, -1).join(", ")} ${labels.and} ${trimmed.at(-1)}`;
}

/**
 * Who wrote the story, without "By": `Jane Doe and John Roe, AFP`, `AFP`, or
 * the byline as written when it names no one the parser could separate.
 */
export function creditLine(
  byline: Byline | undefined,
  labels: ProseLabels = DEFAULT_LABELS,
): string | undefined {
  if (!byline) return undefined;
  const names = joinNames(byline.authors, labels);
  const agency = byline.agency?.trim();
  if (names && agency) return `${names}, ${agency}`;
  return names || agency || byline.text.trim() || undefined;
}

/** The byline as news sites print it: `By Jane Doe and John Roe, AFP`; an agency alone stands alone. */
export function bylineProse(
  byline: Byline | undefined,
  labels: ProseLabels = DEFAULT_LABELS,
): string | undefined {
  if (!byline) return undefined;
  const names = joinNames(byline.authors, labels);
  if (!names) return creditLine(byline, labels);
  const agency = byline.agency?.trim();
  return `${labels.by} ${names}${agency ? `, ${agency}` : ""}`;
}

/** The dateline without its separator: `MOSCOW`, `GROSSETO, Italy, Sept 28 (AP)`. */
export function datelineLead(dateline: Dateline | undefined): string | undefined {
  if (!dateline) return undefined;
  const place = dateline.place.trim();
  const date = dateline.date?.trim();
  const agency = dateline.agency?.trim();
  return `${place}${date ? `, ${date}` : ""}${agency ? ` (${agency})` : ""}`;
}

/** The dateline as it opens the story: `MOSCOW (Reuters) —`. */
export function datelineProse(dateline: Dateline | undefined): string | undefined {
  const lead = datelineLead(dateline);
  return lead === undefined ? undefined : `${lead} ${DATELINE_SEPARATOR}`;
}

/** A photo credit: `Photo: AFP`. */
export function photoCredit(
  credit: string | undefined,
  labels: ProseLabels = DEFAULT_LABELS,
): string | undefined {
  const trimmed = credit?.trim();
  return trimmed ? `${labels.photo}: ${trimmed}` : undefined;
}

/** A caption with its credit: `In Moscow (Photo: AFP)`, or either one alone. */
export function captionProse(
  caption: string | undefined,
  credit: string | undefined,
  labels: ProseLabels = DEFAULT_LABELS,
): string | undefined {
  const text = caption?.trim();
  const by = photoCredit(credit, labels);
  if (text && by) return `${text} (${by})`;
  return text || by;
}

/** The publication date as a reader reads it. */
export function publishedProse(iso: string | undefined): string | undefined {
  return iso === undefined ? undefined : readableDate(iso);
}

/** The date of the last change: `Updated January 22, 2019`. */
export function updatedProse(
  iso: string | undefined,
  labels: ProseLabels = DEFAULT_LABELS,
): string | undefined {
  return iso === undefined ? undefined : `${labels.updated} ${readableDate(iso)}`;
}
