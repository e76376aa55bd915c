/**
 * htmlparser2's Tokenizer, skipping through text and attribute values with
 * the engine's native `indexOf` instead of looking at every character in
 * JavaScript. Its states ignore every character of a text but `<` and `&`,
 * and of a quoted attribute value but the quote and `&`: jumping to the next
 * of those leaves every event and index as they were. Script, style and
 * comment bodies, which it already skips to the next `<` or `-`, are skipped
 * natively too.
 *
 * Tag and attribute names are stepped over in one call rather than one
 * call per character.
 *
 * The methods replaced are the Tokenizer's own (not its public API), so the
 * package pins htmlparser2's exact version and fast-tokenizer.test.ts checks
 * every event against the stock Tokenizer: raise the pin only with that test
 * green. A version that lacks one of them gets the Tokenizer as it is.
 */
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";

const LT = "<";
const AMP = "&";
const LT_CODE = 0x3c;
const AMP_CODE = 0x26;
const DOUBLE_QUOTE_CODE = 0x22;
const GT_CODE = 0x3e;
const SLASH_CODE = 0x2f;
const EQUALS_CODE = 0x3d;

/** Whitespace as the Tokenizer knows it: space, LF, tab, FF and CR. */
function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** The characters that end a tag or attribute name in the Tokenizer. */
function endsTagSection(c: number): boolean {
  return c === SLASH_CODE || c === GT_CODE || isWhitespace(c);
}

/** How far a character is looked for step by step before `indexOf` takes over. */
const SHORT_SCAN = 16;
/** What `indexOf` finds when there is nothing: past any index. */
const NONE = Number.POSITIVE_INFINITY;

/** The Tokenizer's own state that the faster methods read and move. */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  stateText(c: number): void;
  stateInTagName(c: number): void;
  stateInAttributeName(c: number): void;
  stateInClosingTagName(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
  write(chunk: string): void;
  end(): void;
}

type TokenizerClass = new (
  options: { xmlMode?: boolean; decodeEntities?: boolean },
  callbacks: TokenizerCallbacks,
) => TokenizerInternals;

const Base = Tokenizer as unknown as TokenizerClass;

class FastTokenizer extends Base {
  /**
   * The next `<`, `&`, `"` and `'` at or after where each was last looked
   * for. Cached, because each may be far away (or absent): looking again from
   * every text or entity would cost quadratic time.
   */
  private nextLt = -1;
  private nextAmp = -1;
  private nextDoubleQuote = -1;
  private nextSingleQuote = -1;

  /** Where, in the buffer, the next `text` (one character) at or after `from` is; `cached` when it is still ahead. */
  private next(text: string, from: number, cached: number): number {
    if (cached >= from) return cached;
    const buffer = this.buffer;
    // Most texts and values are short: a few steps here cost less than a call of indexOf.
    const code = text.charCodeAt(0);
    const stop = Math.min(from + SHORT_SCAN, buffer.length);
    for (let i = from; i < stop; i++) if (buffer.charCodeAt(i) === code) return i;
    const at = buffer.indexOf(text, stop);
    return at === -1 ? NONE : at;
  }

  override stateText(c: number): void {
    if (c === LT_CODE || c === AMP_CODE || !this.decodeEntities) {
      super.stateText(c);
      return;
    }
    const from = this.index - this.offset + 1;
    this.nextLt = this.next(LT, from, this.nextLt);
    this.nextAmp = this.next(AMP, from, this.nextAmp);
    this.skipTo(Math.min(this.nextLt, this.nextAmp));
  }

  override handleInAttributeValue(c: number, quote: number): void {
    if (c === quote || c === AMP_CODE || !this.decodeEntities) {
      super.handleInAttributeValue(c, quote);
      return;
    }
    const from = this.index - this.offset + 1;
    let closing: number;
    if (quote === DOUBLE_QUOTE_CODE)
      closing = this.nextDoubleQuote = this.next('"', from, this.nextDoubleQuote);
    else closing = this.nextSingleQuote = this.next("'", from, this.nextSingleQuote);
    this.nextAmp = this.next(AMP, from, this.nextAmp);
    this.skipTo(Math.min(closing, this.nextAmp));
  }

  override stateInTagName(c: number): void {
    if (endsTagSection(c)) super.stateInTagName(c);
    else this.skipName(false);
  }

  override stateInAttributeName(c: number): void {
    if (c === EQUALS_CODE || endsTagSection(c)) super.stateInAttributeName(c);
    else this.skipName(true);
  }

  override stateInClosingTagName(c: number): void {
    if (c === GT_CODE || isWhitespace(c)) super.stateInClosingTagName(c);
    else this.skipName(false);
  }

  /** Steps over a name to just before the character that ends it (`/`, `>`, whitespace, and `=` when `equals`). */
  private skipName(equals: boolean): void {
    const buffer = this.buffer;
    let i = this.index - this.offset + 1;
    for (; i < buffer.length; i++) {
      const c = buffer.charCodeAt(i);
      if (endsTagSection(c) || (equals && c === EQUALS_CODE)) break;
    }
    this.skipTo(i);
  }

  override fastForwardTo(c: number): boolean {
    const at = this.next(String.fromCharCode(c), this.index - this.offset + 1, -1);
    if (at === NONE) {
      this.index = this.buffer.length + this.offset - 1;
      return false;
    }
    this.index = at + this.offset;
    return true;
  }

  /** Leaves the index just before `at` (in the buffer), or at the buffer's end: the parse loop steps onto it. */
  private skipTo(at: number): void {
    this.index = (at === NONE ? this.buffer.length : at) + this.offset - 1;
  }

  override write(chunk: string): void {
    // Cached positions belong to one buffer.
    this.nextLt = -1;
    this.nextAmp = -1;
    this.nextDoubleQuote = -1;
    this.nextSingleQuote = -1;
    super.write(chunk);
  }
}

const hasInternals = [
  "stateText",
  "stateInTagName",
  "stateInAttributeName",
  "stateInClosingTagName",
  "handleInAttributeValue",
  "fastForwardTo",
].every((name) => typeof (Tokenizer.prototype as unknown as Record<string, unknown>)[name] === "function");

/** A tokenizer of `html` with the `callbacks`: the faster one when this htmlparser2 has the methods it replaces. */
export function createTokenizer(callbacks: TokenizerCallbacks): { write(chunk: string): void; end(): void } {
  return hasInternals
    ? new FastTokenizer({ decodeEntities: true }, callbacks)
    : new Tokenizer({ decodeEntities: true }, callbacks);
}
