/**
 * Markup in the input never runs in the output: hostile pages and texts go
 * through the whole pipeline (extract → toHtml), and the HTML, parsed back
 * with a real HTML parser, holds no script, no event handler, no
 * `javascript:`, `vbscript:` or `data:` address (`data:` is refused for images too).
 */
import fc from "fast-check";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { safeExtract, toHtml } from "../../src/index.js";

type Node = ReturnType<typeof parseDocument>["children"][number];
const UNSAFE_URL = /^(?:javascript|vbscript|data):/i;
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "srcset",
  "poster",
  "background",
]);
const RUNNABLE_ELEMENTS = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "base",
  "form",
  "link",
  "frame",
  "svg",
  "math",
]);
/** Browsers drop tabs, newlines and leading controls and spaces from a URL before reading its scheme. */
const bareUrl = (value: string) => [...value].filter((c) => c.charCodeAt(0) > 0x20).join("");

function executable(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!("attribs" in node)) continue;
      const name = node.name.toLowerCase();
      if (RUNNABLE_ELEMENTS.has(name)) found.push(`<${name}>`);
      for (const [attr, value] of Object.entries(node.attribs)) {
        if (attr.toLowerCase().startsWith("on")) found.push(`${name}[${attr}]`);
        if (URL_ATTRIBUTES.has(attr.toLowerCase()) && UNSAFE_URL.test(bareUrl(value)))
          found.push(`${name}[${attr}]`);
        if (attr === "style") found.push(`${name}[style]`);
      }
      walk(node.children as Node[]);
    }
  };
  walk(parseDocument(html).children);
  return found;
}

const HOSTILE = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">click me now please</a>',
  '<a href=" java&#x09;script:alert(1)">entity-split scheme</a>',
  '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data link</a>',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="svg">',
  "<svg><script>alert(1)</script></svg>",
  "<iframe src=javascript:alert(1)></iframe>",
  "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
  '<p style="background:url(javascript:alert(1))">styled paragraph text here</p>',
  "<body onload=alert(1)>",
  "<details open ontoggle=alert(1)>",
  '<form action="javascript:alert(1)"><button>Go</button></form>',
  "&lt;script&gt;alert('escaped')&lt;/script&gt;",
  "<!--<script>alert(1)</script>-->",
  "<![CDATA[<script>alert(1)</script>]]>",
  "</p></article><script>alert(1)</script>",
  '"><script>alert(1)</script>',
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<template><script>alert(1)</script></template>",
  '<object data="javascript:alert(1)"></object>',
  '<video poster="javascript:alert(1)"></video>',
];

const STORY =
  "<h1>Talks in Geneva end without a deal</h1><p>The delegations met on Tuesday and agreed to meet again in June, officials said.</p>";

function renderedHtml(input: string, kind: "auto" | "text" | "html", url?: string): string[] {
  const result = safeExtract(input, { kind, url });
  if (!result.ok) return [];
  return [toHtml(result.article), toHtml(result.article, { document: true })];
}

describe("hostile input through the whole pipeline", () => {
  it.each(HOSTILE.map((h) => [h]))("nothing runs after extracting %s", (hostile) => {
    const pages = [
      `<html><body><article>${STORY}<p>${hostile}</p></article></body></html>`,
      `<html><head><title>${hostile}</title><meta property="og:image" content="javascript:alert(1)"></head><body><article>${STORY}${hostile}</article></body></html>`,
      `<html><body><article><h1>${hostile}</h1><p>A paragraph that follows the hostile headline, long enough to keep.</p></article></body></html>`,
    ];
    for (const page of pages) {
      for (const html of renderedHtml(page, "html", "https://example.com/news/story"))
        expect(executable(html)).toEqual([]);
    }
    // As plain text, the markup is text: it must come out as text, escaped.
    const text = `A headline about talks\n\nThe talks went on. ${hostile} They ended at noon.\n`;
    for (const html of renderedHtml(text, "text")) expect(executable(html)).toEqual([]);
  });

  it("keeps the story while dropping what would run", () => {
    const [html] = renderedHtml(
      `<html><body><article>${STORY}<p>Then <a href="javascript:alert(1)">a link</a> and <img src=x onerror=alert(1)> more text.</p></article></body></html>`,
      "html",
    );
    expect(html).toContain("The delegations met on Tuesday");
    expect(executable(html!)).toEqual([]);
  });

  it("the audit finds what runs", () => {
    expect(executable('<a href=" java\tscript:x">a</a>')).toHaveLength(1);
    expect(executable("<p onclick=x>a</p>")).toEqual(["p[onclick]"]);
    expect(executable("<div><script>x</script></div>")).toEqual(["<script>"]);
  });

  it("nothing runs for any mix of hostile fragments and tag soup", () => {
    const part = fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.constantFrom(
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<li>",
        "<a href='/x'>",
        "</a>",
        "<pre>",
        "<blockquote>",
      ),
      fc.string({ maxLength: 20 }),
      fc.constant("The delegations met on Tuesday and agreed to meet again in June."),
    );
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 25 }),
        fc.constantFrom("auto" as const, "text" as const, "html" as const),
        (parts, kind) => {
          for (const html of renderedHtml(`<html><body>${parts.join("")}</body></html>`, kind))
            expect(executable(html)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
