import type { RemovalReason } from "@copydesk/schema";
import type { Features } from "./features.js";
import type { MarkupSignal } from "./signals/markup.js";

/**
 * Stage 2: a first opinion on each block alone, in jusText's four classes,
 * and a weight for the story-region search of stage 3 (positive: story-like,
 * negative: furniture-like).
 */

/** Below this many words a block is "short": too little text to judge alone, its neighbours decide. */
export const SHORT_MAX_WORDS = 10;
/** From this many words, a block of prose (stopwords, sentence ends) is "good" on its own. */
export const GOOD_MIN_WORDS = 20;
/**
 * Share of stoplist words below which a block is not prose. Running text in
 * any language is a third to two thirds function words; lists of names,
 * headlines and menus have few.
 */
export const STOPWORDS_LOW = 0.25;
/** Share of stoplist words from which a long block reads as prose on its own. */
export const STOPWORDS_HIGH = 0.35;
/** A short line needs this many words to count as a sentence ("He declined to comment."). */
export const MIN_SENTENCE_WORDS = 3;
/** Headline-shaped lines have from this many words … */
export const HEADLINE_MIN_WORDS = 3;
/** … up to this many. */
export const HEADLINE_MAX_WORDS = 25;
/** Share of capitalised words from which an unterminated line reads as a title (Title Case Headline). */
export const TITLE_CASE_SHARE = 0.6;
/** A block with more than this share of its text in links is navigation (HTML only). */
export const MAX_LINK_DENSITY = 0.5;

/** Region weights, in words of story text. A near-good block counts this fraction of its words. */
export const NEAR_GOOD_WEIGHT = 0.5;
/** What a short complete sentence adds to its region. */
export const SHORT_SENTENCE_WEIGHT = 1;
/** What a short unterminated line (a menu item, a label) costs its region. */
export const SHORT_PENALTY = 3;
/** The least a bad block costs its region: a lone cue line breaks a run of short items. */
export const BAD_MIN_PENALTY = 6;

export type BlockClass = "good" | "near-good" | "short" | "bad";

export interface Scored {
  cls: BlockClass;
  /** Contribution to the story-region search. */
  weight: number;
  /** Why a bad block is bad; for other classes, the furniture the markup names, if any. */
  reason: RemovalReason | undefined;
  /** A short complete sentence. */
  sentence: boolean;
  /** Shaped like the headline of another story: a list of these is a related-stories list. */
  headlineLike: boolean;
  /** An unterminated line of headline length, whatever its case: three in a row make a headline list. */
  headlineShaped: boolean;
}

/** Sentence-case headlines are told from a story's short list items by length: this many words at least. */
export const HEADLINE_SHAPED_MIN_WORDS = 5;

export function isHeadlineShaped(f: Features): boolean {
  if (f.separator || f.cue !== undefined || f.list) return false;
  if (f.words < HEADLINE_SHAPED_MIN_WORDS || f.words > HEADLINE_MAX_WORDS) return false;
  return f.trailingMark || !f.terminal || f.sentences === 0;
}

export function isHeadlineLike(f: Features): boolean {
  if (f.separator || f.cue !== undefined || f.list) return false;
  if (f.words < HEADLINE_MIN_WORDS || f.words > HEADLINE_MAX_WORDS) return false;
  if (f.trailingMark) return true;
  if (f.terminal && f.sentences > 0) return false;
  return f.capitalisedShare >= TITLE_CASE_SHARE;
}

/**
 * Cues that interrupt a story rather than end it: a "Read more" pointer or an
 * advertisement marker sits between paragraphs. They cost a story no more
 * than a short label does, so a paragraph after one still joins the story.
 */
export const INTERRUPTIONS: ReadonlySet<RemovalReason> = new Set(["read-more", "advertisement", "hidden"]);

function bad(f: Features, reason: RemovalReason): Scored {
  return {
    cls: "bad",
    weight: INTERRUPTIONS.has(reason) ? -SHORT_PENALTY : -Math.max(f.words, BAD_MIN_PENALTY),
    reason,
    sentence: false,
    headlineLike: false,
    headlineShaped: false,
  };
}

export function scoreBlock(f: Features, markup: MarkupSignal | undefined): Scored {
  const headlineLike = isHeadlineLike(f);
  const headlineShaped = headlineLike || isHeadlineShaped(f);
  const density = f.stopwordDensity;
  const prose = density === undefined ? f.terminal : density >= STOPWORDS_LOW;
  const sentence = f.terminal && f.words >= MIN_SENTENCE_WORDS && prose && !headlineLike;

  if (f.separator) return bad(f, "separator");
  // Code no reader sees: it costs what a label does, so that a script between two paragraphs does not part them.
  if (f.code) return bad(f, "hidden");
  if (f.cue !== undefined) return bad(f, f.cue);
  if (f.gluedTitle) return bad(f, "related-stories");
  if (f.linkDensity > MAX_LINK_DENSITY) return bad(f, headlineLike ? "related-stories" : "navigation");

  let scored: Scored;
  if (f.words < SHORT_MAX_WORDS || headlineLike) {
    scored = {
      cls: "short",
      // A short list is a run of labels (a menu, a byline and a handle): each item costs what a label does.
      weight: sentence ? SHORT_SENTENCE_WEIGHT : -SHORT_PENALTY * f.items,
      reason: undefined,
      sentence,
      headlineLike,
      headlineShaped,
    };
  } else if (
    f.words >= GOOD_MIN_WORDS &&
    (f.terminal || f.sentences > 0) &&
    (density === undefined || density >= STOPWORDS_HIGH)
  ) {
    scored = { cls: "good", weight: f.words, reason: undefined, sentence, headlineLike, headlineShaped };
  } else if (prose || (f.terminal && !f.list)) {
    // Story paragraphs end their sentences; an unterminated line of prose (a teaser, a caption) is neutral.
    // A list is not prose for its last item's full stop: a menu merged into one list ends where it ends.
    const weight = f.terminal || f.sentences > 0 ? f.words * NEAR_GOOD_WEIGHT : 0;
    scored = { cls: "near-good", weight, reason: undefined, sentence, headlineLike, headlineShaped };
  } else {
    return bad(f, "low-content");
  }
  if (markup !== undefined) {
    // Markup moves the weight; the reason it names is used if the block ends up removed.
    scored.weight += markup.adjustment * Math.max(f.words, BAD_MIN_PENALTY);
    scored.reason = markup.reason;
  }
  return scored;
}
