/**
 * Glob patterns for --include and --exclude, matched without regular
 * expressions (so no pattern can backtrack badly): `*` and `?` within a path
 * segment, `**` across segments, `[a-z]` / `[!a-z]` classes, `{a,b}`
 * alternatives and `\` escapes. A pattern without `/` matches the file's
 * name at any depth (`*.html`); one with `/` matches the whole relative path.
 */

type Token =
  | { type: "char"; char: string }
  | { type: "any" }
  | { type: "star" }
  | { type: "class"; negate: boolean; ranges: [string, string][] };

type Segment = { type: "globstar" } | { type: "segment"; tokens: Token[] };

/** More alternatives than any reasonable pattern has: stops `{a,b}{c,d}…` from blowing up. */
const MAX_EXPANSIONS = 256;

function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      i++;
      continue;
    }
    if (char === "{") {
      if (depth === 0) open = i;
      depth++;
    } else if (char === "}" && depth > 0) {
      depth--;
      if (depth === 0) {
        const alternatives = splitTopLevel(pattern.slice(open + 1, i));
        if (alternatives.length < 2) continue;
        const head = pattern.slice(0, open);
        const tails = expandBraces(pattern.slice(i + 1));
        const out: string[] = [];
        for (const alternative of alternatives) {
          for (const middle of expandBraces(alternative)) {
            for (const tail of tails) {
              out.push(head + middle + tail);
              if (out.length > MAX_EXPANSIONS) throw new Error(`glob "${pattern}" has too many alternatives`);
            }
          }
        }
        return out;
      }
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === "\\") i++;
    else if (char === "{") depth++;
    else if (char === "}") depth--;
    else if (char === "," && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === "\\" && i + 1 < segment.length) {
      tokens.push({ type: "char", char: segment[++i]! });
    } else if (char === "*") {
      if (tokens.at(-1)?.type !== "star") tokens.push({ type: "star" });
    } else if (char === "?") {
      tokens.push({ type: "any" });
    } else if (char === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) {
        tokens.push({ type: "char", char });
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith("!") || body.startsWith("^");
      if (negate) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let j = 0; j < body.length; j++) {
        const low = body[j]!;
        if (body[j + 1] === "-" && j + 2 < body.length) {
          ranges.push([low, body[j + 2]!]);
          j += 2;
        } else ranges.push([low, low]);
      }
      tokens.push({ type: "class", negate, ranges });
      i = close;
    } else {
      tokens.push({ type: "char", char });
    }
  }
  return tokens;
}

function matchesOne(token: Token, char: string): boolean {
  if (token.type === "any") return true;
  if (token.type === "char") return token.char === char;
  if (token.type === "class") {
    const inside = token.ranges.some(([low, high]) => char >= low && char <= high);
    return inside !== token.negate;
  }
  return false;
}

/** Wildcard match of one segment: linear passes with one remembered star, no recursion. */
function matchSegment(tokens: Token[], text: string): boolean {
  let t = 0;
  let s = 0;
  let starToken = -1;
  let starText = 0;
  while (s < text.length) {
    const token = tokens[t];
    if (token !== undefined && token.type === "star") {
      starToken = t++;
      starText = s;
    } else if (token !== undefined && matchesOne(token, text[s]!)) {
      t++;
      s++;
    } else if (starToken >= 0) {
      t = starToken + 1;
      s = ++starText;
    } else {
      return false;
    }
  }
  while (tokens[t]?.type === "star") t++;
  return t === tokens.length;
}

/** Segment-list match with `**`, as dynamic programming over (pattern, path) positions. */
function matchSegments(pattern: Segment[], parts: string[]): boolean {
  // reach[j]: the pattern so far can consume exactly the first j path segments.
  let reach = new Array<boolean>(parts.length + 1).fill(false);
  reach[0] = true;
  for (const segment of pattern) {
    const next = new Array<boolean>(parts.length + 1).fill(false);
    if (segment.type === "globstar") {
      let any = false;
      for (let j = 0; j <= parts.length; j++) {
        any = any || reach[j]!;
        next[j] = any;
      }
    } else {
      for (let j = 0; j < parts.length; j++) {
        if (reach[j] && matchSegment(segment.tokens, parts[j]!)) next[j + 1] = true;
      }
    }
    reach = next;
  }
  return reach[parts.length]!;
}

function compileOne(pattern: string): (path: string) => boolean {
  let trimmed = pattern.startsWith("./") ? pattern.slice(2) : pattern;
  while (trimmed.endsWith("/")) trimmed = trimmed.slice(0, -1);
  const anyDepth = !trimmed.includes("/");
  const segments: Segment[] = trimmed
    .split("/")
    .filter((part) => part !== "")
    .map((part) => (part === "**" ? { type: "globstar" } : { type: "segment", tokens: tokenize(part) }));
  return (path) => {
    const parts = path.split("/").filter((part) => part !== "");
    if (anyDepth) {
      const name = parts.at(-1);
      return name !== undefined && matchSegments(segments, [name]);
    }
    return matchSegments(segments, parts);
  };
}

/**
 * Compiles a glob into a test on `/`-separated relative paths.
 *
 * @throws {Error} when brace alternatives multiply past a sane number.
 */
export function compileGlob(pattern: string): (path: string) => boolean {
  const matchers = expandBraces(pattern).map(compileOne);
  return (path) => matchers.some((match) => match(path));
}
