/**
 * The article object of a page's JSON-LD: a `NewsArticle` or one of its
 * relatives, found at the top level, in an array, in `@graph` or as a
 * `mainEntity`. Invalid JSON is skipped: pages ship plenty of it.
 */

/** schema.org types that describe the story itself, most specific first. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "ReviewNewsArticle",
  "AskPublicNewsArticle",
  "LiveBlogPosting",
  "BlogPosting",
  "Article",
  "Report",
  "TechArticle",
  "ScholarlyArticle",
  "SocialMediaPosting",
  "DiscussionForumPosting",
  "Review",
]);

/** A nested object this deep is not metadata; stops a hostile document from recursing forever. */
const MAX_DEPTH = 12;

export interface JsonLdArticle {
  headline?: string;
  description?: string;
  authors: string[];
  datePublished?: string;
  dateModified?: string;
  image?: string;
  imageCaption?: string;
  publisher?: string;
  inLanguage?: string;
  url?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function types(node: { [key: string]: Json }): string[] {
  const t = node["@type"];
  if (typeof t === "string") return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === "string");
  return [];
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name ?? value["@value"]);
  return undefined;
}

function imageOf(value: Json | undefined): { url?: string; caption?: string } {
  if (typeof value === "string") return { url: value };
  if (Array.isArray(value)) return imageOf(value[0]);
  if (isObject(value)) {
    const url =
      text(value.url) ??
      text(value.contentUrl) ??
      (typeof value["@id"] === "string" ? value["@id"] : undefined);
    const caption = text(value.caption) ?? text(value.description);
    return { ...(url ? { url } : {}), ...(caption ? { caption } : {}) };
  }
  return {};
}

function authorsOf(value: Json | undefined, byId: Map<string, { [key: string]: Json }>): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const item of list) {
    let node = item;
    if (isObject(node) && node.name === undefined && typeof node["@id"] === "string")
      node = byId.get(node["@id"]) ?? node;
    const name = typeof node === "string" ? node : isObject(node) ? text(node.name) : undefined;
    if (name !== undefined && name !== "") names.push(name.trim());
  }
  return names;
}

function collect(
  node: Json,
  out: { [key: string]: Json }[],
  byId: Map<string, { [key: string]: Json }>,
  depth: number,
) {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out, byId, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  if (typeof node["@id"] === "string") byId.set(node["@id"], node);
  if (types(node).some((t) => ARTICLE_TYPES.has(t))) out.push(node);
  if (node["@graph"] !== undefined) collect(node["@graph"], out, byId, depth + 1);
  if (isObject(node.mainEntity) || Array.isArray(node.mainEntity))
    collect(node.mainEntity, out, byId, depth + 1);
}

function rank(node: { [key: string]: Json }): number {
  const t = types(node);
  let best = Number.POSITIVE_INFINITY;
  let i = 0;
  for (const type of ARTICLE_TYPES) {
    if (t.includes(type)) best = Math.min(best, i);
    i++;
  }
  return best;
}

/** The best article object among the page's JSON-LD scripts, or undefined. */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle | undefined {
  const found: { [key: string]: Json }[] = [];
  const byId = new Map<string, { [key: string]: Json }>();
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script.trim()) as Json;
    } catch {
      continue;
    }
    collect(data, found, byId, 0);
  }
  if (found.length === 0) return undefined;
  // The most specific type wins; among equals, the one that has a headline, then the first.
  found.sort((a, b) => rank(a) - rank(b));
  const node = found.find((n) => n.headline !== undefined) ?? found[0]!;
  const image = imageOf(node.image ?? node.thumbnailUrl);
  let publisher = node.publisher;
  if (isObject(publisher) && publisher.name === undefined && typeof publisher["@id"] === "string") {
    publisher = byId.get(publisher["@id"]) ?? publisher;
  }
  const mainEntity = node.mainEntityOfPage;
  const url = text(node.url) ?? (isObject(mainEntity) ? text(mainEntity["@id"]) : text(mainEntity));
  const result: JsonLdArticle = { authors: authorsOf(node.author ?? node.creator, byId) };
  const set = <K extends keyof JsonLdArticle>(key: K, value: JsonLdArticle[K] | undefined) => {
    if (value !== undefined) result[key] = value;
  };
  set("headline", text(node.headline) ?? text(node.name));
  set("description", text(node.description));
  set("datePublished", text(node.datePublished) ?? text(node.dateCreated));
  set("dateModified", text(node.dateModified));
  set("image", image.url);
  set("imageCaption", image.caption);
  set("publisher", isObject(publisher) ? text(publisher.name) : text(publisher));
  set("inLanguage", text(node.inLanguage));
  set("url", url);
  return result;
}
