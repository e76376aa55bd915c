/**
 * Names found straight from a page's characters, ASCII case folded, with no
 * copy of the name: most tag, attribute and class words on a page are ones
 * parseHtml knows. A page with any non-ASCII character is held as two-byte
 * text, where copying and lower-casing a word costs far more than here.
 */

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const CASE_OFFSET = 0x20;

/**
 * Slots per name in a table: with this few names to a slot, most slots hold
 * none or one, and an unknown name is mostly turned away by an empty slot.
 */
const SLOTS_PER_NAME = 4;

/** A set of lower-case names, looked up by a range of a text's characters. */
export class NameTable<T extends string> {
  /** Names by their hash's low bits: an array index costs far less than a Map's lookup. */
  private readonly slots: (readonly T[] | undefined)[];
  private readonly mask: number;
  private readonly byName: ReadonlyMap<string, T>;

  constructor(names: readonly T[]) {
    this.byName = new Map(names.map((name) => [name, name]));
    let size = 1;
    while (size < names.length * SLOTS_PER_NAME) size *= 2;
    this.mask = size - 1;
    const slots: T[][] = [];
    for (const name of names) {
      const slot = foldedHash(name, 0, name.length) & this.mask;
      if (slots[slot] === undefined) slots[slot] = [name];
      else slots[slot].push(name);
    }
    this.slots = Array.from({ length: size }, (_, slot) => slots[slot]);
  }

  /** The known name that `text[start, end)` is, lower-cased as `toLowerCase` does; undefined when it is none. */
  find(text: string, start: number, end: number): T | undefined {
    const hash = foldedHash(text, start, end);
    // Rare: a non-ASCII character, which may lower-case to ASCII (the Kelvin sign to `k`).
    if (hash === NOT_ASCII) return this.byName.get(text.slice(start, end).toLowerCase());
    const slot = this.slots[hash & this.mask];
    if (slot === undefined) return undefined;
    for (const name of slot) if (sameFolded(text, start, end, name)) return name;
    return undefined;
  }
}

/** What `foldedHash` returns for a name with a non-ASCII character, whose lower case only `toLowerCase` knows. */
const NOT_ASCII = -1;
const ASCII_END = 0x80;
/** Keeps hashes small integers, which maps hash fastest. */
const HASH_MASK = 0x3fffffff;

function foldedHash(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= ASCII_END) return NOT_ASCII;
    hash = (Math.imul(hash, 31) + (c >= UPPER_A && c <= UPPER_Z ? c + CASE_OFFSET : c)) & HASH_MASK;
  }
  return hash;
}

function sameFolded(text: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= UPPER_A && c <= UPPER_Z ? c + CASE_OFFSET : c) !== name.charCodeAt(i - start)) return false;
  }
  return true;
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
