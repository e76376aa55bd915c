import { describe, expect, it } from "vitest";
import { fileName, formatBytes, formatInfo, plainDescription, plural } from "./format.ts";
import { safeHttpUrl } from "./safe-url.ts";

describe("fileName", () => {
  it("names the file after the headline, with the format's extension", () => {
    expect(fileName("Putin, Abe talks fail to break island impasse", "markdown")).toBe(
      "putin-abe-talks-fail-to-break-island-impasse.md",
    );
    expect(fileName("Putin, Abe talks", "nitf")).toBe("putin-abe-talks.nitf.xml");
  });

  it("keeps letters of any script and falls back to `article`", () => {
    expect(fileName("Вести: «Новости» дня", "text")).toBe("вести-новости-дня.txt");
    expect(fileName("", "json")).toBe("article.json");
    expect(fileName("!!!", "html")).toBe("article.html");
  });

  it("cuts long headlines without leaving a dash at the end", () => {
    const name = fileName(`${"word ".repeat(40)}end`, "markdown");
    expect(name.length).toBeLessThanOrEqual(60 + ".md".length);
    expect(name).not.toMatch(/-\.md$/);
  });
});

describe("formatInfo", () => {
  it("knows every renderer and falls back to text for a new one", () => {
    const labels = ["markdown", "html", "text", "json", "jsonld", "ninjs", "nitf"].map(
      (f) => formatInfo(f).label,
    );
    expect(labels).toEqual(["Markdown", "HTML", "Text", "JSON", "JSON-LD", "ninjs", "NITF"]);
    expect(formatInfo("jsonld")).toEqual({
      label: "JSON-LD",
      extension: "jsonld",
      mime: "application/ld+json",
    });
    expect(formatInfo("yaml")).toEqual({ label: "yaml", extension: "yaml.txt", mime: "text/plain" });
  });
});

describe("numbers and words", () => {
  it("formats sizes and counts", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5.0 MB");
    expect(plural(1, "story", "stories")).toBe("1 story");
    expect(plural(16, "story", "stories")).toBe("16 stories");
    expect(plural(1200, "piece")).toBe("1,200 pieces");
  });

  it("strips Markdown code marks from reason descriptions", () => {
    expect(plainDescription("A line of punctuation only (`-`, `***`).")).toBe(
      "A line of punctuation only (-, ***).",
    );
  });
});

describe("safeHttpUrl", () => {
  it("accepts http and https, resolving against a base", () => {
    expect(safeHttpUrl("https://example.com/a")).toBe("https://example.com/a");
    expect(safeHttpUrl("/news/b", "https://example.com/a/")).toBe("https://example.com/news/b");
  });

  it("refuses script, data and other schemes, and junk", () => {
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl(" JaVaScRiPt:alert(1)", "https://example.com/")).toBeUndefined();
    expect(safeHttpUrl("data:text/html,<script>alert(1)</script>")).toBeUndefined();
    expect(safeHttpUrl("vbscript:msgbox")).toBeUndefined();
    expect(safeHttpUrl("relative/only")).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });
});
