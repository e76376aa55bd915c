/**
 * Author names from a byline or an author field: "By Jane Doe and John Roe,
 * Reuters" → ["Jane Doe", "John Roe"]. A name is a short run of words with
 * no digits, no address and no "By".
 */

const BY_PREFIX =
  /^(?:written\s{1,3}by|reported\s{1,3}by|posted\s{1,3}by|by|from|von|par|por|di|door|av|af)[\s:]+/i;
// The text is collapsed to single spaces first: a space needs no quantifier (and no backtracking).
const SEPARATORS = / ?[,;&|/·] ?| (?:and|und|et|y|e|en|og|och) /i;
const URL_LIKE = /(?:https?:|www\.|\.com\b|@|\/)/i;
const DIGIT = /\d/;
const ROLE_WORDS =
  /^(?:staff|reporter|correspondent|editor|writer|contributor|columnist|updated|published|posted|photo|photos|video|news|desk|team|the|associated press|press|agency|and|for)$/i;
// To the end of the (collapsed, single-line) text; no `$`, which would retry from every dash before a line break.
const TRAILING_ROLE = / ?[-–—(|].*/;
const SPACES = /\s+/g;

/** A name of more words than this is a sentence, not a name. */
const MAX_NAME_WORDS = 5;
/** And of more characters than this. */
const MAX_NAME_LENGTH = 60;

export function authorNames(raw: string): string[] {
  const text = raw.replace(SPACES, " ").trim().replace(BY_PREFIX, "");
  if (text === "" || text.length > 300) return [];
  const names: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const name = part.replace(TRAILING_ROLE, "").replace(BY_PREFIX, "").trim();
    if (isName(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

export function isName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME_LENGTH) return false;
  if (URL_LIKE.test(name) || DIGIT.test(name)) return false;
  const words = name.split(" ");
  if (words.length > MAX_NAME_WORDS) return false;
  if (ROLE_WORDS.test(name)) return false;
  // A name starts with a capital letter in scripts that have case; other scripts pass.
  const first = name[0]!;
  return first.toLowerCase() !== first || first.toUpperCase() === first;
}
