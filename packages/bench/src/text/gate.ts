/**
 * The plain-text gate: for a sample of the benchmark pages, a few short
 * snippets (five words) that Copydesk's body must contain (story text) and
 * must not contain (furniture), plus pinned floors for F1, precision and
 * recall. It fails loudly (exit 1) when quality drops.
 */
import { fileURLToPath } from "node:url";
import { type GatePage, loadGate, saveGate, spread, verdict } from "../gate.js";
import type { Score } from "../metric.js";
import { tokens } from "../metric.js";

export const GATE_FILE = fileURLToPath(new URL("./gate.json", import.meta.url));

/** Words per snippet: specific to one place in a page, short enough to stay measurement data. */
export const SNIPPET_WORDS = 5;
/** One page in this many is sampled. */
export const SAMPLE_EVERY = 6;
/** Snippets of each kind per sampled page. */
export const MUST_CONTAIN_PER_PAGE = 2;
export const MUST_NOT_CONTAIN_PER_PAGE = 2;
/** Floors sit this far under the figures measured when the gate was written: noise passes, a real drop fails. */
export const FLOOR_MARGIN = 0.005;

export interface GateInput {
  id: string;
  /** Copydesk's body as scored. */
  body: string;
  truth: string;
  /** The page's whole text. */
  text: string;
}

/** A text as one line of tokens, so snippets match across line breaks and punctuation. */
const flat = (text: string) => ` ${tokens(text).join(" ")} `;

function snippets(text: string): string[] {
  const words = tokens(text);
  const out: string[] = [];
  for (let i = 0; i + SNIPPET_WORDS <= words.length; i += SNIPPET_WORDS)
    out.push(words.slice(i, i + SNIPPET_WORDS).join(" "));
  return out;
}

/** Writes the gate from the current output: snippets it gets right now, floors just under its figures. */
export function writeGate(inputs: GateInput[], score: Score): void {
  const pages: GatePage[] = [];
  inputs.forEach((input, i) => {
    if (i % SAMPLE_EVERY !== 0) return;
    const body = flat(input.body);
    const truth = flat(input.truth);
    const contain = snippets(input.truth).filter((s) => body.includes(` ${s} `));
    // Furniture from both ends of the page: menus before the story, footers after it.
    const lines = input.text.split("\n").filter((l) => tokens(l).length >= SNIPPET_WORDS);
    const furniture = lines
      .map((l) => tokens(l).slice(0, SNIPPET_WORDS).join(" "))
      .filter((s) => !truth.includes(` ${s} `) && !body.includes(` ${s} `));
    const ends = [...new Set([furniture[0], furniture[furniture.length - 1]])].filter((s) => s !== undefined);
    pages.push({
      id: input.id,
      mustContain: spread(contain, MUST_CONTAIN_PER_PAGE),
      mustNotContain: ends.slice(0, MUST_NOT_CONTAIN_PER_PAGE),
    });
  });
  saveGate(GATE_FILE, pages, score, FLOOR_MARGIN);
}

/** Checks the current output against the gate; returns the exit code (0 pass, 1 fail). */
export function runGate(inputs: GateInput[], score: Score): number {
  const data = loadGate(GATE_FILE);
  if (data === undefined) return 1;
  const byId = new Map(inputs.map((input) => [input.id, input]));
  const failures: string[] = [];
  for (const page of data.pages) {
    const input = byId.get(page.id);
    if (input === undefined) {
      failures.push(`${page.id}: page missing from the benchmark data`);
      continue;
    }
    const body = flat(input.body);
    for (const s of page.mustContain)
      if (!body.includes(` ${s} `)) failures.push(`${page.id}: story text lost: "${s}"`);
    for (const s of page.mustNotContain)
      if (body.includes(` ${s} `)) failures.push(`${page.id}: furniture kept: "${s}"`);
  }
  return verdict(data, score, failures);
}
