import type { Article } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { loadFixtures } from "../test/fixtures.js";
import {
  articleUri,
  toJson,
  toJsonLd,
  toJsonLdObject,
  toJsonLdScript,
  toNinjsObject,
  toNitf,
} from "./index.js";
import { stripForbiddenChars } from "./syntax/markup.js";

const fixtures = Object.fromEntries(loadFixtures().map((f) => [f.slug, f.article]));
const longForm = fixtures["long-form"]!;
const wire = fixtures["wire-story"]!;
const hostile = fixtures.hostile!;
const ld = (article: Article) => toJsonLdObject(article) as unknown as Record<string, unknown>;

describe("toJson", () => {
  it("drops properties the schema does not define and orders keys as the schema does", () => {
    const { headline, ...rest } = wire;
    const shuffled = { extra: "dropped", ...rest, headline } as unknown as Article;
    expect(toJson(shuffled)).toBe(toJson(wire));
    expect(toJson(wire, { indent: 0 }).split("\n")).toHaveLength(2);
  });

  it("rejects an article that does not match the schema with INVALID_INPUT", () => {
    const broken = { ...wire, language: "not a language!" };
    expect(() => toJson(broken)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => toJson(broken, { validate: false })).not.toThrow();
  });
});

describe("toJsonLd", () => {
  it("describes a NewsArticle with people as authors", () => {
    const out = ld(longForm);
    expect(out["@context"]).toBe("https://schema.org");
    expect(out["@type"]).toBe("NewsArticle");
    expect(out.author).toEqual([
      { "@type": "Person", name: "Fiona MacLeod" },
      { "@type": "Person", name: "Tom Hughes" },
      { "@type": "Person", name: "Priya Natarajan" },
    ]);
    expect(out.datePublished).toBe("2022-12-10T06:00:00Z");
    expect(out.dateModified).toBe("2022-12-11T08:30:00Z");
    expect(out.dateline).toBe("ISLE OF COLL, Scotland");
    expect(out.inLanguage).toBe("en-GB");
    expect(out.url).toBe("https://longreads.example.com/features/island-that-refuses-to-empty");
    expect(out.publisher).toEqual({ "@type": "Organization", name: "Longreads Example" });
    expect(out.isPartOf).toEqual({
      "@type": "WebSite",
      name: "Longreads Example",
      url: "https://longreads.example.com/",
    });
    expect(out.image).toMatchObject({
      "@type": "ImageObject",
      url: "https://longreads.example.com/img/coll.jpg",
    });
    expect(String(out.articleBody)).toContain("When the last ferry left the harbour");
  });

  it("credits an agency as an Organization when no author is named", () => {
    const agencyOnly = { ...wire, byline: { authors: [], text: "AFP", agency: "AFP" } };
    expect(ld(agencyOnly).author).toEqual({
      "@type": "Organization",
      name: "AFP",
    });
  });

  it("never lets text close the script element", () => {
    const json = toJsonLd(hostile);
    expect(json).not.toContain("<");
    expect(JSON.parse(json).headline).toBe(hostile.headline);
    const script = toJsonLdScript(hostile);
    expect(script.startsWith('<script type="application/ld+json">{"@context"')).toBe(true);
    expect(script.endsWith("}</script>")).toBe(true);
    expect(script.match(/<\/script/gi)).toHaveLength(1);
  });

  it("does not give a non-http source URL as the url", () => {
    expect(ld(hostile).url).toBeUndefined();
  });
});

describe("toNinjs", () => {
  it("uses the source URL as uri, else a stable URN from a hash of headline and body", () => {
    expect(toNinjsObject(longForm).uri).toBe(longForm.source.url);
    const urn = toNinjsObject(wire).uri;
    expect(urn).toMatch(/^urn:copydesk:article:[0-9a-f]{40}$/);
    expect(articleUri({ ...wire, removed: [], related: [], language: "fr" })).toBe(urn);
    expect(articleUri({ ...wire, headline: `${wire.headline}!` })).not.toBe(urn);
    expect(articleUri({ ...wire, body: wire.body.slice(1) })).not.toBe(urn);
  });

  it("puts dates in only when they are complete, unless a zone is given", () => {
    const every = fixtures["every-block"]!;
    expect(toNinjsObject(every).firstCreated).toBe("2019-01-22T14:05:00+03:00");
    // modifiedAt is a date alone; without a zone the version falls back to the publication time.
    expect(toNinjsObject(every).versionCreated).toBe("2019-01-22T14:05:00+03:00");
    expect(toNinjsObject(every, { defaultOffset: "Z" }).versionCreated).toBe("2019-01-22T00:00:00Z");
    expect(() => toNinjsObject(every, { defaultOffset: "CET" })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
  });

  it("associates the lead image, with its rendition", () => {
    const images = fixtures.images!;
    expect(toNinjsObject(images).associations).toEqual([
      {
        name: "featureimage",
        uri: "https://news.example.org/images/wildfire-lead.jpg",
        type: "picture",
        headlines: [{ role: "main", value: "Smoke rises over the ridge near Redding on Thursday." }],
        descriptions: [{ role: "alt", value: "Smoke over a ridge at dusk" }],
        by: "Ana Ruiz / Example News",
        renditions: [
          {
            name: "original",
            href: "https://news.example.org/images/wildfire-lead.jpg",
            width: 1200,
            height: 800,
          },
        ],
      },
    ]);
    expect(toNinjsObject(hostile).associations).toBeUndefined();
  });

  it("has text and HTML bodies, by and located", () => {
    const ninjs = toNinjsObject(longForm);
    expect(ninjs.bodies?.map((b) => b.contentType)).toEqual(["text/plain", "text/html"]);
    expect(ninjs.bodies?.[0]?.value.startsWith("ISLE OF COLL, Scotland — When the last ferry")).toBe(true);
    expect(ninjs.by).toBe("Fiona MacLeod, Tom Hughes and Priya Natarajan");
    expect(ninjs.located).toBe("ISLE OF COLL, Scotland");
  });
});

describe("toNitf", () => {
  it("escapes markup and removes the characters XML 1.0 forbids", () => {
    const xml = toNitf(hostile);
    expect(xml).toBe(stripForbiddenChars(xml));
    expect(hostile.body.some((b) => "text" in b && b.text !== stripForbiddenChars(b.text))).toBe(true);
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("]]>");
    expect(xml).toContain("&lt;script&gt;alert('headline')&lt;/script&gt;");
  });

  it("has head, body.head, body.content and body.end", () => {
    const xml = toNitf(longForm);
    for (const part of [
      "<head>",
      "<title>",
      "<docdata>",
      "<body.head>",
      "<hedline>",
      "<byline>",
      "<dateline>",
      "<body.content>",
      "<body.end/>",
    ]) {
      expect(xml).toContain(part);
    }
    expect(xml).toContain('<date.issue norm="20221210T060000Z"/>');
    expect(xml).toContain(`<doc-id id-string="${longForm.source.url}"/>`);
    expect(xml).toContain('<body xml:lang="en-GB">');
  });

  it("credits the agency in the tagline", () => {
    expect(toNitf(fixtures.table!)).toContain("<body.end>\n      <tagline>AP</tagline>\n    </body.end>");
  });
});
