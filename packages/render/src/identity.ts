import type { Article } from "@copydesk/schema";
import { sha1Hex } from "./hash.js";
import { plainText } from "./plain.js";
import { safeBase } from "./syntax/url.js";

/** The URN namespace of identifiers derived from an article's content. */
export const URN_PREFIX = "urn:copydesk:article:";

/**
 * A stable identifier for the article: its source URL when that is an http(s)
 * address, else `urn:copydesk:article:<sha1>` where the hash covers the
 * headline and the text of every body block, so the same story always gets
 * the same URN whatever its spans or metadata.
 *
 * @throws UnknownBlockError for a block kind it cannot read the text of.
 */
export function articleUri(article: Article): string {
  const url = safeBase(article.source.url);
  if (url) return url;
  // U+0000 cannot occur in article text (the parser removes control characters), so it separates unambiguously.
  const content = [article.headline, ...article.body.map((block) => plainText(block, "identifier"))].join(
    "\u0000",
  );
  return `${URN_PREFIX}${sha1Hex(content)}`;
}
