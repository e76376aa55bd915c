import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findUnaccounted } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { extractWithSource, toMarkdown } from "../src/index.js";

// Each fixture folder holds input.txt or input.html, and the article (expected.json) and its Markdown
// (expected.md) that the whole pipeline must produce. UPDATE_FIXTURES=1 rewrites them for review.
const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const update = process.env.UPDATE_FIXTURES === "1";

function inputOf(dir: string): { bytes: Uint8Array; url?: string } {
  const name = ["input.txt", "input.html"].find((n) => existsSync(join(dir, n)));
  if (!name) throw new Error(`${dir} has no input.txt or input.html`);
  const urlFile = join(dir, "url.txt");
  const url = existsSync(urlFile) ? readFileSync(urlFile, "utf8").trim() : undefined;
  return { bytes: new Uint8Array(readFileSync(join(dir, name))), url };
}

/**
 * The page with its markup blanked out, offsets kept: tags, comments and the
 * code in <script>, <style> and <title> (read as metadata, not as text) turn
 * to spaces, so that only the text a reader sees must be accounted for.
 */
function visibleText(html: string): string {
  const out = html.split("");
  const blank = (from: number, to: number) => out.fill(" ", from, to);
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf("<", i);
    if (open < 0) break;
    const comment = html.startsWith("<!--", open);
    let end = comment ? html.indexOf("-->", open) + 3 : html.indexOf(">", open) + 1;
    if (end <= 0) end = html.length;
    const name = lower.slice(open + 1, open + 7);
    for (const code of ["script", "style", "title"]) {
      if (!comment && name.startsWith(code)) {
        const close = lower.indexOf(`</${code}`, end);
        end = close < 0 ? html.length : html.indexOf(">", close) + 1;
      }
    }
    blank(open, end);
    i = end;
  }
  return out.join("");
}

function expectFile(path: string, actual: string) {
  if (update || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe.each(readdirSync(FIXTURES).sort())("fixture %s", (slug) => {
  const dir = join(FIXTURES, slug);
  const { bytes, url } = inputOf(dir);
  const { article, text } = extractWithSource(bytes, { url });

  it("gives the expected article", () => {
    expectFile(join(dir, "expected.json"), `${JSON.stringify(article, null, 2)}\n`);
  });

  it("gives the expected Markdown", () => {
    expectFile(join(dir, "expected.md"), toMarkdown(article));
  });

  it("accounts for every character of the input", () => {
    expect(findUnaccounted(article, article.source.kind === "html" ? visibleText(text) : text)).toEqual([]);
  });
});
