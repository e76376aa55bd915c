import type { Scored } from "./score.js";

/**
 * Stage 3: context. A story is one stretch of the page where prose
 * outweighs furniture; around it sit menus, teasers, share bars, footers.
 * The stretch is the run of blocks whose weights have the largest sum (the
 * maximum-subarray problem, solved in one pass): short lines between story
 * paragraphs stay with them, and a comment or a bio past a share bar and a
 * few labels falls outside. Runs of headline-shaped lines outside the story
 * are lists of other stories.
 */

/** This many headline-like lines (title case, trailing ` -`) in a row outside the story make a list of other stories. */
export const RELATED_MIN_RUN = 2;
/** This many unterminated headline-length lines in a row make a list of other stories, even inside the story. */
export const SHAPED_MIN_RUN = 3;
/**
 * A headline list may carry a label or a separator line inside it ("More
 * stories", "-"): up to this many non-headline blocks in a row do not end
 * the run.
 */
export const RELATED_MAX_GAP = 1;

/**
 * Furniture comes in runs (a menu, a footer, a share bar); a story's short
 * lines come alone or a few at a time (a subheading, a short list). Each
 * further furniture-like block in a run costs this much more than the one
 * before it, so a long menu walls off what lies beyond it while a subheading
 * between two paragraphs costs little.
 */
export const RUN_GROWTH = 0.5;

/**
 * A story ends where the page asks the reader to act: share it, sign up,
 * subscribe, comment. Once at least this many words of prose have been read,
 * in at least `STORY_BEFORE_END_PARAGRAPHS` paragraphs, such a cue (or a
 * copyright line) marks the end of the story.
 */
export const STORY_BEFORE_END_WORDS = 50;
/**
 * A notice laid over the page (a consent banner, a paywall or age check) is
 * prose too, but one or two blocks of it, however long: read as a story, the
 * site's menu after it, with its "Subscribe", would end a story that has not
 * begun.
 */
export const STORY_BEFORE_END_PARAGRAPHS = 3;
/**
 * Prose after the end of the story (comments, teasers of other stories,
 * author bios) counts this fraction of its weight: it is prose too, but a
 * page's story comes before its prompts.
 */
export const AFTER_END_WEIGHT = 0.2;
/** The removal reasons that mark the end of a story. */
export const END_CUES: ReadonlySet<string> = new Set([
  "comments",
  "share-prompt",
  "newsletter-prompt",
  "subscription-prompt",
  "copyright",
]);

/**
 * Block weights with furniture runs made dearer (see `RUN_GROWTH`) and what
 * follows the story's end discounted. `endsStory` tells the blocks that end a
 * story by what their reason does not say (a list holding a prompt); `lines`
 * the lines a block shows (a list's items), each of which counts in a run as
 * a block would: a menu saved as one list walls off what lies beyond it as
 * the same menu saved one item to a line does.
 */
export function runWeights(
  scored: readonly Scored[],
  endsStory?: (index: number) => boolean,
  lines?: (index: number) => number,
): number[] {
  const weights = new Array<number>(scored.length);
  let run = 0;
  let prose = 0;
  let paragraphs = 0;
  let ended = false;
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!;
    let w = s.weight;
    if (s.cls === "good") {
      prose += w;
      paragraphs++;
    }
    const storyRead = prose >= STORY_BEFORE_END_WORDS && paragraphs >= STORY_BEFORE_END_PARAGRAPHS;
    if (!ended && storyRead && ((s.reason !== undefined && END_CUES.has(s.reason)) || endsStory?.(i))) {
      ended = true;
    }
    if (ended && w > 0) w *= AFTER_END_WEIGHT;
    if (w < 0) {
      // A list of k labels costs what k labels in a row do.
      const k = lines?.(i) ?? 1;
      weights[i] = w * (1 + (run + (k - 1) / 2) * RUN_GROWTH);
      run += k;
    } else {
      weights[i] = w;
      run = 0;
    }
  }
  return weights;
}

export interface Region {
  /** First block of the story, or -1 when no stretch has positive weight. */
  start: number;
  /** Last block of the story (inclusive), or -2 when there is none. */
  end: number;
}

/** The stretch of blocks with the largest total weight (Kadane's algorithm). */
export function storyRegion(weights: readonly number[]): Region {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -2;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i]!;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return { start: bestStart, end: bestEnd };
}

/**
 * Marks the blocks that belong to a list of other stories: outside the story,
 * runs of at least `RELATED_MIN_RUN` headline-like lines; anywhere, runs of at
 * least `SHAPED_MIN_RUN` unterminated headline-length lines. A run may cross
 * gaps of at most `RELATED_MAX_GAP` other blocks.
 */
export function relatedRuns(scored: readonly Scored[], region: Region): boolean[] {
  const related = new Array<boolean>(scored.length).fill(false);
  const outside = (i: number) => i < region.start || i > region.end;
  markRuns(scored, related, (s, i) => outside(i) && s.headlineLike, RELATED_MIN_RUN);
  markRuns(scored, related, (s) => s.headlineShaped && s.cls !== "good", SHAPED_MIN_RUN);
  return related;
}

function markRuns(
  scored: readonly Scored[],
  marks: boolean[],
  member: (s: Scored, i: number) => boolean,
  minRun: number,
): void {
  let i = 0;
  while (i < scored.length) {
    if (!member(scored[i]!, i)) {
      i++;
      continue;
    }
    const members = [i];
    let j = i + 1;
    let gap = 0;
    while (j < scored.length) {
      if (member(scored[j]!, j)) {
        members.push(j);
        gap = 0;
      } else if (++gap > RELATED_MAX_GAP) break;
      j++;
    }
    if (members.length >= minRun) for (const m of members) marks[m] = true;
    i = members[members.length - 1]! + 1;
  }
}
