import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Draft, DraftSchema } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { parseHtml } from "./index.js";

// Each folder of fixtures-html holds the draft's metadata, source and block kinds (expected.json) that
// parseHtml must give for one of the project's end-to-end pages: packages/copydesk/fixtures/html-<slug>/
// (input.html, with url.txt when it has an address). UPDATE_FIXTURES=1 rewrites the expectations for review.
const root = fileURLToPath(new URL("../../fixtures-html/", import.meta.url));
const pages = fileURLToPath(new URL("../../../copydesk/fixtures/", import.meta.url));
const slugs = readdirSync(root).filter((slug) => existsSync(`${pages}html-${slug}/input.html`));

/** What a fixture pins: everything but the page text itself and the blocks' features. */
function summarize(draft: Draft) {
  const { text: _text, ...source } = draft.source;
  return {
    source,
    metadata: draft.metadata,
    warnings: draft.warnings.map((w) => w.code),
    blocks: draft.blocks.map(
      (b) => `${b.block.type}${b.features.inArticle ? " (in article)" : ""}: ${b.text.slice(0, 60)}`,
    ),
    removed: draft.removed.map((r) => `${r.reason}: ${r.text.slice(0, 60)}`),
  };
}

describe("HTML fixtures (UPDATE_FIXTURES=1 rewrites expected.json)", () => {
  it("covers JSON-LD in @graph, lazy images, a live blog, a legacy encoding and a paywall", () => {
    expect(slugs).toEqual(
      expect.arrayContaining(["jsonld-graph", "lazy-images", "live-blog", "no-article", "paywall"]),
    );
  });

  for (const slug of slugs) {
    it(slug, () => {
      const urlFile = `${pages}html-${slug}/url.txt`;
      const url = existsSync(urlFile) ? readFileSync(urlFile, "utf8").trim() : undefined;
      // Read as bytes, as a file arrives: decoding is part of what each fixture checks.
      const draft = parseHtml(
        new Uint8Array(readFileSync(`${pages}html-${slug}/input.html`)),
        url ? { url } : {},
      );
      expect(DraftSchema.safeParse(draft).success).toBe(true);
      const expectedPath = `${root}${slug}/expected.json`;
      const actual = summarize(draft);
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});
