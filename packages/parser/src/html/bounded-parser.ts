import { Parser } from "htmlparser2";

/**
 * More open elements than any real page nests. htmlparser2 keeps its stack
 * with `unshift`, so a page of 100,000 unclosed or nested tags would cost
 * quadratic time; past this depth new elements are read as empty (void)
 * elements instead. Their text is still read, only their nesting is lost.
 */
export const MAX_OPEN_ELEMENTS = 1024;

/** The parts of htmlparser2's Parser state the depth limit reads (stable across 10.x; a test pins the behaviour). */
interface ParserInternals {
  stack: string[];
  tagname: string;
  openTagStart: number;
}

/** htmlparser2's Parser with a limit on open elements, through its documented `isVoidElement` hook. */
export class BoundedParser extends Parser {
  private decidedFor = -1;
  private decidedVoid = false;

  protected override isVoidElement(name: string): boolean {
    if (super.isVoidElement(name)) return true;
    const self = this as unknown as ParserInternals;
    // A closing tag is never made void: it must still find its element.
    if (self.tagname !== name) return false;
    // The same open tag is asked about twice (before it is pushed and after its attributes): answer alike.
    if (self.openTagStart !== this.decidedFor) {
      this.decidedFor = self.openTagStart;
      this.decidedVoid = self.stack.length >= MAX_OPEN_ELEMENTS;
    }
    return this.decidedVoid;
  }
}
