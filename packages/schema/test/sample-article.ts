import type { Article } from "../src/index.js";

/** A complete article with every kind of field, used across the schema tests. */
export const sampleArticle: Article = {
  schemaVersion: "1.0",
  headline: "Putin, Abe talks fail to break island impasse",
  headlineSpan: { start: 0, end: 45 },
  byline: { authors: ["Jane Doe", "John Roe"], text: "By Jane Doe and John Roe", agency: "AFP" },
  dateline: { place: "MOSCOW", text: "MOSCOW:", span: { start: 46, end: 53 } },
  publishedAt: "2019-01-22T14:05:00+03:00",
  modifiedAt: "2019-01-22",
  language: "en",
  source: { kind: "text", encoding: "utf-8", length: 2194 },
  body: [
    {
      type: "paragraph",
      text: "The leaders of Russia and Japan fell short of agreement Tuesday.",
      span: { start: 54, end: 118 },
    },
    { type: "heading", level: 2, text: "A long dispute" },
    { type: "quote", text: "“detailed work” remained", attribution: "Vladimir Putin" },
    { type: "list", ordered: false, items: ["Iturup", "Kunashir"] },
    {
      type: "image",
      src: "https://example.com/a.jpg",
      alt: "Abe and Putin",
      caption: "In Moscow",
      credit: "AFP",
    },
    { type: "caption", text: "The islands from the air" },
    { type: "table", head: ["Island", "Area"], rows: [["Iturup", "3,139 km²"]] },
    { type: "preformatted", text: "  code  " },
  ],
  related: [{ title: "Royal Family's Approach To Deal With Andrew Finally Revealed" }],
  removed: [{ text: "-", reason: "separator", span: { start: 1000, end: 1001 } }],
  warnings: [],
};
