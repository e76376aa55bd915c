import { filterBoilerplate } from "@copydesk/boilerplate";
import { parseHtml, parseText } from "@copydesk/parser";
import type { Article } from "@copydesk/schema";
import { loadHtmlPages, loadTextPages } from "../data.js";

/** One benchmark set and the pipeline its pages go through (what `extract` runs, without validation). */
export interface PipelineSet {
  name: "text" | "html";
  ids: string[];
  /** Extracts page `i` of the set. */
  run: (i: number) => Article;
}

export function loadSet(name: string): PipelineSet {
  if (name === "text") {
    const pages = loadTextPages();
    return { name, ids: pages.map((p) => p.id), run: (i) => filterBoilerplate(parseText(pages[i]!.text)) };
  }
  if (name === "html") {
    const pages = loadHtmlPages();
    return {
      name,
      ids: pages.map((p) => p.id),
      run: (i) => filterBoilerplate(parseHtml(pages[i]!.html, { url: pages[i]!.url })),
    };
  }
  console.error(`Unknown set "${name}": use text or html.`);
  process.exit(2);
}
