import type { Article } from "copydesk";
import { type Child, h } from "../dom.ts";
import { safeHttpUrl } from "../safe-url.ts";

const MISSING = "—";

function row(label: string, field: string, value: Child | undefined): Child[] {
  return [
    h("dt", {}, label),
    h("dd", { "data-field": field, class: value ? undefined : "missing" }, value || MISSING),
  ];
}

function dateline(article: Article): Child | undefined {
  const d = article.dateline;
  if (!d) return undefined;
  const extras = [d.date, d.agency].filter(Boolean).join(", ");
  return h("span", {}, h("strong", {}, d.place), extras ? ` (${extras})` : "");
}

function byline(article: Article): string | undefined {
  const b = article.byline;
  if (!b) return undefined;
  const names = b.authors.join(", ");
  if (names && b.agency) return `${names} · ${b.agency}`;
  return names || b.agency || b.text;
}

function date(value: string | undefined): Child | undefined {
  if (!value) return undefined;
  return h("time", { datetime: value }, value);
}

function link(value: string | undefined): Child | undefined {
  if (!value) return undefined;
  const href = safeHttpUrl(value);
  // The page names its own address; the link leaves the demo, so it opens without referrer or opener.
  return href ? h("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, value) : value;
}

/** The article's metadata: who, where, when, in which language, from which site. */
export function metadataView(article: Article, fromBytes: boolean): Child[] {
  const s = article.source;
  return [
    ...row("Headline", "headline", article.headline || undefined),
    ...(article.subheadline ? row("Subheadline", "subheadline", article.subheadline) : []),
    ...row("Dateline", "dateline", dateline(article)),
    ...row("Byline", "byline", byline(article)),
    ...row("Published", "publishedAt", date(article.publishedAt)),
    ...(article.modifiedAt ? row("Modified", "modifiedAt", date(article.modifiedAt)) : []),
    ...row("Language", "language", article.language),
    ...row("Site", "siteName", s.siteName),
    ...row("URL", "url", link(s.url)),
    ...(article.description ? row("Description", "description", article.description) : []),
    ...row("Read as", "kind", s.kind === "html" ? "HTML" : "Plain text"),
    ...row(
      "Encoding",
      "encoding",
      s.encoding ?? (fromBytes ? undefined : "none to detect: pasted text is already characters"),
    ),
  ];
}
