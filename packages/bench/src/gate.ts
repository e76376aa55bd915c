/**
 * What the HTML and plain-text gates share: the gate file's shape, writing it
 * with floors just under the current figures, reading it, and judging the
 * floors and the snippet failures into one verdict (exit code 0 or 1).
 * Each gate chooses and matches its own snippets.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Score } from "./metric.js";

export interface GatePage {
  id: string;
  mustContain: string[];
  mustNotContain: string[];
}

export interface GateData {
  floors: { f1: number; precision: number; recall: number };
  pages: GatePage[];
}

const METRICS = ["f1", "precision", "recall"] as const;

/** `n` items spread evenly over `items` (all of them when there are no more than `n`). */
export function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, k) => items[Math.floor(((k + 0.5) * items.length) / n)]!);
}

/** Writes the gate: these pages' snippets, and floors `margin` under the current figures. */
export function saveGate(file: string, pages: GatePage[], score: Score, margin: number): void {
  const floor = (x: number) => Math.floor((x - margin) * 1000) / 1000;
  const data: GateData = {
    floors: { f1: floor(score.f1), precision: floor(score.precision), recall: floor(score.recall) },
    pages,
  };
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`Gate written: ${pages.length} pages, floors ${JSON.stringify(data.floors)} → ${file}`);
}

/** The gate file, or undefined (said on standard error) when there is none yet. */
export function loadGate(file: string): GateData | undefined {
  if (!existsSync(file)) {
    console.error(`No gate file at ${file}; write one with --gate --update.`);
    return undefined;
  }
  return JSON.parse(readFileSync(file, "utf8")) as GateData;
}

/** Adds the floors to the snippet failures and prints the verdict; returns the exit code (0 pass, 1 fail). */
export function verdict(data: GateData, score: Score, failures: string[]): number {
  for (const key of METRICS) {
    if (score[key] < data.floors[key]) {
      failures.push(`${key} ${score[key].toFixed(3)} is below its floor ${data.floors[key]}`);
    }
  }
  const checks = data.pages.reduce((n, p) => n + p.mustContain.length + p.mustNotContain.length, 0);
  if (failures.length > 0) {
    console.error(
      `GATE FAILED: ${failures.length} of ${checks} snippet checks and 3 floors\n${failures.join("\n")}`,
    );
    return 1;
  }
  console.log(
    `Gate passed: ${checks} snippet checks on ${data.pages.length} pages; ` +
      METRICS.map((key) => `${key} ${score[key].toFixed(3)} ≥ ${data.floors[key]}`).join(", "),
  );
  return 0;
}
