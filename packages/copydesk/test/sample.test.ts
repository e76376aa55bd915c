import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

// The wire story Copydesk was born for: a headline, a MOSCOW: dateline, six paragraphs with curly
// quotes, a lone "-", then sixteen headlines of other stories, each ending in " -".
const input = readFileSync(new URL("../fixtures/wire-moscow/input.txt", import.meta.url));
const article = extract(new Uint8Array(input));

describe("the sample wire story", () => {
  it("has its headline and dateline", () => {
    expect(article.headline).toBe("Putin, Abe talks fail to break island impasse");
    expect(article.dateline?.place).toBe("MOSCOW");
  });

  it("has exactly six paragraphs, every word and curly quote intact", () => {
    expect(article.body).toHaveLength(6);
    expect(article.body.every((b) => b.type === "paragraph")).toBe(true);
    const text = article.body.map((b) => (b.type === "paragraph" ? b.text : "")).join("\n");
    expect(text.startsWith("The leaders of Russia and Japan")).toBe(true);
    expect(text).toContain("Shinzo Abe’s visit");
    expect(text).toContain("“detailed work”");
    expect(text).toContain("“useful and substantial.”");
    expect(
      text.endsWith("“which stipulates first and foremost the signing of a peace accord,” Putin said."),
    ).toBe(true);
  });

  it("moves the sixteen sidebar headlines to related, without their trailing ' -'", () => {
    expect(article.related).toHaveLength(16);
    expect(article.related[0]?.title).toBe(
      "Blac Chyna Reveals Her New Approach To Love, Healing After Recent Heartbreak",
    );
    expect(article.related[15]?.title).toBe(
      "Martha Stewart On Surviving Rigorous Times Amid Upcoming Memoir Release",
    );
    expect(article.related.every((r) => !r.title.endsWith("-"))).toBe(true);
  });

  it("records the lone '-' as a removed separator", () => {
    expect(article.removed).toContainEqual(expect.objectContaining({ text: "-", reason: "separator" }));
  });
});
