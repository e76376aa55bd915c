/**
 * JSON-LD: a schema.org `NewsArticle`, typed with `schema-dts`, ready for a
 * `<script type="application/ld+json">` element.
 */
import type { Article } from "@copydesk/schema";
import type { ImageObject, NewsArticle, Organization, Person, WebSite, WithContext } from "schema-dts";
import { articleUri } from "./identity.js";
import { checkInteger } from "./options.js";
import { plainText } from "./plain.js";
import { creditLine, datelineLead } from "./prose.js";
import { scriptSafeJson } from "./syntax/json.js";
import { IMAGE_SCHEMES, safeBase, safeUrl } from "./syntax/url.js";

/** The `NewsArticle` object, with its `@context`. */
export type NewsArticleJsonLd = WithContext<NewsArticle>;

export interface JsonLdOptions {
  /** Spaces of indentation; `0` writes one line. Default `2` (`0` for `toJsonLdScript`). From 0 to 10. */
  indent?: number;
  /** The publisher, when the article's `source.siteName` is not the right name (or is missing). */
  publisher?: { name: string; url?: string; logo?: string };
  /** The publication the article is part of (a `WebSite` named after `source.siteName` by default). */
  isPartOf?: { name: string; url?: string };
}

// JSON.stringify ignores indentation beyond ten spaces.
const MAX_INDENT = 10;

function organization(options: { name: string; url?: string; logo?: string }): Organization {
  const org: Organization = { "@type": "Organization", name: options.name };
  const url = safeBase(options.url);
  if (url) org.url = url;
  const logo = safeUrl(options.logo, IMAGE_SCHEMES);
  if (logo) org.logo = { "@type": "ImageObject", url: logo };
  return org;
}

function image(article: Article): ImageObject | undefined {
  const lead = article.leadImage ?? article.body.find((block) => block.type === "image");
  if (!lead) return undefined;
  const url = safeUrl(lead.src, IMAGE_SCHEMES, article.source.url);
  if (!url) return undefined;
  const object: ImageObject = { "@type": "ImageObject", url };
  if (lead.caption?.trim()) object.caption = lead.caption.trim();
  if (lead.credit?.trim()) object.creditText = lead.credit.trim();
  if (lead.width) object.width = { "@type": "QuantitativeValue", value: lead.width, unitCode: "E37" };
  if (lead.height) object.height = { "@type": "QuantitativeValue", value: lead.height, unitCode: "E37" };
  return object;
}

/** The plain text of the body, one block to a paragraph, as `articleBody` expects. */
function articleBody(article: Article): string {
  return article.body
    .map((block) => plainText(block, "jsonld").trim())
    .filter((text) => text !== "")
    .join("\n\n");
}

/**
 * The article as a schema.org `NewsArticle` object: `headline`, `author` (a
 * `Person` for each author, or the agency as an `Organization`),
 * `datePublished`, `dateModified`, `dateline`, `articleBody`, `image`,
 * `publisher`, `inLanguage`, `url` and `isPartOf`, each where the article
 * knows it.
 *
 * @throws UnknownBlockError for a block kind it does not know.
 */
export function toJsonLdObject(article: Article, options: JsonLdOptions = {}): NewsArticleJsonLd {
  const out: NewsArticleJsonLd = { "@context": "https://schema.org", "@type": "NewsArticle" };
  if (article.headline.trim()) out.headline = article.headline.trim();
  if (article.subheadline?.trim()) out.alternativeHeadline = article.subheadline.trim();
  if (article.description?.trim()) out.description = article.description.trim();

  const byline = article.byline;
  const people: Person[] = (byline?.authors ?? [])
    .map((name) => name.trim())
    .filter((name) => name !== "")
    .map((name) => ({ "@type": "Person", name }));
  if (people.length > 0) out.author = people;
  else if (byline?.agency?.trim()) out.author = organization({ name: byline.agency.trim() });
  else {
    const credit = creditLine(byline);
    if (credit) out.author = organization({ name: credit });
  }

  if (article.publishedAt) out.datePublished = article.publishedAt;
  if (article.modifiedAt) out.dateModified = article.modifiedAt;
  const dateline = datelineLead(article.dateline);
  if (dateline) out.dateline = dateline;
  const body = articleBody(article);
  if (body) out.articleBody = body;
  const img = image(article);
  if (img) out.image = img;

  const url = safeBase(article.source.url);
  const siteName = article.source.siteName?.trim();
  const publisher = options.publisher ?? (siteName ? { name: siteName } : undefined);
  if (publisher) out.publisher = organization(publisher);
  if (article.language) out.inLanguage = article.language;
  if (url) {
    out.url = url;
    out.mainEntityOfPage = url;
  }
  const partOf =
    options.isPartOf ?? (siteName ? { name: siteName, url: url && new URL(url).origin } : undefined);
  if (partOf) {
    const site: WebSite = { "@type": "WebSite", name: partOf.name };
    const siteUrl = safeBase(partOf.url);
    if (siteUrl) site.url = siteUrl;
    out.isPartOf = site;
  }
  out.identifier = articleUri(article);
  return out;
}

/**
 * The `NewsArticle` as JSON text, with `<` written `\u003c` so that it can be
 * placed inside a `<script>` element as it is.
 *
 * @throws CopydeskError `INVALID_OPTIONS` for an indent outside 0 to 10.
 */
export function toJsonLd(article: Article, options: JsonLdOptions = {}): string {
  const indent = checkInteger("jsonld", "indent", options.indent, 0, MAX_INDENT) ?? 2;
  return `${scriptSafeJson(JSON.stringify(toJsonLdObject(article, options), null, indent))}\n`;
}

/** The whole element: `<script type="application/ld+json">{…}</script>`, on one line unless `indent` says otherwise. */
export function toJsonLdScript(article: Article, options: JsonLdOptions = {}): string {
  const indent = checkInteger("jsonld", "indent", options.indent, 0, MAX_INDENT) ?? 0;
  const json = scriptSafeJson(JSON.stringify(toJsonLdObject(article, options), null, indent));
  return `<script type="application/ld+json">${json}</script>`;
}
