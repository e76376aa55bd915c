#!/usr/bin/env node
// Checks every regular expression in packages/*/src and apps/*/src (tests aside) for
// catastrophic backtracking (ReDoS) with recheck, and fails on any
// `vulnerable` verdict.
//
// 1. The TypeScript compiler API finds every regex literal and every
//    `new RegExp(…)` / `RegExp(…)` call (a regex over the source would miss
//    some and misread others).
// 2. A constructor call whose pattern folds to a constant (string and
//    template literals, `String.raw`, `+`, `const` names, `other.source`) is
//    checked as written.
// 3. A call built at run time (a pattern joined from a word list) is checked
//    as built: the package's compiled module is imported with `RegExp`
//    wrapped to record every pattern its constructor receives. This needs the
//    packages built (`pnpm build`), as the root `test` script does first.
//
// Usage: node scripts/check-regexes.mjs [--verbose]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;
const verbose = process.argv.includes("--verbose");
const requireFrom = createRequire(import.meta.url);

// The pure JavaScript backend needs neither Java nor a native binary, and gives the same verdicts everywhere.
process.env.RECHECK_BACKEND ??= "auto";
/** recheck's fuzzing is random: a fixed seed makes a verdict reproducible. */
const RANDOM_SEED = 20_240_501;
/** Per-pattern analysis budget (ms); a pattern that needs more is reported as `unknown`, not failed. */
const TIMEOUT_MS = 5_000;

const SOURCE_FILE = /\.(?:ts|tsx|mts|cts|js|mjs)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
// Tests match the library's own bounded output, not input from the web.
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE_FILE.test(entry) && !DECLARATION_FILE.test(entry) && !TEST_FILE.test(entry))
      out.push(path);
  }
  return out;
}

function workspaceSources() {
  const out = [];
  for (const group of ["packages", "apps"]) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const name of readdirSync(groupDir)) {
      const src = join(groupDir, name, "src");
      if (existsSync(src)) out.push({ pkgDir: join(groupDir, name), files: sourceFiles(src) });
    }
  }
  return out;
}

// --- constant folding of `new RegExp` arguments --------------------------------

const UNKNOWN = Symbol("unknown");

/** The constant value of an expression in `file`, or UNKNOWN. `seen` stops cycles. */
function fold(node, file, declarations, seen = new Set()) {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression?.(node))
    return fold(node.expression, file, declarations, seen);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isRegularExpressionLiteral(node)) return { regex: literalParts(node.text) };
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const value = fold(span.expression, file, declarations, seen);
      if (typeof value !== "string") return UNKNOWN;
      out += value + span.literal.text;
    }
    return out;
  }
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === "String.raw") {
    const template = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText ?? template.text;
    let out = template.head.rawText ?? template.head.text;
    for (const span of template.templateSpans) {
      const value = fold(span.expression, file, declarations, seen);
      if (typeof value !== "string") return UNKNOWN;
      out += value + (span.literal.rawText ?? span.literal.text);
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = fold(node.left, file, declarations, seen);
    const right = fold(node.right, file, declarations, seen);
    return typeof left === "string" && typeof right === "string" ? left + right : UNKNOWN;
  }
  if (ts.isIdentifier(node)) {
    const init = declarations.get(node.text);
    if (init === undefined || seen.has(node.text)) return UNKNOWN;
    return fold(init, file, declarations, new Set([...seen, node.text]));
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === "source") {
    const value = fold(node.expression, file, declarations, seen);
    return typeof value === "object" && value !== null ? value.regex.source : UNKNOWN;
  }
  if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
    const ctor = regexConstruction(node, file, declarations, seen);
    return ctor === UNKNOWN || ctor === undefined ? UNKNOWN : { regex: ctor };
  }
  return UNKNOWN;
}

/** `/source/flags` → { source, flags }. */
function literalParts(text) {
  const slash = text.lastIndexOf("/");
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

/** For `new RegExp(p, f)` or `RegExp(p, f)`: its folded pattern, UNKNOWN, or undefined when not a RegExp call. */
function regexConstruction(node, file, declarations, seen = new Set()) {
  if (!ts.isIdentifier(node.expression) || node.expression.text !== "RegExp") return undefined;
  const [patternArg, flagsArg] = node.arguments ?? [];
  if (patternArg === undefined) return { source: "(?:)", flags: "" };
  const pattern = fold(patternArg, file, declarations, seen);
  const flags = flagsArg === undefined ? undefined : fold(flagsArg, file, declarations, seen);
  if (flags === UNKNOWN || (flags !== undefined && typeof flags !== "string")) return UNKNOWN;
  if (typeof pattern === "string") return { source: pattern, flags: flags ?? "" };
  if (typeof pattern === "object" && pattern !== null && pattern !== UNKNOWN)
    return { source: pattern.regex.source, flags: flags ?? pattern.regex.flags };
  return UNKNOWN;
}

/** Module-level and local `const` initialisers by name (names shadowed in a file are left unknown). */
function constDeclarations(file) {
  const declarations = new Map();
  const shadowed = new Set();
  const visit = (node) => {
    if (
      ts.isVariableDeclarationList(node) &&
      (node.flags & ts.NodeFlags.Const) !== 0 &&
      node.declarations.length > 0
    ) {
      for (const declaration of node.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined) continue;
        const name = declaration.name.text;
        if (declarations.has(name)) shadowed.add(name);
        else declarations.set(name, declaration.initializer);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  for (const name of shadowed) declarations.delete(name);
  return declarations;
}

// --- finding the regexes -----------------------------------------------------------

/** Every regex in one file: `{ where, source, flags }` when known, `{ where, dynamic: true }` otherwise. */
function regexesIn(path) {
  const text = readFileSync(path, "utf8");
  const kind = path.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const declarations = constDeclarations(file);
  const found = [];
  const where = (node) => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return `${relative(root, path)}:${line + 1}:${character + 1}`;
  };
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      found.push({ where: where(node), ...literalParts(node.text) });
    } else if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      const regex = regexConstruction(node, file, declarations);
      if (regex === UNKNOWN) found.push({ where: where(node), dynamic: true });
      else if (regex !== undefined) found.push({ where: where(node), ...regex });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Imports a package's built entry points with `RegExp` wrapped, and returns every pattern constructed. */
function patternsBuiltAtRuntime(pkgDir) {
  const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  const entries = [];
  const collect = (value) => {
    if (typeof value === "string") {
      if (value.startsWith("./dist/") && value.endsWith(".cjs")) entries.push(join(pkgDir, value));
    } else if (value && typeof value === "object") for (const inner of Object.values(value)) collect(inner);
  };
  collect(manifest.publishConfig?.exports ?? manifest.exports);
  if (entries.length === 0 || !entries.every(existsSync)) return undefined;
  const recorded = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const [pattern, flags] = args;
      if (typeof pattern === "string") recorded.push({ source: pattern, flags: flags ?? "" });
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, self, args) {
      const [pattern, flags] = args;
      if (typeof pattern === "string") recorded.push({ source: pattern, flags: flags ?? "" });
      return Reflect.apply(target, self, args);
    },
  });
  try {
    // The CommonJS build: loading it runs every module's top level, where the patterns are compiled.
    for (const entry of new Set(entries)) requireFrom(entry);
  } finally {
    globalThis.RegExp = Original;
  }
  return recorded;
}

// --- checking ---------------------------------------------------------------------

const verdicts = new Map();
function verdict(source, flags) {
  const key = `/${source}/${flags}`;
  let result = verdicts.get(key);
  if (result === undefined) {
    try {
      result = checkSync(source, flags, { randomSeed: RANDOM_SEED, timeout: TIMEOUT_MS });
    } catch (error) {
      result = { status: "unknown", error: { kind: "exception", message: String(error) } };
    }
    verdicts.set(key, result);
  }
  return result;
}

const started = Date.now();
const counts = { safe: 0, vulnerable: 0, unknown: 0 };
const failures = [];
const unknowns = [];
let files = 0;
let sites = 0;
let dynamicSites = 0;
let runtimePatterns = 0;
const missingBuilds = [];

function record(where, source, flags) {
  const result = verdict(source, flags);
  counts[result.status]++;
  const label = `${where}  /${source.length > 120 ? `${source.slice(0, 117)}...` : source}/${flags}`;
  if (result.status === "vulnerable") {
    failures.push(
      `${label}\n    ${result.complexity.summary} backtracking; attack: ${result.attack.pattern}`,
    );
  } else if (result.status === "unknown") {
    unknowns.push(
      `${label}\n    ${result.error.kind}${result.error.message ? `: ${result.error.message}` : ""}`,
    );
  } else if (verbose) console.log(`safe  ${label}`);
}

for (const { pkgDir, files: paths } of workspaceSources()) {
  let dynamicHere = 0;
  for (const path of paths) {
    files++;
    for (const regex of regexesIn(path)) {
      sites++;
      if (regex.dynamic) {
        dynamicHere++;
        if (verbose) console.log(`built at run time  ${regex.where}`);
      } else record(regex.where, regex.source, regex.flags);
    }
  }
  if (dynamicHere === 0) continue;
  dynamicSites += dynamicHere;
  const built = patternsBuiltAtRuntime(pkgDir);
  if (built === undefined) {
    missingBuilds.push(relative(root, pkgDir));
    continue;
  }
  for (const { source, flags } of built) {
    runtimePatterns++;
    record(`${relative(root, pkgDir)} (built at run time)`, source, flags);
  }
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `check-regexes: ${files} files, ${sites} regex sites (${dynamicSites} built at run time, ` +
    `${runtimePatterns} patterns recorded from them); ${verdicts.size} distinct patterns checked with recheck ` +
    `in ${seconds} s: ${counts.safe} safe, ${counts.vulnerable} vulnerable, ${counts.unknown} unknown.`,
);
if (unknowns.length > 0) {
  console.log(`\nNot decided within the budget (not failures; review by hand):\n  ${unknowns.join("\n  ")}`);
}
if (missingBuilds.length > 0) {
  console.error(
    `\nFAIL: ${missingBuilds.join(", ")} build regexes at run time; run \`pnpm build\` first so they can be checked.`,
  );
}
if (failures.length > 0) {
  console.error(
    `\nFAIL: ${failures.length} regexes can backtrack catastrophically:\n  ${failures.join("\n  ")}`,
  );
}
process.exitCode = failures.length > 0 || missingBuilds.length > 0 ? 1 : 0;
