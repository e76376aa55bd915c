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
    expect(findUnaccounted(article, text)).toEqual([]);
  });
});
