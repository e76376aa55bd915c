/**
 * One streaming pass over htmlparser2's tokens that turns a page into
 * candidate blocks (with the features a classifier reads) and collects the
 * raw metadata (meta tags, JSON-LD, <time>, bylines) on the way. No DOM.
 *
 * How text becomes blocks:
 * 1. Text accumulates in a buffer until a block-level element opens or
 *    closes (or two `<br>` in a row); then the buffer becomes a "piece".
 * 2. A piece goes to the innermost open group, if any: a list (each `<li>`
 *    one item), a data table (cells), a figure (its caption). Otherwise it is
 *    a block of its own whose kind comes from the nearest heading, `<pre>`
 *    or `<blockquote>` around it.
 * 3. A group becomes one block when it closes. A table that turns out to hold
 *    layout (headings, lists, nested tables or long text in its cells) gives
 *    its cells back as paragraphs.
 * Hidden and non-rendered elements are skipped; their text is recorded as a
 * removal so that no text goes missing silently.
 */
import { type Block, blockText, type CandidateBlock, type Removal } from "@copydesk/schema";
import { collapseWhitespace as collapse, hasNonSpace, isWhitespace } from "./collapse.js";
import { hintTokens } from "./hints.js";
import { groupBits } from "./names.js";
import { type Attributes, type TagHandler, TagReader } from "./tags.js";
import { imageSource, parseBase, resolveUrl } from "./urls.js";

/** Elements that start and end a block of text. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "option",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "button",
  "select",
  "textarea",
  "iframe",
]);

/** Elements whose content a reader never sees as text. Script and style hold code and are not recorded. */
const SKIP_TAGS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "svg",
  "math",
  "title",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "map",
  "datalist",
]);
const CODE_TAGS: ReadonlySet<string> = new Set(["script", "style", "title"]);

/** Elements whose name says what a part of the page is for; they add their name to the hints. */
const SEMANTIC_TAGS: ReadonlySet<string> = new Set([
  "nav",
  "footer",
  "header",
  "aside",
  "form",
  "article",
  "main",
  "figure",
]);

/** Opening one of these inside a data-table cell shows the table holds page layout. */
const LAYOUT_IN_TABLE: ReadonlySet<string> = new Set([
  "table",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "article",
  "section",
  "form",
  "main",
  "nav",
  "header",
  "footer",
  "aside",
  "figure",
  "dl",
]);

/** Elements that set the kind of the blocks inside them (see `emitPiece`) or hold a group's item or cell. */
const CONTEXT_TAGS: ReadonlySet<string> = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "pre",
  "blockquote",
  "li",
  "figcaption",
  "td",
  "th",
]);

// An element's membership of the sets above, as bits: one lookup per element instead of one per set.
const BLOCK = 1;
const SKIP = 2;
const SEMANTIC = 4;
const LAYOUT = 8;
const CONTEXT = 16;
const TAG_KINDS = groupBits([
  [BLOCK_TAGS, BLOCK],
  [SKIP_TAGS, SKIP],
  [SEMANTIC_TAGS, SEMANTIC],
  [LAYOUT_IN_TABLE, LAYOUT],
  [CONTEXT_TAGS, CONTEXT],
]);

function kindsOf(tag: string): number {
  return TAG_KINDS.get(tag) ?? 0;
}

/** A cell longer than this holds prose, not data: the table is a layout table. */
const MAX_DATA_CELL_CHARS = 400;
/**
 * Only the innermost ancestors go into a tag path. Deep enough that blocks of
 * one container share its path as a prefix (the classifier finds the story's
 * container that way); beyond it, wrappers add nothing but cost.
 */
const MAX_TAG_PATH_DEPTH = 32;
/** At most this many hint words per element; pages nest thousands of classed wrappers. */
const MAX_HINTS = 24;
/** Images smaller than this (in either declared dimension) are icons, spacers or tracking pixels. */
const MIN_IMAGE_SIDE = 60;

/** The label a credit line opens with ("Photo: …", "Image by …"): the credit is the name after it. */
const CREDIT_LABEL = /^(?:photo(?:graph)?|image|picture|credit|foto|bild)s?(?::|\s+by\b:?)\s*/i;
const HIDDEN_STYLE = /display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden/i;
const LEADING_BLANK_LINES = /^(?:[ \t]*\n)+/;
// Only from the start of a whitespace run: trying every position inside a long run is quadratic.
const TRAILING_SPACE = /(?<!\s)\s+$/;
const ABSOLUTE_HTTP = /^https?:\/\//i;

type GroupKind = "list" | "table" | "figure";

interface Piece {
  text: string;
  start: number;
  end: number;
  linkChars: number;
  links: { text: string; href: string }[];
  elements: number;
  frame: Frame;
}

interface Group {
  kind: GroupKind;
  frame: Frame;
  dead: boolean;
  parent: Group | undefined;
  // list
  ordered: boolean;
  items: Piece[][];
  // table
  rows: { header: boolean; cells: Piece[][] }[];
  caption: Piece[];
  // figure
  image:
    | { src: string; alt?: string; width?: number; height?: number; start: number; end: number }
    | undefined;
  credit: string;
  /** The credit as the page prints it, label included, which the caption's text ends with. */
  creditLine: string;
}

interface Frame {
  tag: string;
  /** The class attribute, whose first word labels the element in a tag path (read only for those). */
  cls: string | undefined;
  /** With `cls`, what the element's own hint words come from (see `hintsOf`). */
  id: string | undefined;
  role: string | undefined;
  itemprop: string | undefined;
  semantic: boolean;
  /** Whether it is one of BLOCK_TAGS: its end ends a block of text as its start did. */
  block: boolean;
  /** Its hint words and its ancestors', once a block or byline has asked (see `hintsOf`). */
  hints: string[] | undefined;
  parent: Frame | undefined;
  /** The nearest heading, pre, blockquote, li, figcaption or table cell around (or this element). */
  ctx: Frame | undefined;
  group: Group | undefined;
  inArticle: boolean;
  /** For <a>: where its text starts in the current buffer, and its address. */
  linkStart: number;
  href: string | undefined;
  /** Its tag path (see `tagPath`) and how many elements that names, once a block has asked. */
  path: string | undefined;
  pathDepth: number;
}

/** What a page says about itself in its markup, collected during the pass and read by metadata.ts. */
export interface RawMetadata {
  /** `<meta>` name, property and itemprop values (lower-cased) → content; the first one wins. */
  meta: Map<string, string>;
  jsonLd: string[];
  title: string;
  lang: string | undefined;
  canonical: string | undefined;
  /** `<time datetime>` and `itemprop=datePublished/dateModified` values, in page order. */
  times: { value: string; prop: string; inArticle: boolean }[];
  /** Text of elements marked as an author or byline (class, rel=author, itemprop=author). */
  bylines: { text: string; start: number; end: number; hints: string[] }[];
}

export interface Segmented {
  blocks: CandidateBlock[];
  removed: Removal[];
  raw: RawMetadata;
}

interface Capture {
  frame: Frame;
  kind: "byline" | "credit";
  text: string;
  start: number;
  end: number;
}

const NO_HINTS: readonly string[] = [];

const ROOT: Frame = {
  tag: "#root",
  cls: undefined,
  id: undefined,
  role: undefined,
  itemprop: undefined,
  semantic: false,
  block: false,
  hints: [],
  parent: undefined,
  ctx: undefined,
  group: undefined,
  inArticle: false,
  linkStart: -1,
  href: undefined,
  path: undefined,
  pathDepth: 0,
};

/** The words that make an element a byline or credit (see `captureKind`), anywhere in a value, in any case. */
const CAPTURE_WORD = /byline|author|credit|copyright/i;

function mayMarkCapture(value: string | undefined): boolean {
  return value !== undefined && CAPTURE_WORD.test(value);
}

function isJsonLd(attribs: Attributes): boolean {
  return (attribs.type ?? "").toLowerCase().includes("ld+json");
}

/** The first word of a class attribute (one scan; most hold a single word with no space around it). */
function firstClass(value: string | undefined): string {
  if (value === undefined) return "";
  const n = value.length;
  let start = 0;
  while (start < n && isWhitespace(value.charCodeAt(start))) start++;
  let end = start;
  while (end < n && !isWhitespace(value.charCodeAt(end))) end++;
  return start === 0 && end === n ? value : value.slice(start, end);
}

function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

class Segmenter implements TagHandler {
  readonly parser: TagReader = new TagReader(this);
  /** Where links resolve: the caller's URL, else the page's own `<base>` or canonical address once seen. */
  base: URL | undefined;
  readonly fixedBase: boolean;
  readonly blocks: CandidateBlock[] = [];
  readonly removed: Removal[] = [];
  readonly raw: RawMetadata = {
    meta: new Map(),
    jsonLd: [],
    title: "",
    lang: undefined,
    canonical: undefined,
    times: [],
    bylines: [],
  };

  top: Frame = ROOT;
  depth = 0;
  /**
   * The current text buffer and what it covers in the source. Outside `<pre>`
   * it holds the text already collapsed (see `appendCollapsed`); inside, as
   * written.
   */
  buf = "";
  /** Whether collapsed text ended with whitespace, which becomes one space if more text follows. */
  spacePending = false;
  bufStart = -1;
  bufEnd = -1;
  bufElements = 0;
  bufLinks: { text: string; href: string }[] = [];
  bufLinkChars = 0;
  openLinks: Frame[] = [];
  brPending = false;

  /** Inside a skipped subtree: its root frame, and the text recorded for it. */
  skipRoot: Frame | undefined;
  skipText = "";
  skipStart = -1;
  skipEnd = -1;
  jsonLdFrame: Frame | undefined;
  jsonLdText = "";
  titleFrame: Frame | undefined;
  captures: Capture[] = [];
  /** Hint words per class, id, role or itemprop value: pages repeat the same values on thousands of elements. */
  readonly hintWords = new Map<string, readonly string[]>();
  /** Lists of hint words, by their words joined with spaces (see `intern`). */
  readonly wordLists = new Map<string, readonly string[]>();
  /** Unions of two lists of hint words, by the identity of the two (see `union`). */
  readonly unions = new Map<readonly string[], Map<readonly string[], readonly string[]>>();
  /** Merged hints per parent hints and own words (both shared arrays, so identity is the key). */
  readonly hintMerges = new Map<string[], Map<readonly string[], string[]>>();

  constructor(base: URL | undefined) {
    this.base = base;
    this.fixedBase = base !== undefined;
  }

  adoptBase(href: string): void {
    if (!this.fixedBase && this.base === undefined) this.base = parseBase(href);
  }

  // --- tag reader callbacks --------------------------------------------------

  onopentag(tag: string, attribs: Attributes): void {
    const kinds = kindsOf(tag);
    const parent = this.top;
    const start = this.parser.startIndex;
    this.collectMetadata(tag, attribs);
    if (this.skipRoot !== undefined) {
      const frame = this.push(tag, kinds, parent, undefined);
      if (tag === "script" && this.jsonLdFrame === undefined && isJsonLd(attribs)) this.startJsonLd(frame);
      return;
    }

    if ((kinds & SKIP) !== 0 || this.isHidden(tag, attribs)) {
      const frame = this.push(tag, kinds, parent, undefined);
      this.skipRoot = frame;
      this.skipText = "";
      this.skipStart = -1;
      if (tag === "script" && isJsonLd(attribs)) this.startJsonLd(frame);
      // (A <title> inside <svg> is met while skipping the svg, so it never names the page.)
      if (tag === "title" && this.raw.title === "") this.titleFrame = frame;
      return;
    }

    if ((kinds & BLOCK) !== 0) {
      this.flush();
      if ((kinds & LAYOUT) !== 0) this.layoutCheck(parent);
    } else if (tag === "br") {
      this.lineBreak();
    } else {
      this.bufElements++;
    }

    const frame = this.push(tag, kinds, parent, attribs);
    let capture = this.captureKind(frame);
    if (attribs.rel === "author") capture = "byline";
    // A byline inside a byline (the author's link within "By …") is already being read.
    if (capture === "byline" && this.captures.some((c) => c.kind === "byline")) capture = undefined;
    const itemprop = attribs.itemprop;
    const role = attribs.role;
    if (capture !== undefined) this.captures.push({ frame, kind: capture, text: "", start: -1, end: -1 });
    if (tag === "article" || tag === "main" || itemprop?.includes("articleBody") || role === "main") {
      frame.inArticle = true;
    }

    switch (tag) {
      case "a": {
        // Links do not nest: a new one ends the one before, as browsers read it.
        for (const open of this.openLinks.splice(0)) this.closeLink(open);
        const href = attribs.href;
        if (href !== undefined && href !== "" && !href.startsWith("#") && !href.startsWith("javascript:")) {
          frame.href = href;
          frame.linkStart = this.buf.length;
          this.openLinks.push(frame);
        }
        break;
      }
      case "ul":
      case "ol":
      case "menu":
        if (!this.inLiveGroup("list")) this.openGroup("list", frame, tag === "ol");
        break;
      case "li": {
        const group = this.liveGroup();
        if (group?.kind === "list") group.items.push([]);
        break;
      }
      case "table":
        this.openGroup("table", frame, false);
        break;
      case "tr": {
        const group = this.liveGroup();
        if (group?.kind === "table" && group.frame === this.tableOf(frame))
          group.rows.push({ header: true, cells: [] });
        break;
      }
      case "td":
      case "th": {
        const group = this.liveGroup();
        if (group?.kind === "table") {
          let row = group.rows[group.rows.length - 1];
          if (row === undefined) {
            row = { header: true, cells: [] };
            group.rows.push(row);
          }
          if (tag === "td") row.header = false;
          row.cells.push([]);
        }
        break;
      }
      case "figure":
        this.openGroup("figure", frame, false);
        break;
      case "img":
        this.image(attribs, start);
        break;
      case "time": {
        const value = attribs.datetime;
        if (value !== undefined)
          this.raw.times.push({ value, prop: itemprop ?? "", inArticle: frame.inArticle });
        break;
      }
    }
    if (itemprop === "datePublished" || itemprop === "dateModified" || itemprop === "dateCreated") {
      const value = attribs.content ?? attribs.datetime;
      if (value !== undefined && tag !== "time")
        this.raw.times.push({ value, prop: itemprop, inArticle: frame.inArticle });
    }
  }

  /**
   * Whether an element's own hint words mark it as a byline, or as the credit
   * of the figure it is in. Only values that hold one of those words are
   * split into words: most elements' hints are never read (see `hintsOf`).
   */
  captureKind(frame: Frame): Capture["kind"] | undefined {
    if (
      !mayMarkCapture(frame.cls) &&
      !mayMarkCapture(frame.id) &&
      !mayMarkCapture(frame.role) &&
      !mayMarkCapture(frame.itemprop)
    ) {
      return undefined;
    }
    const own = this.ownHints(frame);
    if (own.includes("byline") || (own.includes("author") && !own.includes("bio"))) return "byline";
    if (
      (own.includes("credit") || own.includes("copyright")) &&
      this.liveGroupOf(frame.parent)?.kind === "figure"
    )
      return "credit";
    return undefined;
  }

  /**
   * The hint words of an element and its ancestors: each element's parent's
   * followed by its own, at most MAX_HINTS. Worked out when a block or byline
   * first asks, from the nearest ancestor already known, and kept.
   */
  hintsOf(frame: Frame): string[] {
    const unknown: Frame[] = [];
    let f = frame;
    while (f.hints === undefined) {
      unknown.push(f);
      f = f.parent!;
    }
    let hints = f.hints;
    for (let i = unknown.length - 1; i >= 0; i--) {
      const g = unknown[i]!;
      const own = this.ownHints(g);
      if (own.length > 0 && hints.length < MAX_HINTS) hints = this.mergeHints(hints, own);
      g.hints = hints;
    }
    return hints;
  }

  /**
   * An element's own hint words: those of its class, id, role and itemprop,
   * then its semantic name. The arrays are shared between elements (so that
   * `mergeHints` can remember by identity): never mutate them.
   */
  ownHints(frame: Frame): readonly string[] {
    const { tag, cls, id, role, itemprop } = frame;
    let own = cls === undefined ? NO_HINTS : this.hintWordsOf(cls);
    if (id !== undefined) own = this.union(own, this.hintWordsOf(id));
    if (role !== undefined) own = this.union(own, this.hintWordsOf(role));
    if (itemprop !== undefined) own = this.union(own, this.hintWordsOf(itemprop));
    // The element's name goes first: its classes say more precisely what it holds (an aside classed "related").
    if (frame.semantic && !own.includes(tag)) own = this.union(this.hintWordsOf(tag), own);
    return own;
  }

  /** `first`'s words then those of `second` it lacks; remembered per pair of (shared) arrays. */
  union(first: readonly string[], second: readonly string[]): readonly string[] {
    if (second.length === 0) return first;
    if (first.length === 0) return second;
    let bySecond = this.unions.get(first);
    const known = bySecond?.get(second);
    if (known !== undefined) return known;
    const fresh = second.filter((word) => !first.includes(word));
    const union = fresh.length > 0 ? this.intern(first.concat(fresh)) : first;
    if (bySecond === undefined) {
      bySecond = new Map();
      this.unions.set(first, bySecond);
    }
    bySecond.set(second, union);
    return union;
  }

  /** One array per list of words, so that lists alike share their entries in the remembered merges. */
  intern(words: readonly string[]): readonly string[] {
    const key = words.join(" ");
    const interned = this.wordLists.get(key);
    if (interned !== undefined) return interned;
    this.wordLists.set(key, words);
    return words;
  }

  hintWordsOf(value: string): readonly string[] {
    let words = this.hintWords.get(value);
    if (words === undefined) {
      const out: string[] = [];
      hintTokens(value, out);
      words = out.length === 0 ? NO_HINTS : this.intern(out);
      this.hintWords.set(value, words);
    }
    return words;
  }

  /** The parent's hints followed by the own words it lacks, at most MAX_HINTS; remembered per pair of arrays. */
  mergeHints(hints: string[], own: readonly string[]): string[] {
    let byOwn = this.hintMerges.get(hints);
    const known = byOwn?.get(own);
    if (known !== undefined) return known;
    const fresh = own.filter((word) => !hints.includes(word));
    const merged = fresh.length > 0 ? hints.concat(fresh).slice(0, MAX_HINTS) : hints;
    if (byOwn === undefined) {
      byOwn = new Map();
      this.hintMerges.set(hints, byOwn);
    }
    byOwn.set(own, merged);
    return merged;
  }

  startJsonLd(frame: Frame): void {
    this.jsonLdFrame = frame;
    this.jsonLdText = "";
  }

  ontext(source: string, start: number, end: number): void {
    if (this.skipRoot !== undefined) {
      if (this.jsonLdFrame !== undefined) this.jsonLdText += source.slice(start, end);
      else if (this.titleFrame !== undefined) this.raw.title += source.slice(start, end);
      else if (!CODE_TAGS.has(this.skipRoot.tag) && hasNonSpace(source, start, end)) {
        if (this.skipStart < 0) this.skipStart = this.parser.startIndex;
        this.skipEnd = this.parser.endIndex + 1;
        this.skipText += source.slice(start, end);
      }
      return;
    }
    // Most texts are the whitespace between tags: collapsing one tells whether it is.
    let blank: boolean | undefined;
    if (this.top.ctx?.tag === "pre") this.buf += source.slice(start, end);
    else blank = !this.appendCollapsed(source, start, end);
    if (this.captures.length > 0) this.captureText(source.slice(start, end));
    if (this.bufStart < 0 || this.brPending) {
      if (blank ?? !hasNonSpace(source, start, end)) return;
      if (this.bufStart < 0) this.bufStart = this.parser.startIndex;
      this.brPending = false;
    }
    this.bufEnd = this.parser.endIndex + 1;
  }

  /** The element closed is always the innermost open one, whose frame knows its name. */
  onclosetag(_tag: string): void {
    const frame = this.top;
    if (frame === ROOT) return;
    if (this.skipRoot !== undefined) {
      if (frame === this.jsonLdFrame) {
        this.raw.jsonLd.push(this.jsonLdText);
        this.jsonLdFrame = undefined;
      }
      if (frame === this.titleFrame) this.titleFrame = undefined;
      if (frame === this.skipRoot) this.endSkip();
      this.pop();
      return;
    }
    if (frame.block) this.flush();
    if (frame.href !== undefined) this.closeLink(frame);
    if (this.captures.length > 0 && this.captures[this.captures.length - 1]!.frame === frame)
      this.endCapture();
    const group = frame.group;
    if (group !== undefined && group.frame === frame) this.closeGroup(group);
    this.pop();
  }

  // --- frames ------------------------------------------------------------------

  /** A frame for an element; one with no `attribs` (inside a skipped subtree) has none of its own hints. */
  push(tag: string, kinds: number, parent: Frame, attribs: Attributes | undefined): Frame {
    const frame: Frame = {
      tag,
      cls: attribs?.class,
      id: attribs?.id,
      role: attribs?.role,
      itemprop: attribs?.itemprop,
      semantic: attribs !== undefined && (kinds & SEMANTIC) !== 0,
      block: (kinds & BLOCK) !== 0,
      hints: undefined,
      parent,
      ctx: undefined,
      group: parent.group,
      inArticle: parent.inArticle,
      linkStart: -1,
      href: undefined,
      path: undefined,
      pathDepth: 0,
    };
    frame.ctx = (kinds & CONTEXT) !== 0 ? frame : parent.ctx;
    this.top = frame;
    this.depth++;
    return frame;
  }

  pop(): void {
    const parent = this.top.parent;
    if (parent !== undefined) {
      this.top = parent;
      this.depth--;
    }
  }

  /**
   * The tag path of a block's element: its innermost MAX_TAG_PATH_DEPTH
   * elements, outermost first, each `tag` or `tag.firstClass`, joined by `>`.
   * Remembered per element, and built from the parent's, so that the blocks
   * of a page walk each element once.
   */
  tagPath(frame: Frame): string {
    const unknown: Frame[] = [];
    let f = frame;
    while (f !== ROOT && f.path === undefined) {
      unknown.push(f);
      f = f.parent!;
    }
    let path = f.path ?? "";
    let depth = f.pathDepth;
    for (let i = unknown.length - 1; i >= 0; i--) {
      const g = unknown[i]!;
      if (depth === 0) path = pathLabel(g);
      else if (depth < MAX_TAG_PATH_DEPTH) path = `${path}>${pathLabel(g)}`;
      // Rare: a path that must lose its outermost element.
      else path = innermostPath(g);
      depth = Math.min(depth + 1, MAX_TAG_PATH_DEPTH);
      g.path = path;
      g.pathDepth = depth;
    }
    return path;
  }

  isHidden(tag: string, attribs: Attributes): boolean {
    if (attribs.hidden !== undefined || attribs["aria-hidden"] === "true") return true;
    if (tag === "dialog" && attribs.open === undefined) return true;
    if (tag === "input" && attribs.type === "hidden") return true;
    const style = attribs.style;
    return style !== undefined && style.length > 8 && HIDDEN_STYLE.test(style);
  }

  endSkip(): void {
    const text = collapse(this.skipText);
    if (text !== "") {
      this.removed.push({ text, reason: "hidden", span: { start: this.skipStart, end: this.skipEnd } });
    }
    this.skipRoot = undefined;
    this.skipText = "";
    this.skipStart = -1;
  }

  // --- metadata tags -----------------------------------------------------------

  collectMetadata(tag: string, attribs: Attributes): void {
    switch (tag) {
      case "meta": {
        const key = attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs["http-equiv"];
        const content = attribs.content;
        if (key !== undefined && content !== undefined) {
          const k = key.toLowerCase();
          if (!this.raw.meta.has(k)) this.raw.meta.set(k, content);
        }
        break;
      }
      case "link": {
        const rel = attribs.rel?.toLowerCase();
        if (rel === "canonical" && attribs.href !== undefined && this.raw.canonical === undefined) {
          this.raw.canonical = attribs.href;
          this.adoptBase(attribs.href);
        }
        break;
      }
      case "base":
        if (attribs.href !== undefined) this.adoptBase(attribs.href);
        break;
      case "html":
        if (attribs.lang !== undefined && this.raw.lang === undefined) this.raw.lang = attribs.lang;
        break;
    }
  }

  // --- text buffer -------------------------------------------------------------

  /**
   * Appends the text `source[start, end)` with its whitespace collapsed, as
   * `collapse` would leave the whole buffer: each piece is collapsed as it
   * arrives, straight from the page, which costs far less than collapsing
   * the buffer built from hundreds of pieces. Says whether the text held
   * anything but whitespace.
   */
  appendCollapsed(source: string, start: number, end: number): boolean {
    const piece = collapse(source, start, end);
    if (piece === "") {
      if (this.buf !== "") this.spacePending = true;
      return false;
    }
    if (this.buf !== "" && (this.spacePending || isWhitespace(source.charCodeAt(start)))) this.buf += " ";
    this.buf += piece;
    this.spacePending = isWhitespace(source.charCodeAt(end - 1));
    return true;
  }

  lineBreak(): void {
    if (this.brPending && this.bufStart >= 0) {
      // Two breaks in a row end a paragraph, as old pages write them.
      this.flush();
      return;
    }
    if (this.bufStart >= 0) {
      if (this.top.ctx?.tag === "pre") this.buf += "\n";
      else this.spacePending = true;
      this.brPending = true;
    }
  }

  closeLink(frame: Frame): void {
    const text = collapse(this.buf.slice(frame.linkStart));
    if (text !== "") {
      this.bufLinks.push({ text, href: this.resolve(frame.href!) });
      this.bufLinkChars += text.length;
    }
    frame.href = undefined;
    const i = this.openLinks.lastIndexOf(frame);
    if (i !== -1) this.openLinks.splice(i, 1);
  }

  resolve(href: string): string {
    return ABSOLUTE_HTTP.test(href) ? href : resolveUrl(href, this.base);
  }

  flush(): void {
    this.brPending = false;
    if (this.bufStart < 0) {
      this.resetBuffer();
      return;
    }
    // Links still open carry their text so far into this piece.
    for (const link of this.openLinks) {
      const text = collapse(this.buf.slice(link.linkStart));
      if (text !== "") {
        this.bufLinks.push({ text, href: this.resolve(link.href!) });
        this.bufLinkChars += text.length;
      }
      link.linkStart = 0;
    }
    const frame = this.top;
    const text =
      frame.ctx?.tag === "pre"
        ? this.buf.replace(LEADING_BLANK_LINES, "").replace(TRAILING_SPACE, "")
        : this.buf;
    if (text !== "") {
      this.route({
        text,
        start: this.bufStart,
        end: this.bufEnd,
        linkChars: Math.min(this.bufLinkChars, text.length),
        links: this.bufLinks,
        elements: this.bufElements,
        frame,
      });
      // The piece keeps this list of links: the next one's go in a list of their own.
      this.bufLinks = [];
    }
    this.resetBuffer();
  }

  resetBuffer(): void {
    this.buf = "";
    this.spacePending = false;
    this.bufStart = -1;
    this.bufEnd = -1;
    this.bufElements = 0;
    // Most buffers end with no links (most blocks of a page are empty wrappers): their list serves the next.
    if (this.bufLinks.length > 0) this.bufLinks = [];
    this.bufLinkChars = 0;
    for (const link of this.openLinks) link.linkStart = 0;
  }

  captureText(text: string): void {
    for (const capture of this.captures) {
      capture.text += text;
      if (capture.start < 0 && hasNonSpace(text)) capture.start = this.parser.startIndex;
      capture.end = this.parser.endIndex + 1;
    }
  }

  endCapture(): void {
    const capture = this.captures.pop()!;
    const text = collapse(capture.text);
    if (text === "") return;
    if (capture.kind === "byline") {
      this.raw.bylines.push({
        text,
        start: capture.start,
        end: capture.end,
        hints: this.hintsOf(capture.frame),
      });
    } else if (capture.kind === "credit") {
      const group = this.liveGroup();
      if (group?.kind === "figure" && group.credit === "") {
        group.creditLine = text;
        group.credit = text.replace(CREDIT_LABEL, "") || text;
      }
    }
  }

  // --- groups ------------------------------------------------------------------

  openGroup(kind: GroupKind, frame: Frame, ordered: boolean): void {
    frame.group = {
      kind,
      frame,
      dead: false,
      parent: this.liveGroupOf(frame.parent),
      ordered,
      items: [],
      rows: [],
      caption: [],
      image: undefined,
      credit: "",
      creditLine: "",
    };
  }

  liveGroupOf(frame: Frame | undefined): Group | undefined {
    let group = frame?.group;
    while (group?.dead) group = group.parent;
    return group;
  }

  liveGroup(): Group | undefined {
    return this.liveGroupOf(this.top);
  }

  inLiveGroup(kind: GroupKind): boolean {
    for (let g = this.liveGroup(); g !== undefined; g = g.parent) if (!g.dead && g.kind === kind) return true;
    return false;
  }

  tableOf(frame: Frame): Frame | undefined {
    for (let f: Frame | undefined = frame.parent; f !== undefined; f = f.parent)
      if (f.tag === "table") return f;
    return undefined;
  }

  /** A layout element opening inside data-table cells turns those tables back into containers. */
  layoutCheck(parent: Frame): void {
    for (let g = this.liveGroupOf(parent); g !== undefined; g = g.parent) {
      if (g.kind === "table" && !g.dead) this.dissolveTable(g);
    }
  }

  route(piece: Piece): void {
    const group = this.liveGroup();
    if (group !== undefined) {
      if (group.kind === "list") {
        if (group.items.length === 0) group.items.push([]);
        group.items[group.items.length - 1]!.push(piece);
        return;
      }
      if (group.kind === "table") {
        const row = group.rows[group.rows.length - 1];
        const cell = row?.cells[row.cells.length - 1];
        if (cell === undefined) {
          group.caption.push(piece);
          return;
        }
        cell.push(piece);
        if (cell.reduce((n, p) => n + p.text.length, 0) > MAX_DATA_CELL_CHARS) this.dissolveTable(group);
        return;
      }
      // Figure: everything but quotes and code inside it is its caption.
      const ctxTag = piece.frame.ctx?.tag;
      if (ctxTag !== "blockquote" && ctxTag !== "pre" && this.isInside(piece.frame, group.frame)) {
        group.caption.push(piece);
        return;
      }
    }
    this.settle(group);
    this.emitPiece(piece);
  }

  isInside(frame: Frame, ancestor: Frame): boolean {
    for (let f: Frame | undefined = frame; f !== undefined; f = f.parent) if (f === ancestor) return true;
    return false;
  }

  /** Before a block is emitted inside open groups, those groups give up what they hold so that order is kept. */
  settle(from: Group | undefined): void {
    for (let g = from; g !== undefined; g = g.parent) {
      if (g.dead) continue;
      if (g.kind === "list" && g.items.length > 0) {
        this.emitList(g);
        g.items = [];
      } else if (g.kind === "table") {
        this.dissolveTable(g);
      }
    }
  }

  closeGroup(group: Group): void {
    if (group.dead) return;
    group.dead = true;
    this.settle(group.parent);
    if (group.kind === "list") {
      if (group.items.length > 0) this.emitList(group);
    } else if (group.kind === "table") {
      const columns = Math.max(0, ...group.rows.map((r) => r.cells.length));
      const rows = group.rows.filter((r) => r.cells.some((c) => c.length > 0));
      if (rows.length >= 2 && columns >= 2) this.emitTable(group, rows);
      else {
        group.dead = false;
        this.dissolveTable(group);
      }
    } else {
      this.emitFigure(group);
    }
  }

  dissolveTable(group: Group): void {
    if (group.dead) return;
    group.dead = true;
    for (const piece of group.caption) this.emitPiece(piece);
    // A layout table's cells are containers: their paragraphs stay paragraphs.
    for (const row of group.rows)
      for (const cell of row.cells) for (const piece of cell) this.emitPiece(piece);
    group.rows = [];
    group.caption = [];
  }

  image(attribs: Attributes, start: number): void {
    const group = this.liveGroup();
    const inFigure = group?.kind === "figure";
    // A figure shows its first image; an image among text or inside a list or table is decoration of that text, not a block.
    if (
      inFigure
        ? group.image !== undefined
        : group !== undefined || this.bufStart >= 0 || this.top.ctx !== undefined
    )
      return;
    const src = imageSource(attribs);
    if (src === undefined) return;
    const width = positiveInt(attribs.width);
    const height = positiveInt(attribs.height);
    if ((width !== undefined && width < MIN_IMAGE_SIDE) || (height !== undefined && height < MIN_IMAGE_SIDE))
      return;
    const image = {
      src: this.resolve(src),
      ...(attribs.alt?.trim() ? { alt: collapse(attribs.alt) } : {}),
      ...(width !== undefined ? { width } : {}),
      ...(height !== undefined ? { height } : {}),
      start,
      end: this.parser.endIndex + 1,
    };
    if (inFigure) {
      group.image = image;
      return;
    }
    this.settle(group);
    this.pushBlock(
      { type: "image", ...withoutSpan(image), span: { start: image.start, end: image.end } },
      "",
      { start: image.start, end: image.end },
      this.top,
      0,
      [],
      1,
    );
  }

  // --- emission ----------------------------------------------------------------

  emitPiece(piece: Piece): void {
    const ctx = piece.frame.ctx;
    const span = { start: piece.start, end: piece.end };
    let block: Block;
    switch (ctx?.tag) {
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        block = { type: "heading", level: Number(ctx.tag[1]), text: piece.text, span };
        break;
      case "pre":
        block = { type: "preformatted", text: piece.text, span };
        break;
      case "blockquote":
        block = { type: "quote", text: piece.text, span };
        break;
      case "figcaption":
        block = { type: "caption", text: piece.text, span };
        break;
      default:
        block = { type: "paragraph", text: piece.text, span };
    }
    this.pushBlock(block, piece.text, span, piece.frame, piece.linkChars, piece.links, piece.elements);
  }

  emitList(group: Group): void {
    const items: Piece[] = [];
    for (const item of group.items) if (item.length > 0) items.push(merge(item, " "));
    if (items.length === 0) return;
    const all = merge(items, "\n");
    const span = { start: all.start, end: all.end };
    this.pushBlock(
      { type: "list", ordered: group.ordered, items: items.map((i) => i.text), span },
      all.text,
      span,
      group.frame,
      all.linkChars,
      all.links,
      all.elements,
    );
  }

  emitTable(group: Group, rows: { header: boolean; cells: Piece[][] }[]): void {
    const pieces: Piece[] = [...group.caption];
    const cellText = (cells: Piece[][]) =>
      cells.map((cell) => {
        if (cell.length === 0) return "";
        const merged = merge(cell, " ");
        pieces.push(merged);
        return merged.text;
      });
    const caption = group.caption.length > 0 ? merge(group.caption, " ").text : undefined;
    const head = rows[0]!.header ? cellText(rows[0]!.cells) : undefined;
    const body = (head === undefined ? rows : rows.slice(1)).map((r) => cellText(r.cells));
    const all = merge(pieces, "\n");
    const span = { start: all.start, end: all.end };
    const block: Block = {
      type: "table",
      ...(head !== undefined ? { head } : {}),
      rows: body,
      ...(caption !== undefined ? { caption } : {}),
      span,
    };
    this.pushBlock(block, blockText(block), span, group.frame, all.linkChars, all.links, all.elements);
  }

  emitFigure(group: Group): void {
    const caption = group.caption.length > 0 ? merge(group.caption, " ") : undefined;
    let captionText = caption?.text;
    const credit = group.credit;
    const creditLine = group.creditLine;
    if (captionText !== undefined && creditLine !== "" && captionText.endsWith(creditLine)) {
      captionText = captionText.slice(0, captionText.length - creditLine.length).trim();
    } else if (captionText !== undefined && creditLine !== "" && captionText.startsWith(creditLine)) {
      // Some pages print the credit before the caption.
      captionText = captionText.slice(creditLine.length).trim();
    }
    const image = group.image;
    if (image === undefined) {
      if (caption !== undefined) {
        const span = { start: caption.start, end: caption.end };
        const block: Block = {
          type: "caption",
          text: captionText || caption.text,
          ...(credit !== "" && captionText ? { credit } : {}),
          span,
        };
        this.pushBlock(
          block,
          caption.text,
          span,
          caption.frame,
          caption.linkChars,
          caption.links,
          caption.elements,
        );
      }
      return;
    }
    const start = Math.min(image.start, caption?.start ?? image.start);
    const end = Math.max(image.end, caption?.end ?? image.end);
    const span = { start, end };
    const block: Block = {
      type: "image",
      ...withoutSpan(image),
      ...(captionText ? { caption: captionText } : {}),
      ...(credit !== "" ? { credit } : {}),
      span,
    };
    const text = [captionText, credit].filter(Boolean).join(" ");
    this.pushBlock(
      block,
      text,
      span,
      group.frame,
      caption?.linkChars ?? 0,
      caption?.links ?? [],
      caption?.elements ?? 1,
    );
  }

  pushBlock(
    block: Block,
    text: string,
    span: { start: number; end: number },
    frame: Frame,
    linkChars: number,
    links: { text: string; href: string }[],
    elements: number,
  ): void {
    const length = text.length;
    this.blocks.push({
      block,
      text,
      span,
      features: {
        index: this.blocks.length,
        tagPath: this.tagPath(frame),
        hints: this.hintsOf(frame),
        linkDensity: length === 0 ? 0 : Math.min(1, linkChars / length),
        links,
        textDensity: length / (elements + 1),
        inArticle: frame.inArticle,
      },
    });
  }
}

/** An element as a tag path names it: `tag` or `tag.firstClass`. */
function pathLabel(frame: Frame): string {
  const cls = firstClass(frame.cls);
  return cls === "" ? frame.tag : `${frame.tag}.${cls}`;
}

/** The tag path of an element with MAX_TAG_PATH_DEPTH ancestors or more, built from the labels. */
function innermostPath(frame: Frame): string {
  const labels: string[] = [];
  for (let f = frame; f !== ROOT && labels.length < MAX_TAG_PATH_DEPTH; f = f.parent!)
    labels.push(pathLabel(f));
  return labels.reverse().join(">");
}

function withoutSpan<T extends { start: number; end: number }>(image: T): Omit<T, "start" | "end"> {
  const { start: _s, end: _e, ...rest } = image;
  return rest;
}

function merge(pieces: Piece[], separator: string): Piece {
  if (pieces.length === 1) return pieces[0]!;
  const first = pieces[0]!;
  let text = "";
  let linkChars = 0;
  let elements = 0;
  let start = first.start;
  let end = first.end;
  const links: { text: string; href: string }[] = [];
  for (const piece of pieces) {
    text = text === "" ? piece.text : `${text}${separator}${piece.text}`;
    linkChars += piece.linkChars;
    elements += piece.elements;
    for (const link of piece.links) links.push(link);
    if (piece.start < start) start = piece.start;
    if (piece.end > end) end = piece.end;
  }
  return { text, start, end, linkChars, links, elements, frame: first.frame };
}

/** Runs the single pass over `html`; links and images resolve against `base`. */
export function segment(html: string, base: URL | undefined): Segmented {
  const segmenter = new Segmenter(base);
  segmenter.parser.read(html);
  // Whatever the page left open is closed by end(); a last flush catches text after the last tag.
  segmenter.flush();
  return { blocks: segmenter.blocks, removed: segmenter.removed, raw: segmenter.raw };
}
