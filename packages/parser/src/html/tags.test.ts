import { describe, expect, it } from "vitest";
import { type Attributes, MAX_OPEN_ELEMENTS, TagReader } from "./tags.js";

/** The reader's events as short strings: `<name attr=value>`, `</name>`, text. */
function events(html: string): string[] {
  const out: string[] = [];
  const reader = new TagReader({
    onopentag(name: string, attributes: Attributes) {
      const read = Object.entries(attributes).filter(([, value]) => value !== undefined);
      out.push(`<${[name, ...read.map(([key, value]) => `${key}=${value}`)].join(" ")}>`);
    },
    onclosetag(name: string) {
      out.push(`</${name}>`);
    },
    ontext(source: string, start: number, end: number) {
      out.push(source.slice(start, end));
    },
  });
  reader.read(html);
  return out;
}

describe("TagReader reads tags as htmlparser2's Parser does", () => {
  it("lower-cases names and keeps the first of the attributes it reads", () => {
    expect(events('<DIV CLASS="a" class="b" data-x="y" Hidden>t</div>')).toEqual([
      "<div class=a hidden=>",
      "t",
      "</div>",
    ]);
  });

  it("closes elements that a new one implies, void elements at once, and everything at the end", () => {
    expect(events("<p>a<div>b<br>c<li>d<li>e")).toEqual([
      "<p>",
      "a",
      "</p>",
      "<div>",
      "b",
      "<br>",
      "</br>",
      "c",
      "<li>",
      "d",
      "</li>",
      "<li>",
      "e",
      "</li>",
      "</div>",
    ]);
  });

  it("reads </p> alone as an empty paragraph and </br> as a line break", () => {
    expect(events("a</p>b</br>")).toEqual(["a", "<p>", "</p>", "b", "<br>", "</br>"]);
  });

  it("closes <x/> inside SVG only", () => {
    expect(events("<svg><g/></svg><span/>x")).toEqual([
      "<svg>",
      "<g>",
      "</g>",
      "</svg>",
      "<span>",
      "x",
      "</span>",
    ]);
  });

  it("decodes entities in text and in the attributes it reads", () => {
    expect(events('<a href="?a=1&amp;b=2">x &amp; y</a>')).toEqual([
      "<a href=?a=1&b=2>",
      "x ",
      "&",
      " y",
      "</a>",
    ]);
  });

  it(`reads elements past ${MAX_OPEN_ELEMENTS} open ones as empty`, () => {
    const read = events(`${"<div>".repeat(MAX_OPEN_ELEMENTS + 1)}deep`);
    expect(read.slice(MAX_OPEN_ELEMENTS, MAX_OPEN_ELEMENTS + 3)).toEqual(["<div>", "</div>", "deep"]);
  });
});
