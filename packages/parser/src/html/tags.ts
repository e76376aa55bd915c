/**
 * Open and close tags, text and the attributes parseHtml reads, from
 * htmlparser2's Tokenizer. This does what htmlparser2's Parser does for HTML
 * (lower-cased names, implied end tags, void elements, self-closing tags in
 * SVG and MathML, `</p>` and `</br>` alone, everything left open closed at
 * the end), event for event and index for index, without what parseHtml has
 * no use for: attribute objects, the values of attributes it never reads,
 * comments, declarations and processing instructions.
 */
import type { TokenizerCallbacks } from "htmlparser2";
import { createTokenizer } from "./fast-tokenizer.js";
import { groupBits, NameTable, NOT_FOUND } from "./names.js";

/**
 * More open elements than any real page nests. Past this depth new elements
 * are read as empty (void) elements: their text is still read, only their
 * nesting is lost, and a page of 100,000 unclosed tags costs no more than
 * 1024 levels of them.
 */
export const MAX_OPEN_ELEMENTS = 1024;

/** The attributes parseHtml reads; the values of all others are never copied out of the page. */
const READ_ATTRIBUTES = [
  "class",
  "id",
  "role",
  "itemprop",
  "rel",
  "style",
  "aria-hidden",
  "hidden",
  "href",
  "type",
  "open",
  "property",
  "name",
  "http-equiv",
  "content",
  "lang",
  "datetime",
  "src",
  "srcset",
  "data-src",
  "data-lazy-src",
  "data-original",
  "data-lazy",
  "data-url",
  "data-hi-res-src",
  "data-srcset",
  "data-lazy-srcset",
  "width",
  "height",
  "alt",
] as const;

export type AttributeName = (typeof READ_ATTRIBUTES)[number];
/** An element's attributes among READ_ATTRIBUTES (the first of a repeated name wins); a bare attribute is "". */
export type Attributes = { readonly [name in AttributeName]?: string };
type MutableAttributes = { -readonly [name in AttributeName]?: string };

/** Every name present from the start, so that the object keeps one shape and reads of it stay fast. */
function noAttributes(): MutableAttributes {
  return {
    class: undefined,
    id: undefined,
    role: undefined,
    itemprop: undefined,
    rel: undefined,
    style: undefined,
    "aria-hidden": undefined,
    hidden: undefined,
    href: undefined,
    type: undefined,
    open: undefined,
    property: undefined,
    name: undefined,
    "http-equiv": undefined,
    content: undefined,
    lang: undefined,
    datetime: undefined,
    src: undefined,
    srcset: undefined,
    "data-src": undefined,
    "data-lazy-src": undefined,
    "data-original": undefined,
    "data-lazy": undefined,
    "data-url": undefined,
    "data-hi-res-src": undefined,
    "data-srcset": undefined,
    "data-lazy-srcset": undefined,
    width: undefined,
    height: undefined,
    alt: undefined,
  };
}
/** Shared by the many elements that have none of READ_ATTRIBUTES; never written. */
const NO_ATTRIBUTES: Attributes = noAttributes();

/** What the reader reports; `reader.startIndex` and `endIndex` locate the event in the page, as the Parser's do. */
export interface TagHandler {
  /** `attributes` is read during the call only: the reader reuses it for the next element. */
  onopentag(name: string, attributes: Attributes): void;
  onclosetag(name: string): void;
  /**
   * A text: `source[start, end)`, where `source` is the page, or for a
   * character reference the character it stands for. A range of the page
   * is not copied: most texts are the whitespace between tags, which needs no copy.
   */
  ontext(source: string, start: number, end: number): void;
}

const FORM_TAGS = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const P_TAG = new Set(["p"]);
const TABLE_SECTION_TAGS = new Set(["thead", "tbody"]);
const DD_DT_TAGS = new Set(["dd", "dt"]);
const RT_RP_TAGS = new Set(["rt", "rp"]);
/** The open elements a new element closes (htmlparser2's table, so that pages read as they always have). */
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["p", P_TAG],
  ["h1", P_TAG],
  ["h2", P_TAG],
  ["h3", P_TAG],
  ["h4", P_TAG],
  ["h5", P_TAG],
  ["h6", P_TAG],
  ["select", FORM_TAGS],
  ["input", FORM_TAGS],
  ["output", FORM_TAGS],
  ["button", FORM_TAGS],
  ["datalist", FORM_TAGS],
  ["textarea", FORM_TAGS],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT_TAGS],
  ["dt", DD_DT_TAGS],
  ["address", P_TAG],
  ["article", P_TAG],
  ["aside", P_TAG],
  ["blockquote", P_TAG],
  ["details", P_TAG],
  ["div", P_TAG],
  ["dl", P_TAG],
  ["fieldset", P_TAG],
  ["figcaption", P_TAG],
  ["figure", P_TAG],
  ["footer", P_TAG],
  ["form", P_TAG],
  ["header", P_TAG],
  ["hr", P_TAG],
  ["main", P_TAG],
  ["nav", P_TAG],
  ["ol", P_TAG],
  ["pre", P_TAG],
  ["section", P_TAG],
  ["table", P_TAG],
  ["ul", P_TAG],
  ["rt", RT_RP_TAGS],
  ["rp", RT_RP_TAGS],
  ["tbody", TABLE_SECTION_TAGS],
  ["tfoot", TABLE_SECTION_TAGS],
]);
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
/** Where `<x/>` closes itself: SVG and MathML, until an HTML integration point. */
const FOREIGN_CONTEXT: ReadonlySet<string> = new Set(["math", "svg"]);
const HTML_INTEGRATION: ReadonlySet<string> = new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignobject",
  "desc",
  "title",
]);

// An element name's part in the rules above, as bits: one lookup per tag instead of one per set.
const IMPLIES_CLOSE = 1;
const VOID = 2;
const FOREIGN = 4;
const INTEGRATION = 8;
const NAME_KINDS = groupBits([
  [OPEN_IMPLIES_CLOSE.keys(), IMPLIES_CLOSE],
  [VOID_ELEMENTS, VOID],
  [FOREIGN_CONTEXT, FOREIGN],
  [HTML_INTEGRATION, INTEGRATION],
]);

/**
 * Element names, each as the one string that the name Sets and `switch`es of
 * parseHtml hold: a name read from the page is a fresh string, and comparing
 * it with another costs a comparison of characters; one string compares by
 * identity. Unknown names (custom elements) stay as read.
 */
const KNOWN_NAMES: readonly string[] = [
  ...new Set([
    ...VOID_ELEMENTS,
    ...OPEN_IMPLIES_CLOSE.keys(),
    ...FOREIGN_CONTEXT,
    ...HTML_INTEGRATION,
    ..."a abbr audio b bdi bdo canvas caption center cite code colgroup data del dfn dialog dir em figcaption font frameset head html i iframe ins kbd label legend map mark menu meter nobr noscript object picture progress q ruby s samp script search small span strong style sub summary sup template time u var video xmp path g circle rect use symbol defs line polygon polyline ellipse text tspan clippath lineargradient stop".split(
      " ",
    ),
  ]),
];

const KNOWN_TAG_NAMES = new NameTable(KNOWN_NAMES);
/** Each known name's NAME_KINDS and the elements it closes, by its place in KNOWN_NAMES: no lookup by name per tag. */
const KNOWN_KINDS: readonly number[] = KNOWN_NAMES.map((name) => NAME_KINDS.get(name) ?? 0);
const KNOWN_IMPLIED_CLOSES = KNOWN_NAMES.map((name) => OPEN_IMPLIES_CLOSE.get(name));
const P_NAME = KNOWN_NAMES.indexOf("p");

/** NAME_KINDS of a name by its place in KNOWN_NAMES: none for a name not among them. */
function kindsOf(known: number): number {
  return known === NOT_FOUND ? 0 : KNOWN_KINDS[known]!;
}
const READ_ATTRIBUTE_NAMES = new NameTable<AttributeName>(READ_ATTRIBUTES);

/** Reads `html` and reports its elements and text to `handler`. */
export class TagReader implements TokenizerCallbacks {
  /** Where the current event starts in the page (an open tag: its `<`). */
  startIndex = 0;
  /** Where the current event ends: the last character of a tag, or of a text (inclusive). */
  endIndex = 0;
  private html = "";
  private readonly handler: TagHandler;
  /** Open element names, innermost last. */
  private readonly stack: string[] = [];
  /** Whether `<x/>` closes itself here; innermost last. */
  private readonly foreignContext: boolean[] = [false];
  private openTagStart = 0;
  private tagname = "";
  /** Whether the element being opened is read as empty (a void element, or one past MAX_OPEN_ELEMENTS). */
  private tagIsVoid = false;
  /** Whether an open tag awaits its end (`>` or `/>`). */
  private tagPending = false;
  /** The attributes of the element being opened: one object for all, cleared of what the last one set. */
  private readonly attributes: MutableAttributes = noAttributes();
  /** The names set on it, the first `attributesCount` of these. */
  private readonly attributesSet: AttributeName[] = [];
  private attributesCount = 0;
  /** The attribute being read, when it is one of READ_ATTRIBUTES. */
  private attributeName: AttributeName | undefined;
  private attributeValue = "";

  constructor(handler: TagHandler) {
    this.handler = handler;
  }

  read(html: string): void {
    this.html = html;
    const tokenizer = createTokenizer(this);
    if (html !== "") tokenizer.write(html);
    tokenizer.end();
  }

  /** An unknown tag name, lower-cased. */
  private name(start: number, end: number): string {
    return this.html.slice(start, end).toLowerCase();
  }

  ontext(start: number, endIndex: number): void {
    this.endIndex = endIndex - 1;
    this.handler.ontext(this.html, start, endIndex);
    this.startIndex = endIndex;
  }

  ontextentity(codePoint: number, endIndex: number): void {
    this.endIndex = endIndex - 1;
    const character = String.fromCodePoint(codePoint);
    this.handler.ontext(character, 0, character.length);
    this.startIndex = endIndex;
  }

  /** The tag name `html[start, end)` is, as its place in KNOWN_NAMES (NOT_FOUND for another name). */
  private knownName(start: number, endIndex: number): number {
    return KNOWN_TAG_NAMES.indexOf(this.html, start, endIndex);
  }

  private tagName(known: number, start: number, endIndex: number): string {
    return known === NOT_FOUND ? this.name(start, endIndex) : KNOWN_NAMES[known]!;
  }

  onopentagname(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    const known = this.knownName(start, endIndex);
    this.openTag(this.tagName(known, start, endIndex), known);
  }

  private openTag(name: string, known: number): void {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    const stack = this.stack;
    const kinds = kindsOf(known);
    const impliesClose = (kinds & IMPLIES_CLOSE) !== 0 ? KNOWN_IMPLIED_CLOSES[known] : undefined;
    if (impliesClose !== undefined) {
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1]!)) {
        this.handler.onclosetag(stack.pop()!);
      }
    }
    this.tagIsVoid = (kinds & VOID) !== 0 || stack.length >= MAX_OPEN_ELEMENTS;
    if (!this.tagIsVoid) {
      stack.push(name);
      if ((kinds & FOREIGN) !== 0) this.foreignContext.push(true);
      else if ((kinds & INTEGRATION) !== 0) this.foreignContext.push(false);
    }
    const set = this.attributesSet;
    for (let i = 0; i < this.attributesCount; i++) this.attributes[set[i]!] = undefined;
    this.attributesCount = 0;
    this.tagPending = true;
  }

  private endOpenTag(): void {
    this.startIndex = this.openTagStart;
    if (this.tagPending) {
      this.tagPending = false;
      this.handler.onopentag(this.tagname, this.attributes);
    }
    if (this.tagIsVoid) this.handler.onclosetag(this.tagname);
    this.tagname = "";
  }

  onopentagend(endIndex: number): void {
    this.endIndex = endIndex;
    this.endOpenTag();
    this.startIndex = endIndex + 1;
  }

  onclosetag(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    const known = this.knownName(start, endIndex);
    const name = this.tagName(known, start, endIndex);
    const kinds = kindsOf(known);
    if ((kinds & (FOREIGN | INTEGRATION)) !== 0) this.foreignContext.pop();
    if ((kinds & VOID) === 0) {
      const stack = this.stack;
      const at = stack.lastIndexOf(name);
      if (at !== -1) {
        while (stack.length > at) this.handler.onclosetag(stack.pop()!);
      } else if (name === "p") {
        // `</p>` with no open paragraph is an empty one, as browsers read it.
        this.openTag("p", P_NAME);
        this.closeCurrentTag(true);
      }
    } else if (name === "br") {
      // `</br>` is a line break, as browsers read it.
      this.handler.onopentag("br", NO_ATTRIBUTES);
      this.handler.onclosetag("br");
    }
    this.startIndex = endIndex + 1;
  }

  onselfclosingtag(endIndex: number): void {
    this.endIndex = endIndex;
    if (this.foreignContext[this.foreignContext.length - 1]) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      this.onopentagend(endIndex);
    }
  }

  private closeCurrentTag(_openImplied: boolean): void {
    const name = this.tagname;
    this.endOpenTag();
    const stack = this.stack;
    if (stack[stack.length - 1] === name) {
      this.handler.onclosetag(name);
      stack.pop();
    }
  }

  onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    this.attributeName = READ_ATTRIBUTE_NAMES.find(this.html, start, endIndex);
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.attributeName !== undefined) this.attributeValue += this.html.slice(start, endIndex);
  }

  onattribentity(codePoint: number): void {
    if (this.attributeName !== undefined) this.attributeValue += String.fromCodePoint(codePoint);
  }

  onattribend(_quote: number, endIndex: number): void {
    this.endIndex = endIndex;
    const name = this.attributeName;
    if (name === undefined) return;
    if (this.attributes[name] === undefined) {
      this.attributes[name] = this.attributeValue;
      this.attributesSet[this.attributesCount++] = name;
    }
    this.attributeName = undefined;
    this.attributeValue = "";
  }

  ondeclaration(_start: number, endIndex: number): void {
    this.skip(endIndex);
  }

  onprocessinginstruction(_start: number, endIndex: number): void {
    this.skip(endIndex);
  }

  oncomment(_start: number, endIndex: number): void {
    this.skip(endIndex);
  }

  /** CDATA outside SVG and MathML is a comment in HTML. */
  oncdata(_start: number, endIndex: number): void {
    this.skip(endIndex);
  }

  private skip(endIndex: number): void {
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  onend(): void {
    this.endIndex = this.startIndex;
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0; i--) this.handler.onclosetag(stack[i]!);
  }
}
