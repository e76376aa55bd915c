import { describe, expect, it } from "vitest";
import { compileGlob } from "./glob.js";

const matches = (pattern: string, path: string) => compileGlob(pattern)(path);

describe("compileGlob", () => {
  it("matches a name at any depth when the pattern has no slash", () => {
    expect(matches("*.html", "a.html")).toBe(true);
    expect(matches("*.html", "news/2024/a.html")).toBe(true);
    expect(matches("*.html", "a.htm")).toBe(false);
    expect(matches("*.html", "a.html.bak")).toBe(false);
  });

  it("matches whole relative paths, with ** across folders", () => {
    expect(matches("news/*.html", "news/a.html")).toBe(true);
    expect(matches("news/*.html", "news/x/a.html")).toBe(false);
    expect(matches("news/**/*.html", "news/a.html")).toBe(true);
    expect(matches("news/**/*.html", "news/x/y/a.html")).toBe(true);
    expect(matches("**/drafts", "a/b/drafts")).toBe(true);
    expect(matches("./news/*", "news/a")).toBe(true);
  });

  it("supports ?, classes, negated classes, braces and escapes", () => {
    expect(matches("page-?.txt", "page-7.txt")).toBe(true);
    expect(matches("page-?.txt", "page-17.txt")).toBe(false);
    expect(matches("[a-c]*.txt", "b1.txt")).toBe(true);
    expect(matches("[!a-c]*.txt", "b1.txt")).toBe(false);
    expect(matches("*.{html,htm}", "x.htm")).toBe(true);
    expect(matches("*.{html,htm}", "x.txt")).toBe(false);
    expect(matches("\\*.txt", "*.txt")).toBe(true);
    expect(matches("\\*.txt", "a.txt")).toBe(false);
  });

  it("stays fast on patterns that would make a backtracking matcher explode", () => {
    const started = performance.now();
    expect(matches("*a*a*a*a*a*a*a*b", "a".repeat(5000))).toBe(false);
    expect(matches("**/**/**/**/**/x", `${"d/".repeat(500)}y`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("refuses brace patterns that multiply beyond reason", () => {
    expect(() => compileGlob("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}")).toThrow(
      /too many alternatives/,
    );
  });
});
