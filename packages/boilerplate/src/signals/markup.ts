import {
  type BlockFeatures,
  type Byline,
  type CandidateBlock,
  EMBED_HINT,
  FURNITURE_HINTS,
  type RemovalReason,
  type Span,
  STORY_HINTS,
} from "@copydesk/schema";
import type { Features } from "../features.js";
import { BAD_MIN_PENALTY, MAX_LINK_DENSITY, type Scored, SHORT_MAX_WORDS } from "../score.js";
import { maySquashTo, squash } from "../squash.js";

/**
 * The markup signals of an HTML block, read in one place: class/id hints,
 * link density, whether the block sits in the page's article container.
 * Plain-text blocks have none of these and get no signal.
 *
 * Hints are read against the page: a word that the story's own paragraphs
 * carry (a `has-sidebar` layout wrapper, an `ad-free` body class, a page
 * whose `<main>` is classed `menu-open`) says nothing about any one block and
 * is ignored. Only the words that set a block apart from the story's prose
 * name furniture. Likewise the article container counts only when most of
 * the page's prose sits inside it (some pages use `<article>` for teasers).
 */

export interface MarkupSignal {
  /**
   * Added to the block's region weight, per word (at least the bad-block
   * minimum): -1 makes a block cost what it would have added.
   */
  adjustment: number;
  /** The removal reason the markup names (a furniture hint, or `outside-article`), when it names one. */
  reason: RemovalReason | undefined;
}

/** What the whole page's markup says, against which each block's hints are read. */
export interface PageMarkup {
  /** Hints carried by most of the page's prose: they describe the page, not a block. */
  ambient: ReadonlySet<string>;
  /** Whether the article container holds most of the page's prose (so being outside it means something). */
  articleHoldsStory: boolean;
  /**
   * The tag path of the element whose children carry the story's prose (as
   * Readability finds its top candidate), when it holds most of the page's
   * prose; blocks under it are read as part of the story's body.
   */
  storyContainer: string | undefined;
  /** Index of the last block inside the story container (-1 without one): past it, the story is over. */
  containerEnd: number;
  /** Indices of the container's first and last prose blocks (-1 without one): furniture between them is set into the story. */
  proseStart: number;
  proseEnd: number;
  /** The address of the article's lead image, which the article shows once, before its body. */
  leadImage: string | undefined;
  /** The article's byline, which the article shows once, with its metadata. */
  byline: Byline | undefined;
  /** The byline's text squashed (see `squash`), to tell a paragraph that repeats its words. */
  bylineWords: string | undefined;
}

/** How much a furniture hint lowers a block: a hinted block costs about what it would have added. */
export const FURNITURE_HINT_ADJUSTMENT = -1.5;
/** How much being inside the article container raises a block. */
export const IN_ARTICLE_ADJUSTMENT = 0.5;
/** Being outside the article container, when the page has one, lowers a block this much. */
export const OUTSIDE_ARTICLE_ADJUSTMENT = -0.5;

/** A block of at least this many characters, with few links, is prose for the page-level reading. */
export const PROSE_MIN_CHARS = 80;
/** … and at most this share of its text in links. */
export const PROSE_MAX_LINK_DENSITY = 0.3;
/** A hint carried by at least this share of the page's prose describes the page, not a block. */
export const AMBIENT_SHARE = 0.5;
/**
 * Comment sections can outweigh a short story; their hint becomes ambient
 * only when nearly all prose carries it (a forum page, a comment permalink).
 */
export const AMBIENT_COMMENT_SHARE = 0.9;
/** The article container holds the story when at least this share of the prose sits in it. */
export const ARTICLE_PROSE_SHARE = 0.5;

const HINT_LOOKUP = new Map<string, RemovalReason>();
for (const [reason, tokens] of FURNITURE_HINTS)
  for (const t of tokens) if (!HINT_LOOKUP.has(t)) HINT_LOOKUP.set(t, reason);

/** What a block's signal reads in a hint: a story word, the furniture it names, or both. */
interface HintReading {
  story: boolean;
  reason: RemovalReason | undefined;
}
/** Every hint the signal reads, in one map: a block's other hints cost one lookup each. */
const HINT_READINGS = new Map<string, HintReading>();
for (const hint of [...STORY_HINTS, ...HINT_LOOKUP.keys()])
  HINT_READINGS.set(hint, { story: STORY_HINTS.has(hint), reason: HINT_LOOKUP.get(hint) });

const NO_PAGE: PageMarkup = {
  ambient: new Set(),
  articleHoldsStory: true,
  storyContainer: undefined,
  containerEnd: -1,
  proseStart: -1,
  proseEnd: -1,
  leadImage: undefined,
  byline: undefined,
  bylineWords: undefined,
};

/**
 * Prose, for reading the page: a paragraph, quote or table of some length
 * with few links. Lists are left out: a list of teasers merged into one block
 * reads as a long text, and would outweigh the story.
 */
function isProse({ block, text, features }: CandidateBlock): boolean {
  // Length first: most blocks are short, and the block's type is read from objects of many shapes.
  if (text.length < PROSE_MIN_CHARS || features.linkDensity > PROSE_MAX_LINK_DENSITY) return false;
  const { type } = block;
  return type === "paragraph" || type === "quote" || type === "table";
}

/** A paragraph gives its parent its length, and its grandparent this share of it (Readability's scoring). */
export const GRANDPARENT_SHARE = 0.5;
/** The story container must hold at least this share of the prose no furniture hint claims, to be trusted. */
export const CONTAINER_PROSE_SHARE = 0.6;

/** Whether any of the hints names furniture, leaving out those that describe the whole page. */
function namesFurniture(hints: readonly string[] | undefined, ambient: ReadonlySet<string>): boolean {
  if (hints === undefined) return false;
  for (const hint of hints) {
    const reason = HINT_LOOKUP.get(hint);
    if (reason !== undefined && reason !== "metadata" && !ambient.has(hint)) return true;
  }
  return false;
}

/** Whether a block with this tag path sits in the element with that one: text directly in it, or in a descendant. */
function within(path: string | undefined, container: string | undefined): boolean {
  if (path === undefined || container === undefined) return false;
  // A block is asked about two or three times in a row, and its neighbours share its path: the last answer is kept.
  if (path === lastPath && container === lastContainer) return lastWithin;
  // The element's own path, or a descendant's (the container's path and a `>`): lengths and that `>` are told first.
  // `lastIndexOf(container, 0)` asks `startsWith`, and compares the characters several times faster.
  const n = container.length;
  const inside =
    path.length >= n &&
    (path.length === n || path.charCodeAt(n) === GT) &&
    path.lastIndexOf(container, 0) === 0;
  lastPath = path;
  lastContainer = container;
  lastWithin = inside;
  return inside;
}
let lastPath: string | undefined;
let lastContainer: string | undefined;
let lastWithin = false;
const GT = ">".charCodeAt(0);

function parentPath(path: string): string | undefined {
  const at = path.lastIndexOf(">");
  return at < 0 ? undefined : path.slice(0, at);
}

/**
 * The element whose children hold the most prose: each prose block credits
 * its parent with its length and its grandparent with half of it. Tag paths
 * name elements by tag and first class, so same-shaped siblings (one wrapper
 * per paragraph) add up as one.
 */
function findStoryContainer(
  prose: readonly CandidateBlock[],
  ambient: ReadonlySet<string>,
): string | undefined {
  // Readers' comments and a sidebar's blurbs are prose too, but their markup says whose.
  const own = prose.filter((candidate) => !namesFurniture(candidate.features.hints, ambient));
  const credit = new Map<string, number>();
  let chars = 0;
  // A story's paragraphs share a tag path: their parent and grandparent paths are cut once per run.
  let path: string | undefined;
  let parent: string | undefined;
  let grandparent: string | undefined;
  for (const { text, features } of own) {
    chars += text.length;
    if (features.tagPath !== path) {
      path = features.tagPath;
      parent = path === undefined ? undefined : parentPath(path);
      grandparent = parent === undefined ? undefined : parentPath(parent);
    }
    if (parent === undefined) continue;
    credit.set(parent, (credit.get(parent) ?? 0) + text.length);
    if (grandparent !== undefined)
      credit.set(grandparent, (credit.get(grandparent) ?? 0) + text.length * GRANDPARENT_SHARE);
  }
  let best: string | undefined;
  let bestCredit = 0;
  for (const [at, credited] of credit) {
    if (credited > bestCredit) {
      best = at;
      bestCredit = credited;
    }
  }
  if (best === undefined) return undefined;
  let held = 0;
  for (const candidate of own) if (within(candidate.features.tagPath, best)) held += candidate.text.length;
  return held >= CONTAINER_PROSE_SHARE * chars ? best : undefined;
}

/** A furniture word stays a block's own when at least this share of the prose carrying it is apart from the headline's story. */
export const APART_SHARE = 0.5;

/**
 * Per furniture word, the characters of prose that carry it but no story
 * word (`article`, `content`, …), when the headline's element carries one:
 * the headline sits with its story, so such prose sits in another part of the page.
 */
function proseApartFromHeadline(
  blocks: readonly CandidateBlock[],
  prose: readonly CandidateBlock[],
  headline: Span | undefined,
) {
  const apart = new Map<string, number>();
  const headed = headline === undefined ? undefined : blocks.find((b) => b.span.start === headline.start);
  if (!(headed?.features.hints ?? []).some((h) => STORY_HINTS.has(h))) return apart;
  for (const candidate of prose) {
    const hints = candidate.features.hints;
    if (hints === undefined || hints.some((h) => STORY_HINTS.has(h))) continue;
    for (const hint of hints)
      if (HINT_LOOKUP.has(hint)) apart.set(hint, (apart.get(hint) ?? 0) + candidate.text.length);
  }
  return apart;
}

/** Reads the page once: which hints are ambient, whether the article container holds the story. */
export function markupContext(
  blocks: readonly CandidateBlock[],
  leadImage?: string,
  byline?: Byline,
  headline?: Span,
): PageMarkup {
  const prose = blocks.filter(isProse);
  const carried = new Map<string, number>();
  let proseChars = 0;
  let inArticle = 0;
  for (const { text, features } of prose) {
    const chars = text.length;
    proseChars += chars;
    if (features.inArticle === true) inArticle += chars;
    for (const hint of features.hints ?? []) carried.set(hint, (carried.get(hint) ?? 0) + chars);
  }
  const apart = proseApartFromHeadline(blocks, prose, headline);
  const ambient = new Set<string>();
  for (const [hint, chars] of carried) {
    const reason = HINT_LOOKUP.get(hint);
    const share = reason === "comments" ? AMBIENT_COMMENT_SHARE : AMBIENT_SHARE;
    // Prose that shares none of the headline's story words sits beside the story (a sidebar outweighing a calendar).
    if (reason !== undefined && (apart.get(hint) ?? 0) >= APART_SHARE * chars) continue;
    if (chars >= share * proseChars) ambient.add(hint);
  }
  const storyContainer = proseChars === 0 ? undefined : findStoryContainer(prose, ambient);
  // The container's last block, and its first and last prose blocks, are looked for from the ends in.
  const inside = (candidate: CandidateBlock) => within(candidate.features.tagPath, storyContainer);
  const last = storyContainer === undefined ? -1 : blocks.findLastIndex(inside);
  const firstProse = storyContainer === undefined ? undefined : prose.find(inside);
  const lastProse = storyContainer === undefined ? undefined : prose.findLast(inside);
  return {
    ambient,
    articleHoldsStory: proseChars === 0 || inArticle >= ARTICLE_PROSE_SHARE * proseChars,
    storyContainer,
    containerEnd: last,
    proseStart: firstProse === undefined ? -1 : blocks.indexOf(firstProse),
    proseEnd: lastProse === undefined ? -1 : blocks.lastIndexOf(lastProse),
    leadImage,
    byline,
    bylineWords: byline === undefined ? undefined : squash(byline.text),
  };
}

/**
 * A byline may carry a date, a role or a separator the metadata's text
 * leaves out ("By Jane Doe | Staff writer"): a block at most this many
 * characters longer than the byline, over the byline's span, is its copy.
 */
export const BYLINE_COPY_SLACK = 40;

/** Whether a block shows the article's byline again: over the byline's own span, or the same words. */
function repeatsByline({ block, text, span }: CandidateBlock, page: PageMarkup): boolean {
  const { byline, bylineWords } = page;
  if (byline === undefined || bylineWords === undefined) return false;
  if (text.length > byline.text.length + BYLINE_COPY_SLACK || block.type !== "paragraph") return false;
  const at = byline.span;
  if (at !== undefined) return span.start < at.end && span.end > at.start;
  return maySquashTo(text, bylineWords) && squash(text) === bylineWords;
}

/**
 * The markup signal of a block, or `undefined` for a block without markup
 * features (plain text). Without `page`, every hint counts and the article
 * container is trusted.
 */
export function markupSignal(features: BlockFeatures, page: PageMarkup = NO_PAGE): MarkupSignal | undefined {
  const { hints, inArticle } = features;
  if (hints === undefined && inArticle === undefined && features.tagPath === undefined) return undefined;
  let adjustment = 0;
  let reason: RemovalReason | undefined;
  // Hints run outermost first: the innermost furniture token is the most specific.
  let storyHinted = false;
  for (const hint of hints ?? []) {
    const reading = HINT_READINGS.get(hint);
    if (reading === undefined || page.ambient.has(hint)) continue;
    if (reading.story) storyHinted = true;
    const named = reading.reason;
    // An embedded post's "social" names where it comes from; it is not a share bar.
    if (named === "share-prompt" && hints?.includes(EMBED_HINT) === true) continue;
    if (named !== undefined) reason = named;
  }
  if (reason !== undefined && !(storyHinted && inArticle === true && reason === "related-stories")) {
    adjustment += FURNITURE_HINT_ADJUSTMENT;
  } else {
    reason = undefined;
  }
  const trusted = page.articleHoldsStory;
  if (inArticle === true && trusted) adjustment += IN_ARTICLE_ADJUSTMENT;
  else if (inArticle === false && trusted) adjustment += OUTSIDE_ARTICLE_ADJUSTMENT;
  if (reason === undefined && inArticle === false && trusted) reason = "outside-article";
  return { adjustment, reason };
}

/** Reasons a block's own text gives that say more than the section it sits in. */
const KEPT_REASONS: ReadonlySet<RemovalReason | undefined> = new Set(["duplicate", "separator", "copyright"]);

/**
 * Whether a block is a list of other stories, for `related`: a list whose
 * items are links of headline length, which the markup does not name as a
 * menu, a footer or tags (and, inside the story's container, names as related).
 */
export function isRelatedList(
  candidate: CandidateBlock,
  signal: MarkupSignal | undefined,
  page: PageMarkup,
  linkList: boolean = isLinkList(candidate),
): boolean {
  if (signal === undefined || candidate.block.type !== "list") return false;
  if (!linkList && !isTailLinkList(candidate, page)) return false;
  if (signal.reason !== undefined && NOT_STORIES.has(signal.reason)) return false;
  // Inside the story, only a list its markup calls related is one: a story may list links of its own.
  const container = page.storyContainer;
  const inStory = within(candidate.features.tagPath, container);
  if (inStory && signal.reason !== "related-stories" && candidate.features.index <= page.proseEnd)
    return false;
  const { items } = candidate.block;
  let words = 0;
  for (const item of items) words += spaceSeparated(item);
  return words >= RELATED_ITEM_MIN_WORDS * items.length;
}

/** How many parts `text.split(" ")` would give, without making them. */
function spaceSeparated(text: string): number {
  let parts = 1;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) parts++;
  return parts;
}

/** Lists the markup names as these are links, but not to other stories. */
const NOT_STORIES: ReadonlySet<RemovalReason> = new Set([
  "navigation",
  "footer",
  "tags",
  "share-prompt",
  "comments",
]);
/** A headline has at least this many words on average; menus and tag lists have one or two. */
export const RELATED_ITEM_MIN_WORDS = 4;

/** A block after the story's container closes costs this much per word (it cancels what it would add, and more). */
export const AFTER_CONTAINER_PENALTY = 1.5;
/** What a block of the story's container that reads as too little alone (a list line, a label) adds per word. */
export const CONTAINER_BLOCK_WEIGHT = 0.25;

/** A list item is a link when one link's text covers at least this share of it. */
export const LINKED_ITEM_SHARE = 0.5;
/** … or when it opens with a link of at least this many characters (a headline before its summary). */
export const LEADING_LINK_MIN_CHARS = 20;
/** A list is a list of links (other stories, sections) when at least this share of its items are links … */
export const LINK_LIST_ITEM_SHARE = 0.7;
/** … and it has at least this many items. */
export const LINK_LIST_MIN_ITEMS = 3;

/**
 * A list whose items are each mostly one link, or open with a headline's
 * link: teasers of other stories or a menu, even when each item also carries
 * a summary, a time or an author, which keeps the list's link density low.
 */
export function isLinkList({ block, features }: CandidateBlock, everyItem = false): boolean {
  if (block.type !== "list" || block.items.length < LINK_LIST_MIN_ITEMS) return false;
  const links = features.links ?? [];
  if (links.length < LINK_LIST_MIN_ITEMS * LINK_LIST_ITEM_SHARE) return false;
  let linked = 0;
  // Items and their links mostly come in the same order: each item's search starts after the last link found.
  let from = 0;
  for (const item of block.items) {
    const least = everyItem ? MIN_LINK_CHARS : item.length * LINKED_ITEM_SHARE;
    const at = linkOf(item, links, least, from);
    if (at >= 0) {
      linked++;
      from = at + 1 === links.length ? 0 : at + 1;
    } else if (everyItem) return false;
  }
  return everyItem || linked >= LINK_LIST_ITEM_SHARE * block.items.length;
}

/**
 * The index of a link that makes the item a link (one of at least `least`
 * characters in it, or one of a headline's length at its start), or -1.
 * Every link is tried, from `from` round to the one before it.
 */
function linkOf(item: string, links: readonly { text: string }[], least: number, from: number): number {
  let at = from;
  for (let tried = 0; tried < links.length; tried++) {
    const { text } = links[at]!;
    // A link longer than the item is neither in it nor at its start.
    if (
      text.length <= item.length &&
      ((text.length >= least && item.includes(text)) ||
        (text.length >= LEADING_LINK_MIN_CHARS && item.startsWith(text)))
    )
      return at;
    at = at + 1 === links.length ? 0 : at + 1;
  }
  return -1;
}

/** A link of fewer characters ("1", "»") does not make its list item a link. */
const MIN_LINK_CHARS = 3;

/**
 * Past the story's last paragraph, a list in which every item carries a link
 * is a list of other stories, however the links sit in their items.
 */
function isTailLinkList(candidate: CandidateBlock, page: PageMarkup): boolean {
  return page.proseEnd >= 0 && candidate.features.index > page.proseEnd && isLinkList(candidate, true);
}

/**
 * Revises a block's first opinion with what the page's structure says.
 *
 * - A block inside the story's container, with few links and no furniture
 *   hint of its own, belongs to the story however little it reads alone: a
 *   recipe's ingredient lines, a calendar, a product's features, a picture.
 *   It stops counting against the story (an image or a text-less block is
 *   neutral, a low-content one adds a little).
 * - A headline-shaped line without a link is not a link to another story.
 */
export function reviseScore(
  scored: Scored,
  f: Features,
  candidate: CandidateBlock,
  signal: MarkupSignal | undefined,
  page: PageMarkup,
  linkList: boolean = isLinkList(candidate),
): Scored {
  if (signal === undefined) return scored;
  let out = scored;
  const { block } = candidate;
  if (block.type === "image" && page.leadImage !== undefined && block.src === page.leadImage) {
    // The lead image is shown once, with the article's metadata; here it would be a repeat.
    return { ...out, cls: "bad", weight: 0, reason: "duplicate" };
  }
  // The byline is shown once, with the article's metadata; a paragraph that repeats it is that metadata.
  if (repeatsByline(candidate, page)) {
    // It adds nothing to the story, and keeps whatever it cost as furniture before the story starts.
    const weight = Math.min(out.weight, 0);
    return { ...out, cls: "bad", weight, reason: "metadata", headlineLike: false, headlineShaped: false };
  }
  // A link-heavy line is a headline of another story by its wording alone; the markup may know it is a menu or a logo.
  if (out.reason === "related-stories" && signal.reason === "navigation") {
    out = own(out, scored);
    out.reason = "navigation";
  }
  // Inside a section the markup names (a comment form, a share bar), the section says why better than one line's wording.
  const section = signal.reason;
  if (
    out.cls === "bad" &&
    section !== undefined &&
    section !== "outside-article" &&
    !KEPT_REASONS.has(out.reason)
  ) {
    out = own(out, scored);
    out.reason = section;
  }
  if ((candidate.features.links?.length ?? 0) === 0 && (scored.headlineLike || scored.headlineShaped)) {
    out = own(out, scored);
    out.headlineLike = false;
    out.headlineShaped = false;
  }
  const container = page.storyContainer;
  const path = candidate.features.tagPath;
  const inContainer = within(path, container);
  // A story may list its sources as links; outside it, a list of links is other stories or a menu.
  if (out.cls !== "bad" && ((!inContainer && linkList) || isTailLinkList(candidate, page))) {
    out = own(out, scored);
    out.cls = "bad";
    out.weight = -Math.max(f.words, BAD_MIN_PENALTY);
    out.reason = "related-stories";
    return out;
  }
  // A short line the markup names as furniture (a slide counter, a share count) goes even inside the story's stretch.
  const named = signal.reason !== undefined && signal.reason !== "outside-article";
  if (named && out.cls === "short") {
    out = own(out, scored);
    out.cls = "bad";
    out.reason ??= signal.reason;
  }
  if (container === undefined || path === undefined) return out;
  // Before the container's first paragraph, what does not read as prose alone is the page's header: labels, bylines, a gallery.
  if (
    !inContainer &&
    candidate.features.index < page.proseStart &&
    (out.cls === "short" || out.cls === "near-good")
  ) {
    out = own(out, scored);
    out.cls = "bad";
    out.reason ??= "outside-article";
  }
  if (!inContainer) {
    if (candidate.features.index <= page.containerEnd || out.cls === "bad") return out;
    // After the story's container closes, prose is another story's teaser or a reader's comment.
    out = own(out, scored);
    out.weight -= AFTER_CONTAINER_PENALTY * Math.max(f.words, BAD_MIN_PENALTY);
    out.reason ??= "outside-article";
    return out;
  }
  const linky = f.linkDensity > MAX_LINK_DENSITY;
  // A quotation set inside the story (a post, a tweet) is the story's, whatever its wrapper is called.
  const quoted = candidate.block.type === "quote" && !linky;
  const furniture = signal.reason !== undefined && signal.reason !== "outside-article" && !quoted;
  if (candidate.block.type === "image" && !furniture && !linky) {
    if (out.cls !== "bad") return out;
    out = own(out, scored);
    out.cls = "short";
    out.weight = 0;
    out.reason = undefined;
    return out;
  }
  // Judged bad by its wording alone (too little prose, a title's shape), a block of the container's own is the story's.
  if (out.cls === "bad" && out.reason !== "separator" && !furniture && !linky && f.cue === undefined) {
    out = own(out, scored);
    out.cls = f.words < SHORT_MAX_WORDS ? "short" : "near-good";
    out.weight = f.words * CONTAINER_BLOCK_WEIGHT;
    out.reason = undefined;
    return out;
  }
  const interior = candidate.features.index > page.proseStart && candidate.features.index < page.proseEnd;
  if (furniture || linky || f.cue !== undefined) {
    if (!interior) return out;
    // Furniture set into the story (a related box, a share bar) goes, but does not cut the story in two.
    out = own(out, scored);
    out.cls = "bad";
    out.weight = 0;
    out.reason ??= signal.reason;
    return out;
  }
  if (out.cls === "bad") {
    // A separator or a label stays out of the body but does not wall the story off.
    out = own(out, scored);
    out.weight = 0;
    return out;
  }
  if (quoted && signal.reason !== undefined) {
    out = own(out, scored);
    out.reason = undefined;
  }
  if (out.weight < 0) {
    out = own(out, scored);
    out.weight = 0;
  }
  return out;
}

/** `out` when it is a copy this revision made, else a copy of `scored`: a block's first change copies it, the later ones write. */
function own(out: Scored, scored: Scored): Scored {
  return out === scored ? { ...scored } : out;
}
