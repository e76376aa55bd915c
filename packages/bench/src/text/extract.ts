import { filterBoilerplate } from "@copydesk/boilerplate";
import { parseText } from "@copydesk/parser";
import { type Article, blockText, type Draft } from "@copydesk/schema";

/**
 * The plain-text pipeline as the umbrella's `extract(text, { kind: "text" })`
 * composes it, and the body as the benchmark scores it: body blocks only (no
 * headline, no byline), each through `blockText`, in order, separated by
 * blank lines.
 */
export function extractText(text: string): { draft: Draft; article: Article } {
  const draft = parseText(text);
  return { draft, article: filterBoilerplate(draft) };
}

export function bodyText(article: Article): string {
  return article.body.map(blockText).join("\n\n");
}
