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
/** Room for a markdown `# ` before and a ` -` after the title. */
const MAX_DECORATION_LENGTH = 8;
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
const SPACE = /\s/u;
const URL = /^(?:https?:\/\/|www\.)/iu;

/** `Title -` and `Title |`: the dash or bar some sites hang after a title is not part of it. */
function withoutTrailingDash(line: string): string {
  const last = line[line.length - 1];
  if (last !== "-" && last !== "–" && last !== "—" && last !== "|") return line;
  const before = line.length - 1;
  return before > 0 && SPACE.test(line[before - 1]!) ? line.slice(0, before).trimEnd() : line;
}

/** The headline text `line` gives, or undefined when the line is not a title. */
export function readHeadline(line: string): string | undefined {
  // Length first: the regexes below then only ever see short lines.
  if (line.length > MAX_HEADLINE_LENGTH + MAX_DECORATION_LENGTH) return undefined;
  const text = withoutTrailingDash(line.replace(MARKDOWN_HEADING, ""));
  if (text === "" || text.length > MAX_HEADLINE_LENGTH) return undefined;
  if (ENDS_SENTENCE.test(text) || SEPARATOR.test(text) || URL.test(text)) return undefined;
  if (!SPACE.test(text) && text.length < MIN_SINGLE_WORD_HEADLINE_LENGTH) return undefined;
  if (listItem(line) || parseDateline(text) || parseByline(text) || parseCredit(text)) return undefined;
  return text;
}
