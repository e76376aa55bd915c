import {
  type Article,
  type Block,
  type Draft,
  type RelatedLink,
  type Removal,
  SCHEMA_VERSION,
  type Span,
  WARNING_CODES,
  type Warning,
} from "@copydesk/schema";
import type { Decision } from "./classify.js";
import type { HeadlineChoice } from "./headline.js";

/**
 * Stage 6: the article. Kept blocks go to `body` in order, headline lists to
 * `related`, everything else to `removed` with its reason: every candidate
 * block lands in exactly one of the three.
 */

// A detached trailing ` -`, ` |`, ` »` that separates items of a headline list.
// Only from the start of a whitespace run: trying every position inside a long run is quadratic.
const TRAILING_SEPARATOR = /(?<!\s)\s+[-|»–—›/]\s*$/u;
const SEPARATOR_MARKS = "-|»–—›/";

function relatedTitle(text: string): string {
  const trimmed = text.trim();
  // Most titles end with no mark: the separator's pattern is run only on those that do.
  if (trimmed === "" || !SEPARATOR_MARKS.includes(trimmed.charAt(trimmed.length - 1))) return trimmed;
  const title = text.replace(TRAILING_SEPARATOR, "").trim();
  return title === "" ? trimmed : title;
}

/** A link of fewer characters ("1", "»", "|") names no item. */
const MIN_ITEM_LINK_CHARS = 3;
/**
 * A list's items and their links come in the same order, a link or two per
 * item: each item looks at most this many links past the last one matched,
 * so a list of 100,000 links costs 100,000 short looks, not 100,000².
 */
export const ITEM_LINK_LOOKAHEAD = 8;
/**
 * The markup between two list items in the page's source (closing tags, the
 * next item's opening tag and link) is shorter than this many characters: an
 * item's text is looked for within it, so a missing item costs a bounded scan.
 */
export const ITEM_GAP_CHARS = 2048;

type Link = { text: string; href: string };

/**
 * The address of a list item, looking at the links from `from` on: the link
 * whose text is the item's title, or else the longest link whose text the item
 * contains (a linked headline followed by its time or source, which are not
 * part of the link). Returns the index after the link used.
 */
function itemUrl(links: readonly Link[], title: string, from: number): { href?: string; next: number } {
  let best = -1;
  let bestLength = 0;
  const stop = Math.min(links.length, from + ITEM_LINK_LOOKAHEAD);
  for (let i = from; i < stop; i++) {
    const text = links[i]!.text.trim();
    if (text === title) return { href: links[i]!.href, next: i + 1 };
    if (text.length >= MIN_ITEM_LINK_CHARS && text.length > bestLength && title.includes(text)) {
      best = i;
      bestLength = text.length;
    }
  }
  return best < 0 ? { next: from } : { href: links[best]!.href, next: best + 1 };
}

/** The links of a related list, one per item; list items get their own spans inside the block's. */
function relatedLinks(draft: Draft, index: number): RelatedLink[] {
  const candidate = draft.blocks[index]!;
  const links = candidate.features.links ?? [];
  const source = draft.source.text;
  if (candidate.block.type !== "list") {
    const title = relatedTitle(candidate.text);
    const link: RelatedLink = { title, span: candidate.span };
    const url =
      links.length === 1
        ? links[0]!.href
        : (links.find((l) => l.text.trim() === title)?.href ?? links[0]?.href);
    if (url !== undefined) link.url = url;
    return [link];
  }
  const out: RelatedLink[] = [];
  let from = candidate.span.start;
  let nextLink = 0;
  for (const item of candidate.block.items) {
    const title = relatedTitle(item);
    if (title === "") continue;
    const needle = item.trim();
    const windowEnd = Math.min(candidate.span.end, from + needle.length + ITEM_GAP_CHARS);
    const found = source.slice(from, windowEnd).indexOf(needle);
    const span: Span =
      found >= 0 ? { start: from + found, end: from + found + needle.length } : candidate.span;
    if (found >= 0) from = span.end;
    const link: RelatedLink = { title, span };
    const { href, next } = itemUrl(links, title, nextLink);
    nextLink = next;
    if (href !== undefined) link.url = href;
    out.push(link);
  }
  // A list's markers and the gaps between items belong to the list: the block's span stays accounted for.
  if (out.length > 0) out[0] = { ...out[0]!, span: { start: candidate.span.start, end: out[0]!.span!.end } };
  if (out.length > 0) {
    const last = out[out.length - 1]!;
    out[out.length - 1] = { ...last, span: { start: last.span!.start, end: candidate.span.end } };
  }
  return out;
}

const byStart = (a: Removal, b: Removal) => a.span.start - b.span.start;

function sortedByStart(list: readonly Removal[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.span.start > list[i]!.span.start) return false;
  return true;
}

/**
 * The classifier's removals and the parser's in source order (the
 * classifier's first where two start together). Both lists come in source
 * order, and are merged; a list that does not is sorted with the other.
 */
function inSourceOrder(own: Removal[], parsers: readonly Removal[]): Removal[] {
  if (!sortedByStart(own) || !sortedByStart(parsers)) return [...own, ...parsers].sort(byStart);
  const out: Removal[] = [];
  let j = 0;
  for (const removal of own) {
    while (j < parsers.length && parsers[j]!.span.start < removal.span.start) out.push(parsers[j++]!);
    out.push(removal);
  }
  while (j < parsers.length) out.push(parsers[j++]!);
  return out;
}

function warning(code: keyof typeof WARNING_CODES): Warning {
  return { code, message: WARNING_CODES[code] };
}

/**
 * `headline`: what becomes of the parser's headline (see `storyHeadline`):
 * the block taken in its place, if any, and whether the parser's goes to
 * `removed`, as the line of the site's menu that it was.
 */
export function assembleArticle(
  draft: Draft,
  decisions: readonly Decision[],
  language: string | undefined,
  headline: HeadlineChoice = { replace: false, block: -1 },
): Article {
  const body: Block[] = [];
  const related: RelatedLink[] = [];
  const removed: Removal[] = [];
  const replaced = headline.replace ? draft.metadata.headline?.span : undefined;
  if (replaced !== undefined) {
    removed.push({
      text: draft.source.text.slice(replaced.start, replaced.end),
      reason: "navigation",
      span: replaced,
    });
  }
  for (let i = 0; i < draft.blocks.length; i++) {
    const candidate = draft.blocks[i]!;
    const decision = decisions[i]!;
    if (i === headline.block) continue;
    if (decision.kind === "body") {
      body.push(candidate.block.span ? candidate.block : { ...candidate.block, span: candidate.span });
    } else if (decision.kind === "related") {
      related.push(...relatedLinks(draft, i));
    } else {
      removed.push({ text: candidate.text, reason: decision.reason, span: candidate.span });
    }
  }
  const allRemoved = inSourceOrder(removed, draft.removed);

  const { text: _text, ...source } = draft.source;
  const chosen = draft.blocks[headline.block];
  const meta =
    !headline.replace && chosen === undefined
      ? draft.metadata
      : { ...draft.metadata, headline: chosen && { text: chosen.text, span: chosen.span } };
  const warnings =
    chosen === undefined ? [...draft.warnings] : draft.warnings.filter((w) => w.code !== "no-headline");
  const has = (code: Warning["code"]) => warnings.some((w) => w.code === code);
  if (meta.headline === undefined && !has("no-headline")) warnings.push(warning("no-headline"));
  if (body.length === 0 && !has("no-body")) warnings.push(warning("no-body"));

  // Keys in the schema's order, so that JSON output reads top to bottom.
  const lang = meta.language ?? language;
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    headline: meta.headline?.text ?? "",
    ...(meta.headline?.span && { headlineSpan: meta.headline.span }),
    ...(meta.subheadline !== undefined && { subheadline: meta.subheadline }),
    ...(meta.description !== undefined && { description: meta.description }),
    ...(meta.byline !== undefined && { byline: meta.byline }),
    ...(meta.dateline !== undefined && { dateline: meta.dateline }),
    ...(meta.publishedAt !== undefined && { publishedAt: meta.publishedAt }),
    ...(meta.modifiedAt !== undefined && { modifiedAt: meta.modifiedAt }),
    ...(lang !== undefined && { language: lang }),
    source,
    ...(meta.leadImage !== undefined && { leadImage: meta.leadImage }),
    body,
    related,
    removed: allRemoved,
    warnings,
  };
  return article;
}
