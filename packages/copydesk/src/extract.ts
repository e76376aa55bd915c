import { filterBoilerplate } from "@copydesk/boilerplate";
import { looksLikeHtml, parseHtml, parseText } from "@copydesk/parser";
import { type Article, ArticleSchema, CopydeskError, type Draft, isCopydeskError } from "@copydesk/schema";

export type InputKind = "auto" | "text" | "html";

export interface ExtractOptions {
  /** How to read the input: `auto` (the default) looks at the input and picks HTML or text. */
  kind?: InputKind;
  /** The page's address: resolves relative links and fills `source.url` when the page names none. */
  url?: string;
  /** The largest input accepted, in bytes (UTF-8 for strings); larger input throws `INPUT_TOO_LARGE`. Default 50 MiB. */
  maxInputBytes?: number;
  /** Check the result against `ArticleSchema` before returning it (default `true`). */
  validate?: boolean;
}

export interface Extraction {
  article: Article;
  /** The decoded, normalised text that every span in the article indexes into. */
  text: string;
}

const KINDS: readonly InputKind[] = ["auto", "text", "html"];
/** How many leading characters `auto` inspects: markup shows itself at the top of a page. */
const SNIFF_CHARS = 4096;

function checkOptions(options: ExtractOptions): void {
  if (options.kind !== undefined && !KINDS.includes(options.kind)) {
    throw new CopydeskError(
      "INVALID_OPTIONS",
      `kind must be one of ${KINDS.join(", ")}, not ${String(options.kind)}`,
    );
  }
  const max = options.maxInputBytes;
  if (max !== undefined && !(Number.isSafeInteger(max) && max > 0)) {
    throw new CopydeskError(
      "INVALID_OPTIONS",
      `maxInputBytes must be a positive integer, not ${String(max)}`,
    );
  }
}

/** The encoding to sniff bytes in: UTF-16 when a byte-order mark says so (its ASCII has a NUL every other byte), else Latin-1. */
function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "latin1";
}

function isHtml(input: string | Uint8Array): boolean {
  const head =
    typeof input === "string"
      ? input.slice(0, SNIFF_CHARS)
      : new TextDecoder(sniffEncoding(input)).decode(input.subarray(0, SNIFF_CHARS));
  return looksLikeHtml(head);
}

/** Parses the input as HTML or text, as the options say or as it looks. */
export function parse(input: string | Uint8Array, options: ExtractOptions = {}): Draft {
  checkOptions(options);
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new CopydeskError("INVALID_INPUT", `input must be a string or a Uint8Array, not ${typeof input}`);
  }
  const { kind = "auto", url, maxInputBytes } = options;
  const asHtml = kind === "html" || (kind === "auto" && isHtml(input));
  if (asHtml) return parseHtml(input, { url, maxInputBytes });
  const draft = parseText(input, { maxInputBytes });
  if (url !== undefined) draft.source.url = url;
  return draft;
}

/**
 * Extracts the article from a page's HTML or from scraped text, with the
 * normalised text its spans index into.
 *
 * @throws {CopydeskError} for empty, binary or oversized input and invalid options.
 */
export function extractWithSource(input: string | Uint8Array, options: ExtractOptions = {}): Extraction {
  const draft = parse(input, options);
  const article = filterBoilerplate(draft);
  return {
    article: options.validate === false ? article : ArticleSchema.parse(article),
    text: draft.source.text,
  };
}

/**
 * Extracts the article from a page's HTML or from scraped text.
 *
 * @throws {CopydeskError} for empty, binary or oversized input and invalid options.
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  return extractWithSource(input, options).article;
}

export type SafeExtractResult = { ok: true; article: Article } | { ok: false; error: CopydeskError };

/** Like `extract`, but bad input comes back as a value instead of a thrown error. */
export function safeExtract(input: string | Uint8Array, options: ExtractOptions = {}): SafeExtractResult {
  try {
    return { ok: true, article: extract(input, options) };
  } catch (error) {
    if (isCopydeskError(error)) return { ok: false, error };
    throw error;
  }
}
