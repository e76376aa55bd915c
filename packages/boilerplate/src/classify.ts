import type { Draft, RemovalReason } from "@copydesk/schema";
import { blockFeatures, endsSentence, type Features, holdsEndPrompt } from "./features.js";
import { detectLanguage, isScript, scriptVerdict, stopwordsFor } from "./language.js";
import { speaksOfConsent } from "./phrases.js";
import { type Scored, SHORT_PENALTY, scoreBlock } from "./score.js";
import { isLinkList, isRelatedList, markupContext, markupSignal, reviseScore } from "./signals/markup.js";
import { relatedRuns, runWeights, storyRegion } from "./smooth.js";
import { maySquashTo, squash } from "./squash.js";

/**
 * Stage 4: one decision per candidate block, with a reason for every block
 * that is not kept.
 */

export type Decision = { kind: "body" } | { kind: "related" } | { kind: "removed"; reason: RemovalReason };

// Decisions are read, never changed: one object per kind (and reason) serves every block.
const BODY: Decision = { kind: "body" };
const RELATED: Decision = { kind: "related" };
const REMOVED = new Map<RemovalReason, Decision>();
function removed(reason: RemovalReason): Decision {
  let decision = REMOVED.get(reason);
  if (decision === undefined) {
    decision = { kind: "removed", reason };
    REMOVED.set(reason, decision);
  }
  return decision;
}

export interface Classification {
  decisions: Decision[];
  /** The language the features were read in: the caller's, the draft's, or the detected one. */
  language: string | undefined;
  features: Features[];
  scored: Scored[];
}

/** The language is read from the openings of this many of the longest sentence-ending blocks of one language. */
export const LANGUAGE_SAMPLE_BLOCKS = 4;
/** Characters taken from the start of each sampled block. */
export const LANGUAGE_SAMPLE_CHARS = 100;
/** This many of the longest sentence-ending blocks vote, each by its opening, on the language the sample is taken in. */
export const LANGUAGE_VOTE_BLOCKS = 8;

/**
 * A Chinese or Japanese story takes about a third of the characters of the
 * same story in English or Russian: its blocks' lengths count this many times over in the vote.
 */
export const HAN_WEIGHT = 3;

/**
 * English is the furniture of pages in every language (comment systems,
 * consent and subscription notices, widgets), and seldom the reverse: an
 * English block's vote counts this much of its length.
 */
export const ENGLISH_VOTE_WEIGHT = 0.5;

/**
 * The page's language, read from the openings of the longest blocks that
 * end a sentence, in the language most of such text is in. One long block
 * may be a price list or a score sheet; several together are the story's
 * paragraphs. Each of the longest blocks votes with its length for what its
 * opening's letters tell (see `scriptVerdict`), so that a thread of long
 * comments in English does not outvote a story of more, shorter paragraphs
 * in Russian. A language the letters name wins outright; for a script of
 * several, franc reads the openings of the winner's blocks.
 */
function pageLanguage(draft: Draft): string | undefined {
  const top: string[] = [];
  for (const { text } of draft.blocks) {
    // Lengths first: most blocks are too short, or shorter than the longest so far.
    if (text.length < LANGUAGE_SAMPLE_CHARS / 2) continue;
    if (top.length === LANGUAGE_VOTE_BLOCKS && text.length <= top[top.length - 1]!.length) continue;
    if (!endsSentence(text)) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.length < text.length) at--;
    top.splice(at, 0, text);
    if (top.length > LANGUAGE_VOTE_BLOCKS) top.pop();
  }
  if (top.length === 0) {
    let longest = "";
    for (const { text } of draft.blocks) if (text.length > longest.length) longest = text;
    return detectLanguage(longest);
  }
  const verdicts = top.map((text) => {
    const verdict = scriptVerdict(text, Math.min(text.length, LANGUAGE_SAMPLE_CHARS));
    return verdict?.tag ?? verdict?.script;
  });
  // Blocks of too few letters to tell (figures, a score sheet) do not vote; the longest block wins a tie.
  const votes = new Map<string, number>();
  let winner: string | undefined;
  top.forEach((text, i) => {
    const verdict = verdicts[i];
    if (verdict === undefined) return;
    const weight =
      verdict === "en" ? ENGLISH_VOTE_WEIGHT : verdict === "ja" || verdict === "zh" ? HAN_WEIGHT : 1;
    const n = (votes.get(verdict) ?? 0) + text.length * weight;
    votes.set(verdict, n);
    if (winner === undefined || n > votes.get(winner)!) winner = verdict;
  });
  if (winner !== undefined && !isScript(winner)) return winner;
  const sample = winner === undefined ? top : top.filter((_, i) => verdicts[i] === winner);
  return detectLanguage(
    sample
      .slice(0, LANGUAGE_SAMPLE_BLOCKS)
      .map((t) => t.slice(0, LANGUAGE_SAMPLE_CHARS))
      .join(" "),
  );
}

/** A repeat of the headline differs from it in spacing only: lengths within this many characters. */
export const DUPLICATE_LENGTH_SLACK = 8;

export function classifyBlocks(draft: Draft, language?: string): Classification {
  const lang = language ?? draft.metadata.language ?? pageLanguage(draft);
  const stopwords = stopwordsFor(lang);
  const headline = draft.metadata.headline ? squash(draft.metadata.headline.text) : undefined;

  // Stages 1 and 2: each block on its own.
  const features: Features[] = [];
  const scored: Scored[] = [];
  const relatedList: boolean[] = [];
  const { leadImage, byline, headline: head } = draft.metadata;
  const page = markupContext(draft.blocks, leadImage?.src, byline, head?.span);
  for (const candidate of draft.blocks) {
    const f = blockFeatures(candidate, stopwords, lang);
    const signal = markupSignal(candidate.features, page);
    // Whether a list is one of links is read once, for both questions below.
    const linkList = signal !== undefined && isLinkList(candidate);
    let s = reviseScore(scoreBlock(f, signal), f, candidate, signal, page, linkList);
    relatedList.push(isRelatedList(candidate, signal, page, linkList));
    const isDuplicate =
      headline !== undefined &&
      Math.abs(candidate.text.length - headline.length) <= DUPLICATE_LENGTH_SLACK &&
      maySquashTo(candidate.text, headline) &&
      squash(candidate.text) === headline;
    if (isDuplicate) {
      s = {
        ...s,
        cls: "bad",
        weight: -SHORT_PENALTY,
        reason: "duplicate",
        headlineLike: false,
        headlineShaped: false,
      };
    }
    features.push(f);
    scored.push(s);
  }

  markConsentNotices(draft, features, scored);

  // Stage 3: the story region and the lists of other stories around it.
  const listEndsStory = (i: number) => {
    const { block } = draft.blocks[i]!;
    return block.type === "list" && holdsEndPrompt(block.items, lang);
  };
  const lines = (i: number) => features[i]!.items;
  const region = storyRegion(runWeights(scored, listEndsStory, lines));
  const related = relatedRuns(scored, region);

  // Stage 4: decisions.
  const decisions: Decision[] = [];
  let commentsSeen = false;
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!;
    const inStory = i >= region.start && i <= region.end;
    if (related[i] || relatedList[i]) {
      decisions.push(RELATED);
      continue;
    }
    if (inStory && s.cls !== "bad") {
      decisions.push(BODY);
      continue;
    }
    if (s.reason === "comments" && i > region.end) commentsSeen = true;
    decisions.push(removed(s.reason ?? outsideReason(s, i, region.start, commentsSeen)));
  }
  return { decisions, language: lang, features, scored };
}

/** A consent button is a line of at most this many words that the cookie cue names ("Accept all", "More options"). */
export const CONSENT_BUTTON_MAX_WORDS = 3;
/** Buttons come two or more in a row (accept, refuse, settings): one "Cookie policy" link is not a banner's. */
export const CONSENT_MIN_BUTTONS = 2;

/**
 * A consent notice is prose in whatever wording the site chose, so its
 * buttons name it: the block right above a row of consent buttons is the
 * notice, and goes with them, when it speaks of what such notices speak of
 * (a story's last paragraph above a bare row of buttons stays).
 */
function markConsentNotices(draft: Draft, features: Features[], scored: Scored[]): void {
  let buttons = 0;
  for (let i = 0; i <= features.length; i++) {
    const f = features[i];
    if (f !== undefined && f.cue === "cookie-banner" && f.words <= CONSENT_BUTTON_MAX_WORDS) {
      buttons++;
      continue;
    }
    const notice = i - buttons - 1;
    if (
      buttons >= CONSENT_MIN_BUTTONS &&
      notice >= 0 &&
      features[notice]!.cue === undefined &&
      speaksOfConsent(draft.blocks[notice]!.text)
    ) {
      features[notice] = { ...features[notice]!, cue: "cookie-banner" };
      scored[notice] = scoreBlock(features[notice]!, undefined);
    }
    buttons = 0;
  }
}

/** Why a block outside the story goes, when its own wording and markup do not say. */
function outsideReason(s: Scored, index: number, regionStart: number, commentsSeen: boolean): RemovalReason {
  if (regionStart < 0) return "low-content";
  if (index < regionStart) return s.cls === "short" ? "navigation" : "sidebar";
  if (commentsSeen) return "comments";
  return s.cls === "short" ? "low-content" : "sidebar";
}
