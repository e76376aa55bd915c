import type { Draft } from "@copydesk/schema";
import type { Decision } from "./classify.js";
import type { Features } from "./features.js";
import { HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS } from "./score.js";

/**
 * Stage 5: the headline of a page saved as text. The parser takes the first
 * line for the headline when it reads as a title, but a scraper saves the site's menu
 * first ("Skip to main content", "Latest News"), and the story's title sits
 * among the lines just above its first paragraph, after the menu and before a
 * byline or a date. Once the story is found, the title-shaped line above it
 * that shares most words with the story's opening is its headline, where it
 * shares more of them than the parser's choice does.
 */

/** The headline is looked for among this many title-length blocks above the story's first paragraph. */
export const HEADLINE_WINDOW = 8;
/** The story's opening, in words, that a headline's words are looked for in. */
export const STORY_OPENING_WORDS = 80;
/** A headline names at least this many of the words of the story's opening (its subject, its place, its people). */
export const HEADLINE_MIN_SHARED = 2;
/** Words shorter than this (in letters of a spaced script) name nothing: "a", "of", "is". */
const MIN_WORD_LENGTH = 3;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const FULL_STOP = /[.。]\s*$/u;
/** Scripts written without spaces, and Hangul, whose words take their endings: read in pairs of characters. */
const BY_PAIRS =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/**
 * The words of `text` that name something: lower-cased, not in `stopwords`,
 * of `MIN_WORD_LENGTH` letters or more; a run of a script written without
 * spaces, or of Hangul, gives its pairs of characters.
 */
function namingWords(text: string, stopwords: ReadonlySet<string> | undefined, limit: number): Set<string> {
  const out = new Set<string>();
  let n = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (n++ >= limit) break;
    if (BY_PAIRS.test(word)) {
      for (let i = 0; i + 2 <= word.length; i++) out.add(word.slice(i, i + 2));
    } else if (word.length >= MIN_WORD_LENGTH && !stopwords?.has(word)) {
      out.add(word);
    }
  }
  return out;
}

function shared(words: ReadonlySet<string>, opening: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (opening.has(w)) n++;
  return n;
}

/**
 * What becomes of the parser's headline: `block` is the block to take for
 * the headline instead (-1 for none); `replace` says whether the parser's
 * goes to `removed`, as a line of the site's menu.
 */
export interface HeadlineChoice {
  replace: boolean;
  block: number;
}

const KEEP: HeadlineChoice = { replace: false, block: -1 };

/**
 * The headline of a page saved as text: a title-shaped block
 * (`HEADLINE_MIN_WORDS` to `HEADLINE_MAX_WORDS` words, no furniture cue,
 * not a list, no full stop at its end) among the `HEADLINE_WINDOW` such
 * blocks above the story's first paragraph, not kept in it, naming at least
 * `HEADLINE_MIN_SHARED` words of the story's opening and more than the
 * parser's headline does; of several, the one naming most, then the nearest
 * to the story. Where none does, a parser's headline that names none of
 * them and lies above the whole window is the site's line, not the story's,
 * and the article has no headline.
 */
export function storyHeadline(
  draft: Draft,
  features: readonly Features[],
  decisions: readonly Decision[],
  stopwords: ReadonlySet<string> | undefined,
): HeadlineChoice {
  if (draft.source.kind !== "text") return KEEP;
  const first = decisions.findIndex((d) => d.kind === "body");
  if (first <= 0) return KEEP;
  const openingText: string[] = [];
  let words = 0;
  for (let i = first; i < decisions.length && words < STORY_OPENING_WORDS; i++) {
    if (decisions[i]!.kind !== "body") continue;
    openingText.push(draft.blocks[i]!.text);
    words += features[i]!.words;
  }
  const opening = namingWords(openingText.join(" "), stopwords, STORY_OPENING_WORDS);
  const current = draft.metadata.headline;
  const floor =
    current === undefined ? 0 : shared(namingWords(current.text, stopwords, HEADLINE_MAX_WORDS), opening);
  let best = -1;
  let bestShared = 0;
  let seen = 0;
  // Labels, prices and share buttons between the title and the story do not count against the window.
  let i = first - 1;
  for (; i >= 0 && seen < HEADLINE_WINDOW; i--) {
    const f = features[i]!;
    if (decisions[i]!.kind === "body" || f.cue !== undefined || f.list || f.separator || f.code) continue;
    if (f.words < HEADLINE_MIN_WORDS || f.words > HEADLINE_MAX_WORDS) continue;
    seen++;
    const text = draft.blocks[i]!.text;
    // A full stop ends a caption or a summary, not a title.
    if (f.terminal && FULL_STOP.test(text)) continue;
    const n = shared(namingWords(text, stopwords, HEADLINE_MAX_WORDS), opening);
    if (n < HEADLINE_MIN_SHARED || n <= floor) continue;
    if (n > bestShared) {
      best = i;
      bestShared = n;
    }
  }
  if (best >= 0) return { replace: current !== undefined, block: best };
  const beyondWindow = seen === HEADLINE_WINDOW && i >= 0;
  return current !== undefined && floor === 0 && beyondWindow ? { replace: true, block: -1 } : KEEP;
}
