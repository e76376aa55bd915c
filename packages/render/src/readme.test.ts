import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadFixtures } from "../test/fixtures.js";
import { toHtml, toJsonLd, toMarkdown, toNinjs, toNitf, toText } from "./index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const wire = loadFixtures().find((f) => f.slug === "wire-story")!.article;

describe("README", () => {
  it.each([
    ["markdown", "```markdown", toMarkdown(wire), "```"],
    ["html", "```html", toHtml(wire), "```"],
    ["text", "```text", toText(wire), "```"],
    ["jsonld", "```json", toJsonLd(wire), "```"],
    ["ninjs", "```json", toNinjs(wire), "```"],
    ["nitf", "```xml", toNitf(wire), "```"],
  ])("shows the real %s output for the sample wire story", (_format, open, output, close) => {
    expect(readme).toContain(`${open}\n${output}${close}\n`);
  });
});
