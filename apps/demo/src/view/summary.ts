import type { Article } from "copydesk";
import type { Shares } from "../annotate.ts";
import { type Child, h } from "../dom.ts";
import { formatBytes, formatMs, plural } from "../format.ts";
import type { ExtractSuccess } from "../protocol.ts";

function count(article: Article, type: string): number {
  return article.body.filter((b) => b.type === type).length;
}

/** What was kept, in words a newcomer reads at a glance. */
function keptPhrase(article: Article): string {
  const parts: string[] = [];
  if (article.headline) parts.push("the headline");
  if (article.dateline) parts.push(`the ${article.dateline.place} dateline`);
  if (article.byline) parts.push("the byline");
  const paragraphs = count(article, "paragraph");
  const others = article.body.length - paragraphs;
  parts.push(plural(paragraphs, "paragraph"));
  if (others > 0) parts.push(plural(others, "other block"));
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0]!;
}

function stat(value: string, label: string, testid: string, className = ""): HTMLElement {
  return h(
    "div",
    { class: `stat ${className}`, "data-testid": testid },
    h("span", { class: "stat-value" }, value),
    h("span", { class: "stat-label" }, label),
  );
}

function percent(part: number, total: number): number {
  return total > 0 ? (100 * part) / total : 0;
}

function bar(shares: Shares, total: number): HTMLElement {
  const parts: [keyof Shares, string][] = [
    ["kept", "kept"],
    ["related", "related"],
    ["removed", "removed"],
    ["other", "line breaks & markup"],
  ];
  const described = parts
    .filter(([key]) => shares[key] > 0)
    .map(([key, label]) => `${label} ${Math.round(percent(shares[key], total))}%`)
    .join(", ");
  return h(
    "div",
    { class: "share-bar", role: "img", "aria-label": `Source characters: ${described}` },
    ...parts
      .filter(([key]) => shares[key] > 0)
      .map(([key, label]) => {
        const el = h("span", {
          class: `share share-${key}`,
          title: `${label}: ${shares[key].toLocaleString("en")} characters`,
        });
        // Widths come from data, set through CSSOM: the style-src policy forbids inline style attributes.
        el.style.width = `${percent(shares[key], total)}%`;
        return el;
      }),
  );
}

export function summaryView(result: ExtractSuccess, shares: Shares): Child[] {
  const { article } = result;
  const total = article.source.length;
  const source = article.source.kind === "html" ? "HTML" : "text";
  const related = article.related.length;
  const removed = article.removed.length;
  const sentence = h(
    "p",
    { class: "verdict" },
    `From ${total.toLocaleString("en")} characters of ${source}, Copydesk kept ${keptPhrase(article)}`,
    related > 0 ? `, listed ${plural(related, "related story", "related stories")} apart` : "",
    removed === 0
      ? ", and found nothing to remove."
      : `, and removed ${plural(removed, "piece")} of clutter, ${removed === 1 ? "with its" : "each with its"} reason.`,
  );
  return [
    sentence,
    bar(shares, total),
    h(
      "div",
      { class: "stats" },
      stat(String(count(article, "paragraph")), "paragraphs kept", "stat-paragraphs", "kept"),
      stat(String(related), "related stories", "stat-related", "related"),
      stat(String(removed), "pieces removed", "stat-removed", "removed"),
      stat(String(article.warnings.length), "warnings", "stat-warnings"),
      stat(formatBytes(result.inputBytes), "input", "stat-bytes"),
      stat(formatMs(result.extractMs), "to extract", "stat-time"),
    ),
  ];
}
