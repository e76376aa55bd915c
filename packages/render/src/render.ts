import { type Article, CopydeskError } from "@copydesk/schema";
import { type HtmlOptions, toHtml } from "./html.js";
import { type JsonOptions, toJson } from "./json.js";
import { type JsonLdOptions, toJsonLd } from "./jsonld.js";
import { type MarkdownOptions, toMarkdown } from "./markdown.js";
import { type NinjsOptions, toNinjs } from "./ninjs.js";
import { type NitfOptions, toNitf } from "./nitf.js";
import { type TextOptions, toText } from "./text.js";

/** Every output format, in the order the CLI lists them. */
export const FORMATS = ["markdown", "html", "text", "json", "jsonld", "ninjs", "nitf"] as const;

/** The name of an output format. */
export type Format = (typeof FORMATS)[number];

/** The options each format takes. */
export interface FormatOptions {
  markdown: MarkdownOptions;
  html: HtmlOptions;
  text: TextOptions;
  json: JsonOptions;
  jsonld: JsonLdOptions;
  ninjs: NinjsOptions;
  nitf: NitfOptions;
}

const RENDERERS: { [F in Format]: (article: Article, options?: FormatOptions[F]) => string } = {
  markdown: toMarkdown,
  html: toHtml,
  text: toText,
  json: toJson,
  jsonld: toJsonLd,
  ninjs: toNinjs,
  nitf: toNitf,
};

/** Whether `value` names a format (for checking a `--format` flag). */
export function isFormat(value: unknown): value is Format {
  return typeof value === "string" && (FORMATS as readonly string[]).includes(value);
}

/**
 * Renders the article in the named format.
 *
 * @throws CopydeskError `INVALID_OPTIONS` for an unknown format, or what that format's renderer throws.
 */
export function render<F extends Format>(article: Article, format: F, options?: FormatOptions[F]): string {
  if (!isFormat(format)) {
    throw new CopydeskError(
      "INVALID_OPTIONS",
      `Unknown format ${JSON.stringify(format) ?? String(format)}; expected one of ${FORMATS.join(", ")}.`,
    );
  }
  const renderer = RENDERERS[format] as (article: Article, options?: FormatOptions[F]) => string;
  return renderer(article, options);
}
