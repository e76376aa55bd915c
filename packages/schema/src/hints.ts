import type { RemovalReason } from "./reasons.js";

/**
 * The class and id words that say what part of a page an element is: the
 * parser keeps these (and the other words of its own vocabulary) in a
 * candidate block's `features.hints`; the boilerplate filter reads them. One
 * table, so that the filter never reads a word the parser drops.
 */

/** Words that name furniture, with the removal reason each gives; the first reason listed for a word wins. */
export const FURNITURE_HINTS: ReadonlyArray<readonly [RemovalReason, readonly string[]]> = [
  ["comments", ["comment", "comments", "disqus", "respond", "reply", "discussion"]],
  ["share-prompt", ["share", "sharing", "social", "follow"]],
  ["newsletter-prompt", ["newsletter", "signup", "subscribe"]],
  ["subscription-prompt", ["paywall", "subscription", "premium", "register", "login"]],
  ["cookie-banner", ["cookie", "cookies", "consent", "gdpr"]],
  [
    "advertisement",
    [
      "ad",
      "ads",
      "advert",
      "advertisement",
      "advertising",
      "adsense",
      "sponsor",
      "sponsored",
      "promo",
      "promotion",
      "dfp",
      "gpt",
      "banner",
      "outbrain",
      "taboola",
    ],
  ],
  [
    "related-stories",
    ["related", "recommended", "recommendations", "recirculation", "trending", "popular", "teaser"],
  ],
  ["footer", ["footer", "copyright", "legal"]],
  [
    "navigation",
    [
      "nav",
      "navbar",
      "navigation",
      "menu",
      "breadcrumb",
      "breadcrumbs",
      "pagination",
      "pager",
      "skip",
      "logo",
      "masthead",
    ],
  ],
  ["sidebar", ["sidebar", "aside", "widget", "rail"]],
  ["metadata", ["byline", "author", "authors", "dateline", "date", "time", "timestamp", "published", "meta"]],
  ["author-bio", ["bio"]],
  ["tags", ["tags", "topics", "keywords"]],
];
/** Words that mark the story's own container. */
export const STORY_HINTS: ReadonlySet<string> = new Set([
  "article",
  "story",
  "content",
  "body",
  "post",
  "entry",
  "text",
]);

/** Marks embedded content (a quoted post, a video) that the story shows. */
export const EMBED_HINT = "embed";
