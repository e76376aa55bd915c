import { loadTextPages } from "../data.js";
import { aggregate, scorePage, tokens } from "../metric.js";
import { c4Lines } from "../text/c4.js";
import { bodyText, extractText } from "../text/extract.js";
const pages = loadTextPages();
function lineOf(lines: string[], needle: string, fromEnd: boolean) {
  const idx = lines.map((l, i) => [tokens(l).join(" ").includes(needle), i] as const).filter(([h]) => h).map(([, i]) => i);
  return idx.length === 0 ? -1 : fromEnd ? idx[idx.length - 1]! : idx[0]!;
}
const V: Record<string, (t: string, truth: string) => string> = {
  noHeader: (t, truth) => { const ls = t.split("\n"); const i = lineOf(ls, tokens(truth).slice(0, 4).join(" "), false); return i < 0 ? t : ls.slice(i).join("\n"); },
  noFooter: (t, truth) => { const ls = t.split("\n"); const i = lineOf(ls, tokens(truth).slice(-4).join(" "), true); return i < 0 ? t : ls.slice(0, i + 1).join("\n"); },
  storyOnly: (t, truth) => V.noFooter!(V.noHeader!(t, truth), truth),
  twoStories: (t, truth) => t + "\n" + t,
};
for (const [name, f] of Object.entries(V)) {
  const texts = pages.map((p) => f(p.text, p.truth));
  const a = aggregate(pages.map((p, i) => scorePage(bodyText(extractText(texts[i]!).article), p.truth)));
  const c = aggregate(pages.map((p, i) => scorePage(c4Lines(texts[i]!).join("\n"), p.truth)));
  console.log(name.padEnd(11), "Copydesk", a.f1.toFixed(3), a.precision.toFixed(3), a.recall.toFixed(3), "| C4", c.f1.toFixed(3), c.precision.toFixed(3), c.recall.toFixed(3));
}
if (process.argv[2]) {
  const f = V[process.argv[2]]!;
  const rows = pages.map((p) => { const art = extractText(f(p.text, p.truth)).article; const s = scorePage(bodyText(art), p.truth); return { p, s, art }; });
  rows.sort((a, b) => a.s.recall! - b.s.recall!);
  for (const r of rows.slice(0, 12)) {
    console.log(r.p.id.slice(0, 12), "R", r.s.recall?.toFixed(2), "P", r.s.precision?.toFixed(2), r.p.url.slice(0, 70));
    for (const rm of r.art.removed.slice(0, 4)) console.log("     -", rm.reason, rm.text.slice(0, 90).replace(/\n/g, " / "));
  }
}
