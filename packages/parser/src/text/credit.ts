/**
 * Agency credit lines: a line that only names the agency a story came from.
 *
 *   — AFP   -- Reuters   (AFP)   (With inputs from PTI)   — AFP/APP     decorated: a credit anywhere
 *   APP   PTI   Reuters                                                  bare: a credit only when it
 *                                                                        closes a paragraph (see segment.ts)
 *
 * and a credit at the end of a paragraph: `… he said. — AFP`. Only known
 * agencies (agencies.ts) count, so `— Jane` or a lone `Home` never does.
 */
import { isAgency } from "./agencies.js";

export interface Credit {
  /** The agency as written, several joined by `/` as written (`AFP/APP`). */
  agency: string;
  /** Whether the line is the agency name alone, with no dash or parentheses. */
  bare: boolean;
}

/** A credit line is short; examining only short lines keeps the per-line cost constant. */
const MAX_CREDIT_LENGTH = 60;
const DECORATED = /^(?:[-–—]{1,2}\s*(?<dashed>.+?)|\((?<bracketed>.+)\))\.?$/u;
const WITH_INPUTS = /^with\s+(?:(?:inputs?|reporting)\s+from\s+)?/iu;
const AGENCY_SEPARATOR = /\s*(?:\/|,|&|\band\b)\s*/u;

/** `-`, `–`, `—` or `(`: what a decorated credit starts with. */
function isDecoration(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x28;
}

function agenciesIn(text: string): string | undefined {
  const body = text.trim().replace(WITH_INPUTS, "");
  if (body === "") return undefined;
  const parts = body.split(AGENCY_SEPARATOR);
  return parts.every((part) => isAgency(part)) ? body : undefined;
}

/** The credit `line` (trimmed) is, or undefined. */
export function parseCredit(line: string): Credit | undefined {
  if (line.length > MAX_CREDIT_LENGTH) return undefined;
  const decorated = isDecoration(line.charCodeAt(0)) ? DECORATED.exec(line) : null;
  if (decorated?.groups) {
    const agency = agenciesIn(decorated.groups.dashed ?? decorated.groups.bracketed ?? "");
    return agency === undefined ? undefined : { agency, bare: false };
  }
  const bare = line.endsWith(".") ? line.slice(0, -1) : line;
  return isAgency(bare) ? { agency: bare, bare: true } : undefined;
}

// `… he said. — AFP` or `… he said. (AFP)`: sentence punctuation, then a dashed or bracketed credit.
const TRAILING = /[.!?"”’»]\s+(?<credit>(?:[-–—]{1,2}\s*[\p{L}/ ]{2,40}|\([\p{L}/ ]{2,40}\))\.?)$/u;
/** The tail examined for a trailing credit: longer than any credit, so long lines cost nothing more. */
const TRAILING_WINDOW = 64;

/**
 * A credit at the end of a paragraph line: the offset in `line` where it
 * starts, and the credit; undefined when the line does not end with one.
 */
export function trailingCredit(line: string): { offset: number; credit: Credit } | undefined {
  const tailStart = Math.max(0, line.length - TRAILING_WINDOW);
  // Most lines have no dash or bracket near their end: answer those without a regex.
  let decorated = false;
  for (let i = line.length - 1; i >= tailStart && !decorated; i--)
    decorated = isDecoration(line.charCodeAt(i));
  if (!decorated) return undefined;
  const match = TRAILING.exec(tailStart === 0 ? line : line.slice(tailStart));
  const text = match?.groups?.credit;
  if (text === undefined) return undefined;
  const credit = parseCredit(text);
  if (credit === undefined || credit.bare) return undefined;
  return { offset: tailStart + match!.index + match![0].length - text.length, credit };
}
