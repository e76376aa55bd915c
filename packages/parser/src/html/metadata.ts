/**
 * The page's metadata from what the single pass collected, each field from
 * the most reliable source that has it:
 * JSON-LD → OpenGraph / article:* → Twitter cards → other <meta> names →
 * microdata and <time> → the page's own text (h1, byline elements, dateline).
 */
import type { Byline, CandidateBlock, DraftMetadata, LeadImage } from "@copydesk/schema";
import { LanguageTagSchema } from "@copydesk/schema";
import { parseByline } from "../text/byline.js";
import { parseDateline } from "../text/dateline.js";
import { authorNames, isName } from "./byline.js";
import { toIsoDate } from "./dates.js";
import { type JsonLdArticle, readJsonLd } from "./metadata-jsonld.js";
import type { RawMetadata } from "./segment.js";
import { resolveUrl } from "./urls.js";

const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "published_time",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "dcterms.issued",
  "sailthru.date",
  "parsely-pub-date",
  "article.published",
  "cxenseparse:recs:publishtime",
];
const MODIFIED_META = [
  "article:modified_time",
  "og:updated_time",
  "datemodified",
  "last-modified",
  "dcterms.modified",
  "article.updated",
];
const AUTHOR_META = [
  "author",
  "article:author",
  "parsely-author",
  "sailthru.author",
  "dc.creator",
  "byl",
  "byline",
];
const DESCRIPTION_META = ["og:description", "description", "twitter:description"];
const IMAGE_META = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"];
const SITE_META = ["og:site_name", "application-name", "twitter:site"];

/** Bylines found inside these regions name other stories' authors or commenters. */
const FOREIGN_REGIONS = [
  "related",
  "sidebar",
  "comment",
  "comments",
  "recommended",
  "more",
  "promo",
  "footer",
  "aside",
];
/** Text longer than this is an author's biography, not a byline. */
const MAX_BYLINE_TEXT = 200;
/** A dateline opens one of the first few paragraphs of a story. */
const DATELINE_SEARCH_BLOCKS = 3;

const SPACES = /\s+/g;
const LOCALE = /^([a-z]{2,3})[_-]([a-z]{2})$/i;
// Applied to the collapsed title, whose spaces are single: no quantifier on them, no backtracking.
const TITLE_SEPARATOR = / [|–—·:-] [^|–—·:-]{2,60}$/;

export interface PageMetadata {
  metadata: DraftMetadata;
  siteName: string | undefined;
  canonicalUrl: string | undefined;
}

function first(meta: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = meta.get(key)?.trim();
    if (value) return value;
  }
  return undefined;
}

function comparable(text: string): string {
  return text.replace(SPACES, " ").trim().toLowerCase();
}

function language(...candidates: (string | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const trimmed = candidate.trim();
    const locale = LOCALE.exec(trimmed);
    const tag = locale ? `${locale[1]!.toLowerCase()}-${locale[2]!.toUpperCase()}` : trimmed;
    if (LanguageTagSchema.safeParse(tag).success) return tag;
  }
  return undefined;
}

function headline(raw: RawMetadata, ld: JsonLdArticle | undefined, blocks: readonly CandidateBlock[]) {
  const declared = [ld?.headline, raw.meta.get("og:title"), raw.meta.get("twitter:title"), raw.title]
    .filter((t): t is string => t !== undefined && t.trim() !== "")
    .map(comparable);
  const h1s = blocks.filter((b) => b.block.type === "heading" && b.block.level === 1);
  const headings =
    h1s.length > 0 ? h1s : blocks.filter((b) => b.block.type === "heading" && b.block.level === 2);
  // The visible heading that the page's own metadata names as its title.
  const named = headings.find((b) => {
    const text = comparable(b.text);
    return text.length > 0 && declared.some((d) => d === text || d.startsWith(text));
  });
  const chosen = named ?? (h1s.length === 1 ? h1s[0] : h1s.find((b) => b.features.inArticle));
  if (chosen !== undefined) return { text: chosen.text, span: chosen.span };
  const fromMeta = ld?.headline ?? raw.meta.get("og:title") ?? raw.meta.get("twitter:title");
  if (fromMeta?.trim()) return { text: fromMeta.replace(SPACES, " ").trim() };
  const title = raw.title.replace(SPACES, " ").trim().replace(TITLE_SEPARATOR, "");
  return title !== "" ? { text: title } : undefined;
}

function byline(raw: RawMetadata, ld: JsonLdArticle | undefined): Byline | undefined {
  const local = raw.bylines.filter(
    (b) => b.text.length <= MAX_BYLINE_TEXT && !b.hints.some((h) => FOREIGN_REGIONS.includes(h)),
  );
  const markupAuthors = (ld?.authors ?? []).flatMap((a) => authorNames(a)).filter(isName);
  let authors = markupAuthors;
  if (authors.length === 0) {
    const meta = first(raw.meta, AUTHOR_META);
    if (meta !== undefined) authors = authorNames(meta);
  }
  // The byline as the page shows it: the element naming these authors, or the first one outside sidebars.
  const shown =
    local.find((b) => authors.length > 0 && authors.some((a) => b.text.includes(a))) ??
    (authors.length === 0 ? local[0] : undefined);
  const parsed = shown !== undefined ? parseByline(shown.text) : undefined;
  if (authors.length === 0 && shown !== undefined) authors = parsed?.authors ?? authorNames(shown.text);
  if (authors.length === 0) return undefined;
  const agency = parsed?.agency;
  return {
    authors,
    text: shown?.text ?? authors.join(", "),
    ...(agency ? { agency } : {}),
    ...(shown ? { span: { start: shown.start, end: shown.end } } : {}),
  };
}

function sameImage(a: string, b: string): boolean {
  if (a === b) return true;
  const name = (url: string) => url.split("?")[0]!.split("/").pop() ?? url;
  return name(a) !== "" && name(a) === name(b);
}

function leadImage(
  raw: RawMetadata,
  ld: JsonLdArticle | undefined,
  blocks: readonly CandidateBlock[],
  base: URL | undefined,
): LeadImage | undefined {
  const declared = ld?.image ?? first(raw.meta, IMAGE_META);
  const images = blocks.filter((b) => b.block.type === "image");
  const src = declared !== undefined ? resolveUrl(declared, base) : undefined;
  const shown =
    (src !== undefined
      ? images.find((b) => b.block.type === "image" && sameImage(b.block.src, src))
      : undefined) ??
    (src === undefined ? (images.find((b) => b.features.inArticle) ?? images[0]) : undefined);
  if (shown !== undefined && shown.block.type === "image") {
    const { type: _, ...image } = shown.block;
    return image;
  }
  if (src === undefined) return undefined;
  return { src, ...(ld?.imageCaption ? { caption: ld.imageCaption } : {}) };
}

function dates(raw: RawMetadata, ld: JsonLdArticle | undefined) {
  const timeOf = (prop: string) =>
    raw.times.find((t) => t.prop === prop)?.value ??
    (prop === "datePublished"
      ? (raw.times.find((t) => t.inArticle && t.prop === "") ?? raw.times[0])?.value
      : undefined);
  const publishedAt =
    toIsoDate(ld?.datePublished) ??
    toIsoDate(first(raw.meta, PUBLISHED_META)) ??
    toIsoDate(timeOf("datePublished"));
  const modifiedAt =
    toIsoDate(ld?.dateModified) ??
    toIsoDate(first(raw.meta, MODIFIED_META)) ??
    toIsoDate(timeOf("dateModified"));
  return { publishedAt, modifiedAt };
}

/** A date in the page's text is read only from short lines this close to the headline (a dateline, "Posted on …"). */
const TEXT_DATE_BEFORE_HEADLINE = 3;
const TEXT_DATE_AFTER_HEADLINE = 5;
/** A line longer than this is prose: a date inside it is what the story is about, not when it was published. */
const TEXT_DATE_MAX_CHARS = 80;

/**
 * The published date the page shows in its text, when its markup has none:
 * the first short line around the headline that holds a date, nearest the headline first.
 */
function textDate(blocks: readonly CandidateBlock[], head: { span?: { start: number } } | undefined) {
  const at = head?.span === undefined ? -1 : blocks.findIndex((b) => b.span.start === head.span!.start);
  if (at < 0) return undefined;
  const order: number[] = [];
  for (let i = at + 1; i <= at + TEXT_DATE_AFTER_HEADLINE && i < blocks.length; i++) order.push(i);
  for (let i = at - 1; i >= at - TEXT_DATE_BEFORE_HEADLINE && i >= 0; i--) order.push(i);
  for (const i of order) {
    const { block, text } = blocks[i]!;
    if (block.type !== "paragraph" || text.length > TEXT_DATE_MAX_CHARS) continue;
    const date = toIsoDate(text);
    if (date !== undefined) return date;
  }
  return undefined;
}

function dateline(blocks: readonly CandidateBlock[]) {
  let seen = 0;
  for (const block of blocks) {
    if (block.block.type !== "paragraph") continue;
    if (block.features.inArticle === false && blocks.some((b) => b.features.inArticle)) continue;
    const found = parseDateline(block.text);
    if (found !== undefined) {
      // Its span would be relative to the paragraph's text, not to the page: the paragraph's own span covers it.
      const { span: _, ...withoutSpan } = found;
      return withoutSpan;
    }
    if (++seen >= DATELINE_SEARCH_BLOCKS) break;
  }
  return undefined;
}

export function readMetadata(
  raw: RawMetadata,
  blocks: readonly CandidateBlock[],
  base: URL | undefined,
): PageMetadata {
  const ld = readJsonLd(raw.jsonLd);
  const metadata: DraftMetadata = {};
  const head = headline(raw, ld, blocks);
  if (head !== undefined) metadata.headline = head;
  const description = ld?.description ?? first(raw.meta, DESCRIPTION_META);
  if (description !== undefined) metadata.description = description.replace(SPACES, " ").trim();
  const by = byline(raw, ld);
  if (by !== undefined) metadata.byline = by;
  const line = dateline(blocks);
  if (line !== undefined) metadata.dateline = line;
  const { publishedAt, modifiedAt } = dates(raw, ld);
  const shownDate = publishedAt ?? textDate(blocks, head);
  if (shownDate !== undefined) metadata.publishedAt = shownDate;
  if (modifiedAt !== undefined) metadata.modifiedAt = modifiedAt;
  const lang = language(
    raw.lang,
    ld?.inLanguage,
    raw.meta.get("og:locale"),
    raw.meta.get("content-language"),
  );
  if (lang !== undefined) metadata.language = lang;
  const image = leadImage(raw, ld, blocks, base);
  if (image !== undefined) metadata.leadImage = image;

  const canonical = raw.canonical ?? raw.meta.get("og:url") ?? ld?.url;
  const siteName = first(raw.meta, SITE_META) ?? ld?.publisher;
  return {
    metadata,
    siteName: siteName?.startsWith("@") ? (ld?.publisher ?? siteName) : siteName,
    canonicalUrl:
      canonical !== undefined && canonical.trim() !== "" ? resolveUrl(canonical, base) : undefined,
  };
}
