/**
 * The headline of a plain-text story: its first non-blank line, when that
 * line reads as a title rather than as prose or furniture.
 */
import { parseByline } from "./byline.js";
import { parseCredit } from "./credit.js";
import { parseDateline } from "./dateline.js";
import { listItem } from "./list.js";

/** News headlines run to about 60–110 characters; a longer first line is prose. */
export const MAX_HEADLINE_LENGTH = 150;
/** A single short word on the first line is a menu item or a section name, not a title. */
const MIN_SINGLE_WORD_HEADLINE_LENGTH = 12;
/**
 * A title ends without sentence punctuation. `?` and `!` are allowed: question and
 * exclamation headlines are common. An ellipsis is allowed too (`…` and `...` end teasers).
 */
const ENDS_SENTENCE = /(?:[^.]|^)\.$|[;,:]$/u;
/** Punctuation and symbols only (`-`, `***`, `———`): a separator. */
const SEPARATOR = /^[\p{P}\p{S}\s]+$/u;
const MARKDOWN_HEADING = /^#\s+/u;
/** `Title -` and `Title |`: the dash or bar some sites hang after a title is not part of it. */
const TRAILING_DASH = /\s+[-–—|]$/u;
const SPACE = /\s/u;
const URL = /^(?:https?:\/\/|www\.)/iu;

/** The headline text `line` gives, or undefined when the line is not a title. */
export function readHeadline(line: string): string | undefined {
  const text = line.replace(MARKDOWN_HEADING, "").replace(TRAILING_DASH, "");
  if (text === "" || text.length > MAX_HEADLINE_LENGTH) return undefined;
  if (ENDS_SENTENCE.test(text) || SEPARATOR.test(text) || URL.test(text)) return undefined;
  if (!SPACE.test(text) && text.length < MIN_SINGLE_WORD_HEADLINE_LENGTH) return undefined;
  if (listItem(line) || parseDateline(text) || parseByline(text) || parseCredit(text)) return undefined;
  return text;
}
