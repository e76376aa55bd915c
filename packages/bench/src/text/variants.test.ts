import { describe, expect, it } from "vitest";
import { tokens } from "../metric.js";
import { bodyText, extractText } from "./extract.js";
import {
  afterStory,
  COMMENT_THREAD,
  CONSENT_BUTTONS,
  CONSENT_NOTICE,
  hardWrap,
  SITE_NOTICE,
  textNodeLines,
  VARIANTS,
} from "./variants.js";

// Variants made from the page's saved text (not its HTML, not its truth).
const FROM_HTML = new Set(["text nodes", "scripts kept"]);
const FROM_TEXT = VARIANTS.filter((v) => !FROM_HTML.has(v.name) && v.name !== "article alone");

const page = [
  "Home",
  "World",
  "Talks end without a deal",
  "The talks ended on Tuesday without an agreement, officials said, after three days of meetings in the capital.",
  "Both sides said they would meet again next month. No date was set.",
  "Share this story",
].join("\n");

describe("hardWrap", () => {
  it("breaks a line at spaces so that no line is longer than the width", () => {
    const wrapped = hardWrap("one two three four five six", 10);
    expect(wrapped).toBe("one two\nthree four\nfive six");
    for (const line of wrapped.split("\n")) expect(line.length).toBeLessThanOrEqual(10);
  });
  it("keeps a word longer than the width whole", () => {
    expect(hardWrap("a verylongwordindeed b", 5)).toBe("a\nverylongwordindeed\nb");
  });
  it("counts a Chinese or Japanese character two columns, and breaks between two of them", () => {
    expect(hardWrap("東京都の知事は会見で述べた。", 10)).toBe("東京都の知\n事は会見で\n述べた。");
    expect(hardWrap("iPhoneを販売した", 10)).toBe("iPhoneを販\n売した");
    // Korean is written with spaces, and broken at them.
    expect(hardWrap("서울시는 금요일 새 계획을", 10)).toBe("서울시는\n금요일 새\n계획을");
  });
});

describe("text variants", () => {
  it("put each sentence on its own line in the sentences variant", () => {
    const sentences = VARIANTS.find((v) => v.name === "sentences")!;
    expect(sentences.apply("He left. “We won,” she said. It was 3.5 km. Done", "")).toBe(
      "He left.\n“We won,” she said.\nIt was 3.5 km.\nDone",
    );
  });
  const truth = [
    "The talks ended on Tuesday without an agreement, officials said, after three days of meetings in the capital.",
    "Both sides said they would meet again next month. No date was set.",
  ].join("\n\n");

  it("keep every token of the page, in order, adding only their own furniture (so the truth still applies)", () => {
    const added: Record<string, string> = {
      "consent notice": CONSENT_NOTICE,
      "site notice": SITE_NOTICE,
      comments: COMMENT_THREAD,
      "bare buttons": CONSENT_BUTTONS,
    };
    for (const v of FROM_TEXT) {
      const got = tokens(v.apply(page, truth));
      const extra = tokens(added[v.name] ?? "");
      const at = got.findIndex((_, i) => extra.every((t, j) => got[i + j] === t));
      const rest = extra.length === 0 ? got : [...got.slice(0, at), ...got.slice(at + extra.length)];
      expect(rest, v.name).toEqual(tokens(page));
    }
  });
  it("change the page's text (all but the first)", () => {
    for (const v of FROM_TEXT.slice(1)) expect(v.apply(page, truth), v.name).not.toBe(page);
  });
  it("give the hand-made body alone in the article-alone variant", () => {
    expect(VARIANTS.find((v) => v.name === "article alone")!.apply(page, truth)).toBe(truth);
  });
  it("save a page's HTML one visible text node to a line", () => {
    const html =
      "<html><head><title>T</title><style>p{}</style></head><body><p>Read the <a href=/x>full report</a>, " +
      "out on Tuesday.</p><script>var x = 1;</script><p>Second &amp; last.</p></body></html>";
    expect(textNodeLines(html)).toBe("Read the\nfull report\n, out on Tuesday.\nSecond & last.");
    const variant = VARIANTS.find((v) => v.name === "text nodes")!;
    expect(variant.apply("", "", html)).toBe(textNodeLines(html));
    // Tags stripped, scripts and styles kept.
    const stripped = VARIANTS.find((v) => v.name === "scripts kept")!;
    expect(stripped.apply("", "", html)).toBe(
      "T\np{}\nRead the\nfull report\n, out on Tuesday.\nvar x = 1;\nSecond & last.",
    );
  });
  it("put the comment thread right after the story's last line", () => {
    const lines = afterStory(page, truth, "COMMENTS").split("\n");
    expect(lines.indexOf("COMMENTS")).toBe(
      lines.indexOf("Both sides said they would meet again next month. No date was set.") + 1,
    );
    expect(afterStory("Home", "Nothing of it", "COMMENTS")).toBe("Home\nCOMMENTS");
  });
  it("leave the story to the filter under a consent notice of unfamiliar wording", () => {
    const variant = VARIANTS.find((v) => v.name === "consent notice")!;
    const body = bodyText(extractText(variant.apply(page, "")).article);
    expect(body).toContain("The talks ended on Tuesday");
    expect(body).not.toContain("Together with a number of partners");
  });
});
