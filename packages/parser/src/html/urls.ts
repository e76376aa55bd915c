import type { AttributeName, Attributes } from "./tags.js";

/**
 * A path from the site's root whose every segment starts with a letter, digit,
 * `_`, `-` or `~` and holds only those and dots: the URL parser leaves it as
 * written (no dot segment, nothing to percent-encode), so against a web
 * address it resolves to that address's origin followed by it.
 */
const PLAIN_ROOT_PATH = /^(?:\/[\w~-][\w.~-]*)+\/?$/;

/** Whether `base` is a web address without user name or password, where PLAIN_ROOT_PATH resolves by joining. */
function isPlainWebBase(base: URL): boolean {
  return (
    (base.protocol === "https:" || base.protocol === "http:") && base.username === "" && base.password === ""
  );
}

/** Resolves `href` against the page's address; an address that cannot be resolved is kept as written. */
export function resolveUrl(href: string, base: URL | undefined): string {
  const trimmed = href.trim();
  if (base === undefined || trimmed === "") return trimmed;
  // Most links of a page are such paths; the URL parser costs far more than the join.
  if (PLAIN_ROOT_PATH.test(trimmed) && isPlainWebBase(base))
    return `${base.protocol}//${base.host}${trimmed}`;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

export function parseBase(url: string | undefined): URL | undefined {
  if (url === undefined || url === "") return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

const WHITESPACE = /\s+/;

/** The widest candidate of a `srcset` (`a.jpg 320w, b.jpg 1024w` → `b.jpg`); density descriptors count as width. */
export function largestSrcsetCandidate(srcset: string): string | undefined {
  let best: string | undefined;
  let bestSize = -1;
  for (const part of srcset.split(",")) {
    const [url, descriptor] = part.trim().split(WHITESPACE);
    if (url === undefined || url === "" || url.startsWith("data:")) continue;
    const size = descriptor === undefined ? 1 : Number.parseFloat(descriptor) || 1;
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/** Attributes lazy-loading scripts use to hold the real image while `src` shows a placeholder, most specific first. */
const LAZY_SRC_ATTRIBUTES: readonly AttributeName[] = [
  "data-src",
  "data-lazy-src",
  "data-original",
  "data-lazy",
  "data-url",
  "data-hi-res-src",
];
const LAZY_SRCSET_ATTRIBUTES: readonly AttributeName[] = ["data-srcset", "data-lazy-srcset", "srcset"];

/** The address of the image an `<img>` (or `<source>`) shows once loaded, understanding lazy-loading attributes. */
export function imageSource(attribs: Attributes): string | undefined {
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const value = attribs[name];
    if (value !== undefined && value.trim() !== "" && !value.startsWith("data:")) return value.trim();
  }
  for (const name of LAZY_SRCSET_ATTRIBUTES) {
    const value = attribs[name];
    if (value !== undefined) {
      const best = largestSrcsetCandidate(value);
      if (best !== undefined) return best;
    }
  }
  const src = attribs.src?.trim();
  return src !== undefined && src !== "" && !src.startsWith("data:") ? src : undefined;
}
