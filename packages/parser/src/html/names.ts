/**
 * Names found straight from a page's characters, ASCII case folded, with no
 * copy of the name: most tag, attribute and class words on a page are ones
 * parseHtml knows. A page with any non-ASCII character is held as two-byte
 * text, where copying and lower-casing a word costs far more than here.
 */

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const CASE_OFFSET = 0x20;
const ASCII_END = 0x80;
/** Slots per name length: one per value of a first character's low five bits, which a letter's two cases share. */
const FIRST_CHARACTER_SLOTS = 32;
const LOW_FIVE_BITS = 31;

function slotOf(length: number, firstCharacter: number): number {
  return length * FIRST_CHARACTER_SLOTS + (firstCharacter & LOW_FIVE_BITS);
}

/** What `NameTable.indexOf` gives for a text that is none of the table's names. */
export const NOT_FOUND = -1;

/** A list of lower-case names, looked up by a range of a text's characters. */
export class NameTable<T extends string> {
  readonly names: readonly T[];
  /**
   * The places of the names, by length and first letter: a name that is none
   * of them mostly meets an empty slot before any of its characters is
   * compared, and one that is is compared once.
   */
  private readonly slots: (readonly number[] | undefined)[];
  private readonly longest: number;
  private readonly byName: ReadonlyMap<string, number>;

  constructor(names: readonly T[]) {
    this.names = names;
    this.byName = new Map(names.map((name, index) => [name, index]));
    this.longest = Math.max(0, ...names.map((name) => name.length));
    const slots: number[][] = [];
    names.forEach((name, index) => {
      const slot = slotOf(name.length, name.charCodeAt(0));
      if (slots[slot] === undefined) slots[slot] = [index];
      else slots[slot].push(index);
    });
    this.slots = Array.from({ length: slotOf(this.longest + 1, 0) }, (_, slot) => slots[slot]);
  }

  /** The known name that `text[start, end)` is, lower-cased as `toLowerCase` does; undefined when it is none. */
  find(text: string, start: number, end: number): T | undefined {
    const index = this.indexOf(text, start, end);
    return index === NOT_FOUND ? undefined : this.names[index];
  }

  /** Where the name that `text[start, end)` is (see `find`) stands in `names`; NOT_FOUND when it is none. */
  indexOf(text: string, start: number, end: number): number {
    const length = end - start;
    // Lower-casing never shortens a name.
    if (length === 0 || length > this.longest) return NOT_FOUND;
    const first = text.charCodeAt(start);
    if (first >= ASCII_END) return this.lowerCased(text, start, end);
    const slot = this.slots[slotOf(length, first)];
    if (slot === undefined) return NOT_FOUND;
    for (const index of slot) {
      const differs = firstDifference(text, start, this.names[index]!);
      if (differs === NO_DIFFERENCE) return index;
      if (text.charCodeAt(differs) >= ASCII_END) return this.lowerCased(text, start, end);
    }
    return NOT_FOUND;
  }

  /** Rare: a name with a non-ASCII character, which may lower-case to ASCII (the Kelvin sign to `k`). */
  private lowerCased(text: string, start: number, end: number): number {
    return this.byName.get(text.slice(start, end).toLowerCase()) ?? NOT_FOUND;
  }
}

const NO_DIFFERENCE = -1;

/** Where `text` from `start` first differs from `name`, ASCII case folded; NO_DIFFERENCE when it holds `name`. */
function firstDifference(text: string, start: number, name: string): number {
  for (let i = 0; i < name.length; i++) {
    const c = text.charCodeAt(start + i);
    if ((c >= UPPER_A && c <= UPPER_Z ? c + CASE_OFFSET : c) !== name.charCodeAt(i)) return start + i;
  }
  return NO_DIFFERENCE;
}

/**
 * Each name's memberships of several groups as one number, a bit per group:
 * one lookup per element answers what several Set lookups would.
 */
export function groupBits(
  groups: ReadonlyArray<readonly [Iterable<string>, number]>,
): ReadonlyMap<string, number> {
  const bits = new Map<string, number>();
  for (const [names, bit] of groups) for (const name of names) bits.set(name, (bits.get(name) ?? 0) | bit);
  return bits;
}
