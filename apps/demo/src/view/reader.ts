import type { Article, Block } from "copydesk";
import { type Child, h } from "../dom.ts";
import { safeHttpUrl } from "../safe-url.ts";

/** Body headings sit under the article's own h2 headline, so their levels shift down by this much. */
const HEADING_OFFSET = 1;
const MAX_HEADING = 6;

function heading(level: number, text: string): HTMLElement {
  const tag = `h${Math.min(MAX_HEADING, level + HEADING_OFFSET)}` as "h2" | "h3" | "h4" | "h5" | "h6";
  return h(tag, { "data-block": "heading" }, text);
}

/** An image is described, not loaded: the demo fetches nothing. */
function image(src: string, alt?: string, caption?: string, credit?: string, base?: string): HTMLElement {
  const href = safeHttpUrl(src, base);
  return h(
    "figure",
    { "data-block": "image" },
    h(
      "div",
      { class: "image-placeholder" },
      h("span", {}, alt ? `Image: ${alt}` : "Image"),
      href ? h("span", { class: "image-src" }, href) : h("span", { class: "image-src" }, src),
    ),
    caption || credit
      ? h("figcaption", {}, caption ?? "", credit ? h("span", { class: "credit" }, ` ${credit}`) : null)
      : null,
  );
}

function block(b: Block, base?: string): HTMLElement {
  switch (b.type) {
    case "paragraph":
      return h("p", { "data-block": "paragraph" }, b.text);
    case "heading":
      return heading(b.level, b.text);
    case "quote":
      return h(
        "blockquote",
        { "data-block": "quote" },
        h("p", {}, b.text),
        b.attribution ? h("footer", {}, `— ${b.attribution}`) : null,
      );
    case "list":
      return h(
        b.ordered ? "ol" : "ul",
        { "data-block": "list" },
        ...b.items.map((item) => h("li", {}, item)),
      );
    case "image":
      return image(b.src, b.alt, b.caption, b.credit, base);
    case "caption":
      return h("p", { class: "caption", "data-block": "caption" }, b.text, b.credit ? ` ${b.credit}` : "");
    case "table":
      return h(
        "table",
        { "data-block": "table" },
        b.caption ? h("caption", {}, b.caption) : null,
        b.head ? h("thead", {}, h("tr", {}, ...b.head.map((cell) => h("th", { scope: "col" }, cell)))) : null,
        h("tbody", {}, ...b.rows.map((row) => h("tr", {}, ...row.map((cell) => h("td", {}, cell))))),
      );
    case "preformatted":
      return h("pre", { "data-block": "preformatted" }, b.text);
    default: {
      // A block kind this demo does not know yet still shows its text.
      const unknown = b as { type: string; text?: string };
      return h("p", { "data-block": unknown.type }, unknown.text ?? "");
    }
  }
}

/** The clean article as a reader would see it, built from text nodes only. */
export function readerView(article: Article): Child[] {
  const base = article.source.url;
  const firstParagraph = article.body.find((b) => b.type === "paragraph");
  // Show the dateline where a reader expects it, unless the first paragraph already starts with it.
  const datelineLead =
    article.dateline &&
    !(firstParagraph?.type === "paragraph" && firstParagraph.text.startsWith(article.dateline.place));
  const bylineText = article.byline
    ? article.byline.authors.length > 0
      ? `By ${article.byline.authors.join(", ")}${article.byline.agency ? ` (${article.byline.agency})` : ""}`
      : article.byline.text
    : undefined;

  // The lead image is shown above the story unless the body already shows it.
  const lead =
    article.leadImage && !article.body.some((b) => b.type === "image" && b.src === article.leadImage?.src)
      ? article.leadImage
      : undefined;

  const body = article.body.map((b) => {
    const el = block(b, base);
    if (datelineLead && b === firstParagraph && article.dateline) {
      el.prepend(h("strong", { class: "dateline-lead" }, article.dateline.place), " — ");
    }
    return el;
  });

  return [
    article.headline
      ? h("h2", { class: "headline", "data-testid": "reader-headline" }, article.headline)
      : h("h2", { class: "headline missing" }, "(no headline found)"),
    article.subheadline ? h("p", { class: "subheadline" }, article.subheadline) : null,
    bylineText ? h("p", { class: "byline" }, bylineText) : null,
    lead ? image(lead.src, lead.alt, lead.caption, lead.credit, base) : null,
    ...(body.length > 0 ? body : [h("p", { class: "empty" }, "No story text was found.")]),
  ];
}
