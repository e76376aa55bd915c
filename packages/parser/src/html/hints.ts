/**
 * Class and id tokens that tell a classifier what a part of a page is for.
 * Only words in this vocabulary are kept: utility-class pages carry dozens of
 * tokens per element, and a classifier can only use words it knows.
 */
export const HINT_WORDS: ReadonlySet<string> = new Set([
  // Where the story is.
  "article",
  "body",
  "content",
  "story",
  "entry",
  "post",
  "text",
  "main",
  "prose",
  "copy",
  "paragraph",
  "headline",
  "title",
  "lede",
  "lead",
  "summary",
  "standfirst",
  "intro",
  "caption",
  "figcaption",
  "credit",
  "figure",
  "photo",
  "image",
  "media",
  "quote",
  "blockquote",
  "embed",
  "live",
  "liveblog",
  "update",
  // What surrounds it.
  "related",
  "recommended",
  "recommendations",
  "recirculation",
  "more",
  "trending",
  "popular",
  "most",
  "read",
  "latest",
  "next",
  "also",
  "teaser",
  "teasers",
  "card",
  "cards",
  "feed",
  "rail",
  "share",
  "sharing",
  "social",
  "follow",
  "comment",
  "comments",
  "disqus",
  "discussion",
  "reply",
  "respond",
  "footer",
  "header",
  "masthead",
  "logo",
  "nav",
  "navbar",
  "navigation",
  "menu",
  "breadcrumb",
  "breadcrumbs",
  "pagination",
  "pager",
  "skip",
  "sidebar",
  "aside",
  "widget",
  "promo",
  "promotion",
  "newsletter",
  "subscribe",
  "subscription",
  "signup",
  "paywall",
  "premium",
  "register",
  "login",
  "ad",
  "ads",
  "advert",
  "advertisement",
  "advertising",
  "adsense",
  "dfp",
  "gpt",
  "sponsor",
  "sponsored",
  "taboola",
  "outbrain",
  "banner",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "privacy",
  "modal",
  "popup",
  "overlay",
  "dialog",
  "toolbar",
  "tools",
  "print",
  "hidden",
  "sr",
  "visually",
  "offscreen",
  "byline",
  "author",
  "authors",
  "bio",
  "contributor",
  "date",
  "time",
  "timestamp",
  "published",
  "meta",
  "dateline",
  "tags",
  "tag",
  "topics",
  "keywords",
  "category",
  "copyright",
  "legal",
  "disclaimer",
  "correction",
  "form",
  "search",
  "video",
  "player",
  "gallery",
  "slideshow",
  "carousel",
  "slider",
  "hero",
  "table",
  "infobox",
  "toc",
]);

const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * Splits a class or id value into lower-cased words on `-`, `_`, spaces,
 * digits and lower-to-upper case changes (`articleBody` → `article`, `body`),
 * keeping those in the vocabulary. One linear scan, no regex.
 */
export function hintTokens(value: string, out: string[]): void {
  let start = -1;
  let prevLower = false;
  const n = value.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? value.charCodeAt(i) : 32;
    const isUpper = c >= UPPER_A && c <= UPPER_Z;
    const isLower = c >= LOWER_A && c <= LOWER_Z;
    if (isUpper || isLower) {
      if (start === -1) start = i;
      else if (isUpper && prevLower) {
        pushWord(value, start, i, out);
        start = i;
      }
      prevLower = isLower;
      continue;
    }
    if (c >= DIGIT_0 && c <= DIGIT_9 && start !== -1) continue;
    if (start !== -1) pushWord(value, start, i, out);
    start = -1;
    prevLower = false;
  }
}

function pushWord(value: string, start: number, end: number, out: string[]): void {
  const word = stripDigits(value.slice(start, end).toLowerCase());
  if (HINT_WORDS.has(word) && !out.includes(word)) out.push(word);
}

// Only from the start of a run of digits: trying every position inside a long run is quadratic.
const TRAILING_DIGITS = /(?<!\d)\d+$/;
function stripDigits(word: string): string {
  return TRAILING_DIGITS.test(word) ? word.replace(TRAILING_DIGITS, "") : word;
}
