/**
 * `parseHtml`: a web page (bytes or text) → a Draft of candidate blocks with
 * their markup features, and the page's metadata. One streaming pass over
 * htmlparser2's tokens; no DOM.
 */
import { CopydeskError, type Draft } from "@copydesk/schema";
import { type InputOptions, prepareInput } from "../input.js";
import { declaredEncoding } from "./decode.js";
import { readMetadata } from "./metadata.js";
import { segment } from "./segment.js";
import { parseBase } from "./urls.js";

export interface ParseHtmlOptions extends InputOptions {
  /** The page's address: links and images resolve against it (else against the page's `<base>` or canonical URL). */
  url?: string;
}

/**
 * Parses a web page into a Draft: `source.text` is the decoded, normalised
 * page and every span indexes into it.
 *
 * Bytes are decoded as browsers do: byte-order mark, then the `encoding`
 * option (an HTTP charset), then the page's `<meta charset>`, then a fallback.
 *
 * @throws CopydeskError `EMPTY_INPUT`, `INPUT_TOO_LARGE` (over `maxInputBytes`, default 50 MiB),
 *   `BINARY_INPUT`, `INVALID_INPUT` (neither string nor Uint8Array), `INVALID_OPTIONS`.
 */
export function parseHtml(input: string | Uint8Array, options: ParseHtmlOptions = {}): Draft {
  const { url, ...inputOptions } = options ?? {};
  if (url !== undefined && typeof url !== "string") {
    throw new CopydeskError("INVALID_OPTIONS", "`url` must be a string.");
  }
  const encoding =
    inputOptions.encoding ??
    (input instanceof Uint8Array && input.byteLength > 0 ? declaredEncoding(input) : undefined);
  const prepared = prepareInput(input, { ...inputOptions, ...(encoding !== undefined ? { encoding } : {}) });
  const text = prepared.text;
  const warnings = prepared.warnings;

  const pageBase = parseBase(url);
  const { blocks, removed, raw } = segment(text, pageBase);
  const base = pageBase ?? parseBase(raw.canonical);
  const { metadata, siteName, canonicalUrl } = readMetadata(raw, blocks, base);
  if (metadata.headline === undefined)
    warnings.push({ code: "no-headline", message: "No headline could be found." });

  const sourceUrl = canonicalUrl ?? url;
  return {
    source: {
      kind: "html",
      ...(sourceUrl !== undefined ? { url: sourceUrl } : {}),
      ...(siteName !== undefined ? { siteName } : {}),
      ...(prepared.encoding !== undefined ? { encoding: prepared.encoding } : {}),
      length: text.length,
      text,
    },
    metadata,
    blocks,
    removed,
    warnings,
  };
}

const HTML_MARKERS =
  /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|div[\s>]|p[\s>]|article[\s>]|br\s?\/?>)/i;
/** Only the start of the input is looked at: markup shows itself early. */
const SNIFF_CHARS = 2048;

/** Whether `text` looks like an HTML document or fragment (a cheap look at its first 2 KB). */
export function looksLikeHtml(text: string): boolean {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  return HTML_MARKERS.test(head);
}
