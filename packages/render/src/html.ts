/**
 * HTML: a semantic `<article>` fragment, safe to insert into any page, or a
 * complete document with a small stylesheet. All text is escaped, every
 * attribute is quoted, links are http, https or mailto only, images http or
 * https only, and no element carries an event handler or inline style.
 */
import type { Article, LeadImage } from "@copydesk/schema";
import { readableDate } from "./dates.js";
import { bodyLines, figure, type HtmlContext, text } from "./html-blocks.js";
import { textDirection } from "./language.js";
import { checkBoolean } from "./options.js";
import { bylineProse, datelineProse, labelsWith, type ProseLabels, publishedProse } from "./prose.js";
import { attribute } from "./syntax/markup.js";
import { LINK_SCHEMES, safeUrl } from "./syntax/url.js";

export interface HtmlOptions {
  /** A complete HTML document (`<!doctype html>` … `</html>`) instead of an `<article>` fragment. Default `false`. */
  document?: boolean;
  /** With `document`, include the small built-in stylesheet. Default `true`. */
  stylesheet?: boolean;
  /** Add the related stories as an `<aside>` at the end of the article. Default `true`. */
  related?: boolean;
  /** Words added around the article's text ("By", "and", "Photo", "Updated", "Related"). */
  labels?: Partial<ProseLabels>;
}

/** A readable measure, system fonts, images that fit, tables with rules: nothing more. */
export const STYLESHEET = `body{margin:0;padding:1.5rem;font:1.125rem/1.6 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}
article{max-width:40rem;margin:0 auto}
h1,h2,h3,h4,h5,h6{font-family:system-ui,sans-serif;line-height:1.25}
header address,header p{font:0.95rem/1.5 system-ui,sans-serif;color:#555;font-style:normal;margin:0.25rem 0}
header .subheadline{font-size:1.2rem;color:#333}
.dateline{font-weight:bold}
figure{margin:1.5rem 0}
img{max-width:100%;height:auto}
figcaption,.caption{font:0.9rem/1.4 system-ui,sans-serif;color:#555}
.credit{color:#777}
blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #ccc}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:0.3rem 0.5rem;text-align:start}
pre{overflow-x:auto;background:#f5f5f5;padding:0.75rem}
.related{border-top:1px solid #ddd;margin-top:2rem}
`;

function time(iso: string, readable: string): string {
  return `<time${attribute("datetime", iso)}>${text(readable)}</time>`;
}

function header(article: Article, context: HtmlContext): string[] {
  const lines: string[] = [];
  if (article.headline.trim()) lines.push(`<h1>${text(article.headline)}</h1>`);
  if (article.subheadline?.trim()) lines.push(`<p class="subheadline">${text(article.subheadline)}</p>`);
  const byline = bylineProse(article.byline, context.labels);
  if (byline) lines.push(`<address class="byline">${text(byline)}</address>`);
  const published = publishedProse(article.publishedAt);
  if (article.publishedAt && published)
    lines.push(`<p class="published">${time(article.publishedAt, published)}</p>`);
  if (article.modifiedAt) {
    lines.push(
      `<p class="updated">${text(context.labels.updated)} ${time(article.modifiedAt, readableDate(article.modifiedAt))}</p>`,
    );
  }
  if (article.leadImage) {
    const lead = leadFigure(article.leadImage, context);
    if (lead) lines.push(lead);
  }
  return lines.length === 0 ? [] : ["<header>", ...lines, "</header>"];
}

function leadFigure(image: LeadImage, context: HtmlContext): string {
  return figure(image, "lead-image", context);
}

/**
 * The article as HTML: by default an `<article>` fragment with a `<header>`
 * (headline `<h1>`, byline `<address>`, dates in `<time datetime>`, lead
 * image `<figure>`), the body, and the related stories in an `<aside>`; with
 * `document: true`, a complete page around it.
 *
 * @throws UnknownBlockError for a block kind this renderer does not know.
 * @throws CopydeskError `INVALID_OPTIONS` for an option of the wrong type.
 */
export function toHtml(article: Article, options: HtmlOptions = {}): string {
  const asDocument = checkBoolean("html", "document", options.document) ?? false;
  const withStyles = checkBoolean("html", "stylesheet", options.stylesheet) ?? true;
  const showRelated = checkBoolean("html", "related", options.related) ?? true;
  const context: HtmlContext = { labels: labelsWith(options.labels), base: article.source.url };
  const lang = article.language;
  const dir = textDirection(lang);

  const lines = [`<article${attribute("lang", lang)}${attribute("dir", dir === "rtl" ? "rtl" : undefined)}>`];
  lines.push(...header(article, context));
  lines.push(...bodyLines(article.body, datelineProse(article.dateline), context));
  if (showRelated && article.related.length > 0) {
    lines.push('<aside class="related">', `<h2>${text(context.labels.related)}</h2>`, "<ul>");
    for (const link of article.related) {
      const href = safeUrl(link.url, LINK_SCHEMES, context.base);
      lines.push(
        `<li>${href === undefined ? text(link.title) : `<a${attribute("href", href)}>${text(link.title)}</a>`}</li>`,
      );
    }
    lines.push("</ul>", "</aside>");
  }
  lines.push("</article>");
  const fragment = lines.join("\n");
  if (!asDocument) return `${fragment}\n`;

  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(article.headline)}</title>`,
  ];
  if (article.description?.trim())
    head.push(`<meta name="description"${attribute("content", article.description)}>`);
  if (withStyles) head.push(`<style>\n${STYLESHEET}</style>`);
  return [
    "<!doctype html>",
    `<html${attribute("lang", lang)}${attribute("dir", dir)}>`,
    "<head>",
    ...head,
    "</head>",
    "<body>",
    fragment,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
