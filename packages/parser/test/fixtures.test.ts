import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DraftSchema } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { coverage, parseText } from "../src/index.js";
import { summarize } from "./summary.js";

const root = fileURLToPath(new URL("../fixtures/", import.meta.url));
// Plain-text fixtures only: a folder whose input is HTML belongs to the HTML parser's tests.
const slugs = readdirSync(root).filter((slug) => existsSync(`${root}${slug}/input.txt`));

describe("text fixtures (UPDATE_FIXTURES=1 rewrites expected.draft.json)", () => {
  it("has the sample and at least a dozen more", () => {
    expect(slugs).toContain("wire-moscow");
    expect(slugs.length).toBeGreaterThanOrEqual(13);
  });

  for (const slug of slugs) {
    it(slug, () => {
      // Read as bytes, as a file arrives: decoding is part of what each fixture checks.
      const draft = parseText(new Uint8Array(readFileSync(`${root}${slug}/input.txt`)));
      expect(DraftSchema.safeParse(draft).success).toBe(true);
      expect(coverage(draft)).toMatchObject({ ok: true });

      const expectedPath = `${root}${slug}/expected.draft.json`;
      const actual = summarize(draft);
      if (process.env.UPDATE_FIXTURES) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});
