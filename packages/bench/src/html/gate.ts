/**
 * The snippet gate: for a sample of the benchmark pages, short runs of words
 * that Copydesk's body must contain (story text) and must not contain
 * (furniture), plus pinned floors for F1, precision and recall. It fails
 * loudly when quality drops.
 *
 * Snippets are stored as fingerprints of five-word runs, not as text: the
 * pages' words belong to their publishers. The gate finds each failing
 * snippet's words again in the page it came from to show them.
 */
import { fileURLToPath } from "node:url";
import { type GatePage, loadGate, saveGate, spread, verdict } from "../gate.js";
import type { Score } from "../metric.js";
import { tokens } from "../metric.js";

export const GATE_FILE = fileURLToPath(new URL("../../data/html-gate.json", import.meta.url));

/** Words per snippet: long enough to be specific to one place in a page, short enough to survive small edits. */
export const SNIPPET_WORDS = 5;
/** One page in this many is sampled. */
export const SAMPLE_EVERY = 6;
/** Snippets of each kind per sampled page. */
export const MUST_CONTAIN_PER_PAGE = 3;
export const MUST_NOT_CONTAIN_PER_PAGE = 2;
/** Floors sit this far under the figures measured when the gate was written: noise passes, a real drop fails. */
export const FLOOR_MARGIN = 0.01;

/** FNV-1a, 32 bits, as 8 hex digits: a stable fingerprint of a run of words. */
function fingerprint(words: readonly string[]): string {
  let h = 0x811c9dc5;
  const text = words.join(" ");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Every five-word run of `text`, fingerprinted, with the words for display. */
function runs(text: string): Map<string, string> {
  const words = tokens(text);
  const out = new Map<string, string>();
  for (let i = 0; i + SNIPPET_WORDS <= words.length; i++) {
    const run = words.slice(i, i + SNIPPET_WORDS);
    out.set(fingerprint(run), run.join(" "));
  }
  return out;
}

export interface GateInput {
  id: string;
  body: string;
  truth: string;
  visible: string;
}

/** Writes the gate from the current output: snippets it gets right now, floors just under its figures. */
export function writeGate(inputs: GateInput[], score: Score): void {
  const pages: GatePage[] = [];
  inputs.forEach((input, i) => {
    if (i % SAMPLE_EVERY !== 0) return;
    const body = runs(input.body);
    const truth = runs(input.truth);
    const contain = [...truth.keys()].filter((k) => body.has(k));
    const avoid = [...runs(input.visible).keys()].filter((k) => !truth.has(k) && !body.has(k));
    // Furniture from both ends of the page: menus before the story, footers after it.
    const ends = [...avoid.slice(0, 1), ...avoid.slice(-1)];
    pages.push({
      id: input.id,
      mustContain: spread(contain, MUST_CONTAIN_PER_PAGE),
      mustNotContain: [...new Set(ends)].slice(0, MUST_NOT_CONTAIN_PER_PAGE),
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
    const body = runs(input.body);
    const visible = runs(input.visible);
    const truth = runs(input.truth);
    for (const k of page.mustContain) {
      if (!body.has(k)) failures.push(`${page.id}: story text lost: "${truth.get(k) ?? k}"`);
    }
    for (const k of page.mustNotContain) {
      if (body.has(k)) failures.push(`${page.id}: furniture kept: "${visible.get(k) ?? k}"`);
    }
  }
  return verdict(data, score, failures);
}
