/**
 * The one place that decides which addresses may appear in output. Addresses
 * are parsed with the WHATWG URL parser (as browsers do), so tricks such as
 * `java\tscript:` or upper-case schemes are seen as the browser would see them.
 */

/** Schemes a link may use. */
export const LINK_SCHEMES: readonly string[] = ["http:", "https:", "mailto:"];
/** Schemes an image source may use: no `data:`, which can smuggle SVG with script. */
export const IMAGE_SCHEMES: readonly string[] = ["http:", "https:"];
/** Schemes a base address (the article's source URL) may use. */
const BASE_SCHEMES: readonly string[] = ["http:", "https:"];

function parse(raw: string, base?: string): URL | undefined {
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
}

/** The source URL when it is an absolute http(s) address, normalised; else undefined. */
export function safeBase(base: string | undefined): string | undefined {
  if (!base) return undefined;
  const url = parse(base);
  return url && BASE_SCHEMES.includes(url.protocol) ? url.href : undefined;
}

/**
 * The absolute, normalised address for `raw` (resolved against `base` when
 * relative) if its scheme is one of `schemes`; otherwise undefined.
 */
export function safeUrl(
  raw: string | undefined,
  schemes: readonly string[],
  base?: string,
): string | undefined {
  if (!raw) return undefined;
  const url = parse(raw.trim(), safeBase(base));
  return url && schemes.includes(url.protocol) ? url.href : undefined;
}
