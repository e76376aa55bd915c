/**
 * The article-extraction benchmark's own metric (see the bench README):
 * 4-token shingles compared as multisets, precision averaged over pages
 * with a non-empty prediction, recall over pages with a non-empty truth,
 * F1 the harmonic mean of the two averages.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string): Map<string, number> {
  const toks = tokens(text);
  const counts = new Map<string, number>();
  if (toks.length === 0) return counts;
  // A text shorter than one shingle is one shingle of all its tokens.
  const last = Math.max(0, toks.length - SHINGLE_SIZE);
  for (let i = 0; i <= last; i++) {
    const key = toks.slice(i, i + SHINGLE_SIZE).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  /** Undefined when the prediction is empty (such a page costs recall only). */
  precision: number | undefined;
  /** Undefined when the truth is empty. */
  recall: number | undefined;
  /** Shingles predicted but not in the truth, and in the truth but not predicted. */
  fp: number;
  fn: number;
  exact: boolean;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0;
  let pTotal = 0;
  let tTotal = 0;
  for (const [key, n] of p) {
    pTotal += n;
    tp += Math.min(n, t.get(key) ?? 0);
  }
  for (const n of t.values()) tTotal += n;
  const fp = pTotal - tp;
  const fn = tTotal - tp;
  const exact = tokens(predicted).join(" ") === tokens(truth).join(" ");
  return {
    precision: pTotal === 0 ? undefined : tp / pTotal,
    recall: tTotal === 0 ? undefined : tp / tTotal,
    fp,
    fn,
    exact,
  };
}

export interface Score {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

export function aggregate(pages: readonly PageScore[]): Score {
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(pages.flatMap((p) => (p.precision === undefined ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === undefined ? [] : [p.recall])));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))), pages: pages.length };
}
