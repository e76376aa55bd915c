/**
 * The benchmark's text pages as other scrapers and other sites give them.
 * The filter will meet text it was never tuned on; these variants are a
 * cheap stand-in: the same pages, with the same truth (the metric reads
 * tokens, so line ends and spacing do not change it), in the shapes other
 * tools save and with the furniture other sites add. Copydesk must beat C4's
 * rules on each (`quality:text --variants`).
 */
import { Parser } from "htmlparser2";
import { tokens } from "../metric.js";

export interface Variant {
  name: string;
  /** What the variant does to a page, for the table. */
  what: string;
  /**
   * The page's text as the variant has it; `truth` only tells where the story
   * ends; `html` is the same page's HTML, for a variant made from it.
   */
  apply: (text: string, truth: string, html?: string) => string;
}

/** Elements whose text no scraper keeps. */
const INVISIBLE = new Set(["script", "style", "noscript", "template", "svg", "head"]);

/**
 * The page's visible text one text node to a line, as a scraper that joins
 * text nodes with line breaks saves it (BeautifulSoup's `get_text("\n")`):
 * a link inside a sentence cuts the sentence into three lines. With
 * `withCode`, every text node, `<script>`, `<style>` and `<head>` included,
 * as a scraper that strips tags with a regex or lxml's `text_content()` does.
 */
export function textNodeLines(html: string, withCode = false): string {
  const lines: string[] = [];
  let hidden = 0;
  // The parser hands a text node over in pieces (around each entity): a node ends at the next tag.
  let node = "";
  const endNode = () => {
    const line = node.replace(/\s+/g, " ").trim();
    if (line !== "") lines.push(line);
    node = "";
  };
  const parser = new Parser(
    {
      onopentag: (name) => {
        endNode();
        if (!withCode && INVISIBLE.has(name)) hidden++;
      },
      onclosetag: (name) => {
        endNode();
        if (!withCode && INVISIBLE.has(name)) hidden--;
      },
      ontext: (text) => {
        if (hidden === 0) node += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endNode();
  return lines.join("\n");
}

// East Asian wide characters take two columns on a terminal; Han, kana and their punctuation are written
// without spaces, and a terminal browser breaks a line between any two of them.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const WRAP_TOKEN =
  /[\u2e80-\u312f\u3190-\ua4cf\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]| +|[^ \u2e80-\u312f\u3190-\ua4cf\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]+/gu;
const columnsOf = (s: string) => [...s].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);

/**
 * `line` re-broken as a terminal browser dumps it: at spaces, and between
 * two Chinese or Japanese characters, so that no line takes more than `width`
 * columns (a longer word stays whole).
 */
export function hardWrap(line: string, width: number): string {
  const out: string[] = [];
  let current = "";
  let used = 0;
  let space = false;
  for (const token of line.match(WRAP_TOKEN) ?? []) {
    if (token.startsWith(" ")) {
      space = true;
      continue;
    }
    const columns = columnsOf(token);
    const gap = space && current !== "" ? 1 : 0;
    if (current !== "" && used + gap + columns > width) {
      out.push(current);
      current = token;
      used = columns;
    } else {
      current += gap === 1 ? ` ${token}` : token;
      used += gap + columns;
    }
    space = false;
  }
  if (current !== "") out.push(current);
  return out.join("\n");
}

/** A sentence's end (a lower-case letter or digit, a mark, perhaps a closing quote) before a space and a capital. */
const SENTENCE_END = /([\p{Ll}\p{N}”"’)][.!?]["”’]?) (?=[\p{Lu}“"])/gu;

/** Width of a text dump's lines, in characters (lynx, w3m, html2text wrap near 80 columns). */
export const WRAP_COLUMNS = 80;
/** Lines of fewer words than this, and shorter than `BULLET_MAX_CHARS`, get a bullet: menus and link lists. */
export const BULLET_MAX_WORDS = 6;
export const BULLET_MAX_CHARS = 40;

/**
 * A consent notice laid over the page, in wording of this project's own
 * (none of the phrase lists' cues), with its buttons and the first line of
 * the site's menu: prose the classifier reads as prose, at the top of the page.
 */
export const CONSENT_NOTICE = [
  "We care about how your information is handled. Together with a number of partners, we keep small files on " +
    "the device you are reading this on and read them back later, so that the pages can remember your choices, " +
    "measure how many people read each story and show offers that may interest you. You can accept this now, " +
    "refuse it, or look at each purpose in turn and decide for yourself. What you choose applies to this site " +
    "only, and you can come back and change it whenever you like from the link at the bottom of every page.",
  "Accept",
  "Manage options",
  "Home",
  "News",
  "Subscribe",
].join("\n");

/** A notice of the kind paywalls and site-wide alerts show, with no button the phrase lists know, then the menu. */
export const SITE_NOTICE = [
  "Thank you for reading with us this month. Good reporting takes time and costs money, and most of what we " +
    "publish is paid for by readers like you rather than by advertisers. If you value what you find here, please " +
    "think about supporting our newsroom, so that we can keep sending reporters to the places where news happens. " +
    "Every contribution, however big or small, helps us stay independent and keep our journalism open to " +
    "everyone, wherever they live and whatever they can afford to pay. It takes only a minute, and you can " +
    "cancel at any time you like.",
  "Continue",
  "Home",
  "News",
  "Subscribe",
].join("\n");

/** A comment thread in wording of our own: a share prompt, a count, and comments with names, times and Reply buttons. */
export const COMMENT_THREAD = [
  "Share this article",
  "4 Comments",
  "mark_w",
  "2 hours ago",
  "I have been following this for a while and I think the people who made the decision should explain " +
    "themselves to the rest of us before it goes any further.",
  "Reply",
  "Jenny P",
  "3 hours ago",
  "This is exactly what I was worried about when they announced it last year, and nobody listened to those " +
    "of us who said so at the time.",
  "Reply",
  "oldtimer55",
  "5 hours ago",
  "Not sure why everyone is so surprised. It was always going to end up like this, and it will happen " +
    "again unless something changes soon.",
  "Reply",
  "Sam",
  "6 hours ago",
  "Thanks for the article. It would be good to hear what the other side has to say about it as well, " +
    "since we only ever get one view.",
  "Reply",
].join("\n");

/** Consent buttons on their own, as a banner whose text sits elsewhere leaves them. */
export const CONSENT_BUTTONS = ["Accept all", "Reject all"].join("\n");

/** Tokens (as the metric reads them) that show where the story ends: the truth's last few. */
export const STORY_END_TOKENS = 4;

/** The text with `inserted` put after the line where the story ends (the last that holds the truth's last tokens). */
export function afterStory(text: string, truth: string, inserted: string): string {
  const end = tokens(truth).slice(-STORY_END_TOKENS).join(" ");
  const lines = text.split("\n");
  for (let i = lines.length - 1; i >= 0 && end !== ""; i--) {
    if (tokens(lines[i]!).join(" ").includes(end)) {
      return [...lines.slice(0, i + 1), inserted, ...lines.slice(i + 1)].join("\n");
    }
  }
  return `${text}\n${inserted}`;
}

export const VARIANTS: readonly Variant[] = [
  { name: "as saved", what: "the benchmark's text, one block per line", apply: (t) => t },
  { name: "CRLF", what: "Windows line ends", apply: (t) => t.replace(/\n/g, "\r\n") },
  { name: "blank lines", what: "an empty line between blocks", apply: (t) => t.split("\n").join("\n\n") },
  {
    name: "wrapped",
    what: `blocks hard-wrapped at ${WRAP_COLUMNS} terminal columns, an empty line between them (a text dump)`,
    apply: (t) =>
      t
        .split("\n")
        .map((line) => hardWrap(line, WRAP_COLUMNS))
        .join("\n\n"),
  },
  {
    name: "bullets",
    what: `lines under ${BULLET_MAX_WORDS} words and ${BULLET_MAX_CHARS} characters led by "* " (menus as lists)`,
    apply: (t) =>
      t
        .split("\n")
        .map((line) =>
          line.split(" ").length < BULLET_MAX_WORDS && line.length < BULLET_MAX_CHARS ? `* ${line}` : line,
        )
        .join("\n"),
  },
  {
    name: "sentences",
    what: "each sentence on a line of its own (sites that make every sentence a paragraph)",
    apply: (t) => t.replace(SENTENCE_END, "$1\n"),
  },
  {
    name: "no-break spaces",
    what: "every space a no-break space (U+00A0)",
    apply: (t) => t.replace(/ /g, "\u00a0"),
  },
  {
    name: "text nodes",
    what: "the page's HTML saved one text node to a line (a link cuts its sentence into three lines)",
    apply: (_text, _truth, html) => textNodeLines(html ?? ""),
  },
  {
    name: "scripts kept",
    what: "every text node of the page's HTML to a line, scripts, styles and JSON-LD included (tags stripped)",
    apply: (_text, _truth, html) => textNodeLines(html ?? "", true),
  },
  {
    name: "consent notice",
    what: "a consent notice of unfamiliar wording, its buttons and a menu line above the page",
    apply: (t) => `${CONSENT_NOTICE}\n${t}`,
  },
  {
    name: "comments",
    what: "a share prompt and a thread of four comments right after the story",
    apply: (t, truth) => afterStory(t, truth, COMMENT_THREAD),
  },
  {
    name: "bare buttons",
    what: "a row of consent buttons with no notice text, right after the story",
    apply: (t, truth) => afterStory(t, truth, CONSENT_BUTTONS),
  },
  {
    name: "article alone",
    what: "the hand-made body alone, as an extractor or a feed gives a story (nothing to remove)",
    apply: (_text, truth) => truth,
  },
  {
    name: "site notice",
    what: "a reader-support notice, a button and a menu line with 'Subscribe' above the page",
    apply: (t) => `${SITE_NOTICE}\n${t}`,
  },
];
