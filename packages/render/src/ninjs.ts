/**
 * IPTC ninjs 3.1 (News in JSON): the article as a news item that validates
 * against the official JSON Schema.
 */
import type { Article } from "@copydesk/schema";
import { isOffset, rfc3339 } from "./dates.js";
import { bodyHtml } from "./html-blocks.js";
import { articleUri } from "./identity.js";
import { checkInteger, invalidOption } from "./options.js";
import { captionProse, creditLine, labelsWith, type ProseLabels } from "./prose.js";
import { IMAGE_SCHEMES, safeUrl } from "./syntax/url.js";
import { toText } from "./text.js";

/** A ninjs `headlines`, `bodies` or `descriptions` entry. */
export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

/** The associated lead image. */
export interface NinjsAssociation {
  name: string;
  uri: string;
  type: "picture";
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  by?: string;
  renditions?: { name: string; href: string; width?: number; height?: number }[];
}

/** The part of ninjs 3.1 this renderer writes. */
export interface NinjsDocument {
  uri: string;
  type: "text";
  representationType: "full";
  firstCreated?: string;
  versionCreated?: string;
  language?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsText[];
  by?: string;
  located?: string;
  associations?: NinjsAssociation[];
}

export interface NinjsOptions {
  /** Spaces of indentation; `0` writes one line. Default `2`. From 0 to 10. */
  indent?: number;
  /**
   * The zone (`Z` or `±HH:MM`) to assume for dates without one (`2019-01-22`,
   * `2019-01-22T14:05`). ninjs dates must be complete RFC 3339 date-times, so
   * without this option such dates are left out rather than guessed.
   */
  defaultOffset?: string;
  /** Words added around the article's text in the bodies ("By", "Photo" …). */
  labels?: Partial<ProseLabels>;
}

// JSON.stringify ignores indentation beyond ten spaces.
const MAX_INDENT = 10;
/** The association name IPTC's guidelines use for the picture that goes with a story. */
export const LEAD_IMAGE_ASSOCIATION = "featureimage";

function leadImage(article: Article, labels: ProseLabels): NinjsAssociation | undefined {
  const image = article.leadImage ?? article.body.find((block) => block.type === "image");
  if (!image) return undefined;
  const href = safeUrl(image.src, IMAGE_SCHEMES, article.source.url);
  if (!href) return undefined;
  const association: NinjsAssociation = { name: LEAD_IMAGE_ASSOCIATION, uri: href, type: "picture" };
  const caption = captionProse(image.caption, undefined, labels);
  if (caption) association.headlines = [{ role: "main", value: caption }];
  if (image.alt?.trim()) association.descriptions = [{ role: "alt", value: image.alt.trim() }];
  if (image.credit?.trim()) association.by = image.credit.trim();
  const rendition: NonNullable<NinjsAssociation["renditions"]>[number] = { name: "original", href };
  if (image.width) rendition.width = image.width;
  if (image.height) rendition.height = image.height;
  association.renditions = [rendition];
  return association;
}

/**
 * The article as a ninjs 3.1 object: `uri` (the source URL, else a
 * `urn:copydesk:article:` URN from a hash of the headline and body), `type`,
 * `headlines`, `descriptions`, `bodies` (plain text and HTML), `by`,
 * `located`, `language`, `firstCreated`, `versionCreated`, and the lead image
 * under `associations`.
 *
 * @throws UnknownBlockError for a block kind the text or HTML renderer does not know.
 * @throws CopydeskError `INVALID_OPTIONS` for a bad option.
 */
export function toNinjsObject(article: Article, options: NinjsOptions = {}): NinjsDocument {
  const offset = options.defaultOffset;
  if (offset !== undefined && (typeof offset !== "string" || !isOffset(offset))) {
    invalidOption("ninjs", "defaultOffset", '"Z" or an offset such as "+03:00"', offset);
  }
  const labels = labelsWith(options.labels);
  const out: NinjsDocument = { uri: articleUri(article), type: "text", representationType: "full" };

  const published = article.publishedAt === undefined ? undefined : rfc3339(article.publishedAt, offset);
  const modified = article.modifiedAt === undefined ? undefined : rfc3339(article.modifiedAt, offset);
  if (published) out.firstCreated = published;
  if (modified ?? published) out.versionCreated = modified ?? published;
  if (article.language) out.language = article.language;

  const headlines: NinjsText[] = [];
  if (article.headline.trim()) headlines.push({ role: "main", value: article.headline.trim() });
  if (article.subheadline?.trim()) headlines.push({ role: "sub", value: article.subheadline.trim() });
  if (headlines.length > 0) out.headlines = headlines;
  if (article.description?.trim())
    out.descriptions = [{ role: "summary", value: article.description.trim() }];

  // The bodies hold the story alone: no headline, byline or related stories, which have their own properties.
  const story: Article = {
    ...article,
    headline: "",
    subheadline: undefined,
    byline: undefined,
    publishedAt: undefined,
    modifiedAt: undefined,
    leadImage: undefined,
    related: [],
  };
  const text = toText(story, { related: false, labels }).trim();
  const html = bodyHtml(article, labels).join("\n");
  const bodies: NinjsText[] = [];
  if (text) bodies.push({ role: "main", contentType: "text/plain", value: text });
  if (html) bodies.push({ role: "richtext", contentType: "text/html", value: html });
  if (bodies.length > 0) out.bodies = bodies;

  const by = creditLine(article.byline, labels);
  if (by) out.by = by;
  if (article.dateline?.place.trim()) out.located = article.dateline.place.trim();
  const image = leadImage(article, labels);
  if (image) out.associations = [image];
  return out;
}

/**
 * The ninjs object as JSON text, ending with a newline.
 *
 * @throws as `toNinjsObject`, and `INVALID_OPTIONS` for an indent outside 0 to 10.
 */
export function toNinjs(article: Article, options: NinjsOptions = {}): string {
  const indent = checkInteger("ninjs", "indent", options.indent, 0, MAX_INDENT) ?? 2;
  return `${JSON.stringify(toNinjsObject(article, options), null, indent)}\n`;
}
