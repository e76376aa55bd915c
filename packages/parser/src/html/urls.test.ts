import { describe, expect, it } from "vitest";
import { resolveUrl } from "./urls.js";

describe("resolveUrl", () => {
  const bases = [
    "https://example.com/news/story.html",
    "http://example.com:8080/a/b/",
    "https://user:pw@example.com/x",
    "https://xn--bcher-kva.example/",
    "https://EXAMPLE.com:443/",
    "file:///tmp/page.html",
  ];
  const hrefs = [
    "/",
    "/news",
    "/news/",
    "/news/2024/01/story-title_1~x.html",
    "/a/./b",
    "/a/../b",
    "/.hidden",
    "/a/.../b",
    "//cdn.example.com/x.js",
    "/a b",
    "/a%20b",
    "/a?b=1",
    "/a#top",
    "/a\\b",
    "/é",
    " /padded ",
    "relative/path",
    "../up",
  ];
  it.each(bases)("resolves as the URL parser does against %s", (base) => {
    for (const href of hrefs) expect(resolveUrl(href, new URL(base))).toBe(new URL(href.trim(), base).href);
  });
});
