import type { Draft } from "@copydesk/schema";
import type { Decision } from "./classify.js";
import type { Features } from "./features.js";
import { HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS } from "./score.js";
import { addNamingWords } from "./words.js";

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
export const HEADLINE_WINDOW = 6;
/** The story's opening, in words, that a headline's words are looked for in. */
export const STORY_OPENING_WORDS = 80;
/** A headline names at least this many of the words of the story's opening (its subject, its place, its people). */
export const HEADLINE_MIN_SHARED = 2;
/** The full stops of the scripts the sentence marks know (a title may end with `?` or `!`, not with one of these). */
const FULL_STOP = /[.。．｡।۔።។။]\s*$/u;

/** The words of `text` that name something (see `addNamingWords`), up to `limit`. */
function namingWords(text: string, stopwords: ReadonlySet<string> | undefined, limit: number): Set<number> {
  const words = new Set<number>();
  addNamingWords(text, stopwords, limit, words);
  return words;
}

function shared(words: ReadonlySet<number>, opening: ReadonlySet<number>): number {
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
  const opening = new Set<number>();
  for (let i = first, words = 0; i < decisions.length && words < STORY_OPENING_WORDS; i++) {
    if (decisions[i]!.kind === "body")
      words += addNamingWords(draft.blocks[i]!.text, stopwords, STORY_OPENING_WORDS - words, opening);
  }
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
