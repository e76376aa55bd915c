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
 * call per character, and a text with the tag after it is read in one turn
 * of the Tokenizer's loop: each state handed the character that matters
 * calls the state it leaves the Tokenizer in with the next one that
 * matters, as the loop would have, and a tag's quoted attributes without
 * entities are read straight through.
 *
 * The methods replaced are the Tokenizer's own (not its public API), so the
 * package pins htmlparser2's exact version and fast-tokenizer.test.ts checks
 * every event against the stock Tokenizer: raise the pin only with that test
 * green. A version that lacks one of them gets the Tokenizer as it is.
 */
import { QuoteType, Tokenizer, type TokenizerCallbacks } from "htmlparser2";

const LT = "<";
const AMP = "&";
const LT_CODE = 0x3c;
const AMP_CODE = 0x26;
const DOUBLE_QUOTE_CODE = 0x22;
const SINGLE_QUOTE_CODE = 0x27;
const GT_CODE = 0x3e;
const SLASH_CODE = 0x2f;
const EQUALS_CODE = 0x3d;
const LOWER_S = 0x73;
const LOWER_T = 0x74;
const LOWER_X = 0x78;

/** Whitespace as the Tokenizer knows it: space, LF, tab, FF and CR. */
function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** The characters that end a tag or attribute name in the Tokenizer. */
function endsTagSection(c: number): boolean {
  return c === SLASH_CODE || c === GT_CODE || isWhitespace(c);
}

function isAsciiLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** Whether a tag name starting with `c` is plain: `s`, `t` and `x` may start script, style, title, textarea or xmp. */
function startsPlainTagName(c: number): boolean {
  const lower = c | 0x20;
  return isAsciiLetter(c) && lower !== LOWER_S && lower !== LOWER_T && lower !== LOWER_X;
}

/** What `indexOf` finds when there is nothing: past any index. */
const NONE = Number.POSITIVE_INFINITY;
/** What `moveTo` returns at the buffer's end, where the Tokenizer's loop stops. */
const END = -1;

/** The Tokenizer's own state that the faster methods read and move. */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  cbs: TokenizerCallbacks;
  stateText(c: number): void;
  stateBeforeTagName(c: number): void;
  stateInTagName(c: number): void;
  stateBeforeClosingTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateBeforeAttributeName(c: number): void;
  stateInSelfClosingTag(c: number): void;
  stateInAttributeName(c: number): void;
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

  /**
   * Where, in the buffer, the next `text` (one character) at or after `from`
   * is; `cached` when it is still ahead. One call of indexOf costs less than
   * stepping through even a short text in JavaScript.
   */
  private next(text: string, from: number, cached: number): number {
    if (cached >= from) return cached;
    const at = this.buffer.indexOf(text, from);
    return at === -1 ? NONE : at;
  }

  /** The buffer position of the character the Tokenizer is on. */
  private get here(): number {
    return this.index - this.offset;
  }

  /**
   * Puts the Tokenizer on `at` (in the buffer) and returns its character; at
   * the buffer's end (or NONE), leaves it where its loop stops and returns END.
   */
  private moveTo(at: number): number {
    const buffer = this.buffer;
    if (at >= buffer.length) {
      this.index = buffer.length + this.offset - 1;
      return END;
    }
    this.index = at + this.offset;
    return buffer.charCodeAt(at);
  }

  override stateText(c: number): void {
    if (c !== LT_CODE && c !== AMP_CODE && this.decodeEntities) {
      const from = this.here + 1;
      this.nextLt = this.next(LT, from, this.nextLt);
      this.nextAmp = this.next(AMP, from, this.nextAmp);
      c = this.moveTo(Math.min(this.nextLt, this.nextAmp));
      if (c === END) return;
    }
    super.stateText(c);
    if (c !== LT_CODE) return;
    // Only a tag is read on from here: `<` among text goes back to stateText, which must not nest calls.
    const next = this.buffer.charCodeAt(this.here + 1);
    if (isAsciiLetter(next) || next === SLASH_CODE) {
      this.moveTo(this.here + 1);
      this.stateBeforeTagName(next);
    }
  }

  override stateBeforeTagName(c: number): void {
    super.stateBeforeTagName(c);
    // The Tokenizer is now in a tag name, or before a closing tag's name.
    if (startsPlainTagName(c)) this.stateInTagName(c);
    else if (c === SLASH_CODE) {
      c = this.moveTo(this.here + 1);
      if (c !== END) this.stateBeforeClosingTagName(c);
    }
  }

  override stateInTagName(c: number): void {
    if (!endsTagSection(c)) {
      c = this.moveTo(this.nameEnd(false));
      if (c === END) return;
    }
    super.stateInTagName(c);
  }

  override stateBeforeClosingTagName(c: number): void {
    super.stateBeforeClosingTagName(c);
    // A letter starts the closing tag's name.
    if (isAsciiLetter(c)) this.stateInClosingTagName(c);
  }

  override stateInClosingTagName(c: number): void {
    if (c !== GT_CODE && !isWhitespace(c)) {
      c = this.moveTo(this.nameEnd(false));
      if (c === END) return;
    }
    super.stateInClosingTagName(c);
  }

  /**
   * Before an attribute: reads each `name="value"` (or `'value'`) without an
   * entity in one step, as the Tokenizer's states would report it, and hands
   * the Tokenizer the first character that is anything else.
   */
  override stateBeforeAttributeName(c: number): void {
    const buffer = this.buffer;
    let at = this.here;
    for (;;) {
      while (isWhitespace(c)) {
        if (++at === buffer.length) {
          this.moveTo(at);
          return;
        }
        c = buffer.charCodeAt(at);
      }
      if (c === GT_CODE || c === SLASH_CODE) break;
      const valueEnd = this.plainAttributeEnd(at);
      if (valueEnd === NONE) break;
      at = valueEnd + 1;
      if (at === buffer.length) {
        this.moveTo(at);
        return;
      }
      c = buffer.charCodeAt(at);
    }
    this.moveTo(at);
    super.stateBeforeAttributeName(c);
    // `/>` ends a self-closing tag.
    if (c === SLASH_CODE && buffer.charCodeAt(at + 1) === GT_CODE) {
      this.moveTo(at + 1);
      this.stateInSelfClosingTag(GT_CODE);
    }
  }

  /**
   * Reports the attribute at `start` (in the buffer) when it is a name, `=`
   * and a quoted value without an entity, and returns where its closing quote
   * is; NONE, reporting nothing, for any other attribute.
   */
  private plainAttributeEnd(start: number): number {
    const buffer = this.buffer;
    const equals = this.nameEnd(true, start + 1);
    if (buffer.charCodeAt(equals) !== EQUALS_CODE) return NONE;
    const quote = buffer.charCodeAt(equals + 1);
    if (quote !== DOUBLE_QUOTE_CODE && quote !== SINGLE_QUOTE_CODE) return NONE;
    const valueStart = equals + 2;
    const closing = this.closingQuote(quote, valueStart);
    this.nextAmp = this.next(AMP, valueStart, this.nextAmp);
    if (closing === NONE || this.nextAmp < closing) return NONE;
    const offset = this.offset;
    const callbacks = this.cbs;
    callbacks.onattribname(start + offset, equals + offset);
    callbacks.onattribdata(valueStart + offset, closing + offset);
    callbacks.onattribend(
      quote === DOUBLE_QUOTE_CODE ? QuoteType.Double : QuoteType.Single,
      closing + 1 + offset,
    );
    return closing;
  }

  /** Where the next `quote` at or after `from` is. */
  private closingQuote(quote: number, from: number): number {
    if (quote === DOUBLE_QUOTE_CODE) {
      this.nextDoubleQuote = this.next('"', from, this.nextDoubleQuote);
      return this.nextDoubleQuote;
    }
    this.nextSingleQuote = this.next("'", from, this.nextSingleQuote);
    return this.nextSingleQuote;
  }

  override handleInAttributeValue(c: number, quote: number): void {
    if (c === quote || c === AMP_CODE || !this.decodeEntities) {
      super.handleInAttributeValue(c, quote);
      return;
    }
    const from = this.here + 1;
    const closing = this.closingQuote(quote, from);
    this.nextAmp = this.next(AMP, from, this.nextAmp);
    this.skipTo(Math.min(closing, this.nextAmp));
  }

  override stateInAttributeName(c: number): void {
    if (c === EQUALS_CODE || endsTagSection(c)) super.stateInAttributeName(c);
    else this.skipTo(this.nameEnd(true));
  }

  /**
   * Where the name at `from` (in the buffer; by default just after the
   * Tokenizer's character) ends: the next `/`, `>` or whitespace, and `=`
   * when `equals`, or the buffer's end.
   */
  private nameEnd(equals: boolean, from = this.here + 1): number {
    const buffer = this.buffer;
    let i = from;
    for (; i < buffer.length; i++) {
      const c = buffer.charCodeAt(i);
      if (endsTagSection(c) || (equals && c === EQUALS_CODE)) break;
    }
    return i;
  }

  override fastForwardTo(c: number): boolean {
    const at = this.next(String.fromCharCode(c), this.here + 1, -1);
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
  "stateBeforeTagName",
  "stateInTagName",
  "stateBeforeClosingTagName",
  "stateInClosingTagName",
  "stateBeforeAttributeName",
  "stateInSelfClosingTag",
  "stateInAttributeName",
  "handleInAttributeValue",
  "fastForwardTo",
].every((name) => typeof (Tokenizer.prototype as unknown as Record<string, unknown>)[name] === "function");

/** A tokenizer of `html` with the `callbacks`: the faster one when this htmlparser2 has the methods it replaces. */
export function createTokenizer(callbacks: TokenizerCallbacks): { write(chunk: string): void; end(): void } {
  return hasInternals
    ? new FastTokenizer({ decodeEntities: true }, callbacks)
    : new Tokenizer({ decodeEntities: true }, callbacks);
}
