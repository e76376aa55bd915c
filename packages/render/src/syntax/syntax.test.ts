import { describe, expect, it } from "vitest";
import { scriptSafeJson } from "./json.js";
import { codeBlock, escapeCell, escapeHeading, escapeInline, escapeLine } from "./markdown.js";
import { attribute, escapeAttribute, escapeText, stripForbiddenChars } from "./markup.js";
import { IMAGE_SCHEMES, LINK_SCHEMES, safeBase, safeUrl } from "./url.js";

describe("markup", () => {
  it("escapes text and attributes", () => {
    expect(escapeText(`<a href="x">&'</a>`)).toBe(`&lt;a href="x"&gt;&amp;'&lt;/a&gt;`);
    expect(escapeAttribute(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;");
    expect(attribute("alt", `" onerror="x`)).toBe(' alt="&quot; onerror=&quot;x"');
    expect(attribute("alt", undefined)).toBe("");
  });

  it("removes what XML 1.0 forbids and keeps the rest", () => {
    expect(stripForbiddenChars("a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg\ud800h")).toBe("abcdefgh");
    expect(stripForbiddenChars("tab\tlf\ncr\r😀\u00a0\u2028")).toBe("tab\tlf\ncr\r😀\u00a0\u2028");
  });
});

describe("url", () => {
  it("allows http, https and mailto links only", () => {
    expect(safeUrl("https://example.com/a b", LINK_SCHEMES)).toBe("https://example.com/a%20b");
    expect(safeUrl("mailto:a@example.com", LINK_SCHEMES)).toBe("mailto:a@example.com");
    for (const bad of [
      "javascript:alert(1)",
      " JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,x",
      "vbscript:x",
      "file:///etc/passwd",
      "relative/path",
      "",
    ]) {
      expect(safeUrl(bad, LINK_SCHEMES), bad).toBeUndefined();
    }
  });

  it("allows http and https images only", () => {
    expect(safeUrl("data:image/png;base64,AAAA", IMAGE_SCHEMES)).toBeUndefined();
    expect(safeUrl("mailto:a@example.com", IMAGE_SCHEMES)).toBeUndefined();
    expect(safeUrl("http://example.com/i.png", IMAGE_SCHEMES)).toBe("http://example.com/i.png");
  });

  it("resolves relative addresses against an http(s) base only", () => {
    expect(safeUrl("/i.png", IMAGE_SCHEMES, "https://example.com/a/b.html")).toBe(
      "https://example.com/i.png",
    );
    expect(safeUrl("/i.png", IMAGE_SCHEMES, "javascript:alert(1)")).toBeUndefined();
    expect(safeBase("ftp://example.com/")).toBeUndefined();
  });
});

describe("markdown", () => {
  it("escapes inline syntax and entity-like text", () => {
    expect(escapeInline("*a* _b_ `c` [d] <e> ~f~ \\ &amp; AT&T")).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\<e> \\~f\\~ \\\\ \\&amp; AT&T",
    );
  });

  it("escapes block syntax at the start of a line", () => {
    expect(escapeLine("# a")).toBe("\\# a");
    expect(escapeLine("> a")).toBe("\\> a");
    expect(escapeLine("- a")).toBe("\\- a");
    expect(escapeLine("+ a")).toBe("\\+ a");
    expect(escapeLine("= a")).toBe("\\= a");
    expect(escapeLine("12. a")).toBe("12\\. a");
    expect(escapeLine("3) a")).toBe("3\\) a");
    expect(escapeLine("1234567890. a")).toBe("1234567890. a");
  });

  it("escapes every # in a heading and | in a cell", () => {
    expect(escapeHeading("# C# #")).toBe("\\# C\\# \\#");
    expect(escapeCell("a | b")).toBe("a \\| b");
  });

  it("fences code with more backticks than the text holds", () => {
    expect(codeBlock("a ```` b")).toBe("`````\na ```` b\n`````");
    expect(codeBlock("")).toBe("```\n```");
  });
});

describe("json", () => {
  it("writes < as \\u003c and keeps the value", () => {
    const json = JSON.stringify({ a: "</script><!--" });
    expect(scriptSafeJson(json)).toBe('{"a":"\\u003c/script>\\u003c!--"}');
    expect(JSON.parse(scriptSafeJson(json))).toEqual({ a: "</script><!--" });
  });
});
