import type { Article } from "copydesk";
import { type Child, h } from "../dom.ts";
import { safeHttpUrl } from "../safe-url.ts";

/** Other stories the source pointed to, listed apart from the article. */
export function relatedView(article: Article): Child[] {
  if (article.related.length === 0) return [h("p", { class: "empty" }, "No related stories were found.")];
  const base = article.source.url;
  return [
    h(
      "ol",
      { class: "related-list", "data-testid": "related-list" },
      ...article.related.map((link) => {
        const href = safeHttpUrl(link.url, base);
        return h(
          "li",
          {},
          href
            ? h("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, link.title)
            : link.title,
        );
      }),
    ),
  ];
}

/** What the pipeline noticed and repaired, or could not do. */
export function warningsView(article: Article): Child[] {
  if (article.warnings.length === 0) return [];
  return [
    h(
      "ul",
      { class: "warnings" },
      ...article.warnings.map((w) => h("li", { "data-code": w.code }, h("code", {}, w.code), " ", w.message)),
    ),
  ];
}
