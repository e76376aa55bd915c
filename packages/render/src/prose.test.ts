import { describe, expect, it } from "vitest";
import { basicIsoDate, readableDate, rfc3339 } from "./dates.js";
import { sha1Hex } from "./hash.js";
import { textDirection } from "./language.js";
import { bylineProse, captionProse, creditLine, datelineProse, joinNames } from "./prose.js";

describe("prose", () => {
  it("joins names as a reader says them", () => {
    expect(joinNames([])).toBe("");
    expect(joinNames(["A"])).toBe("A");
    expect(joinNames(["A", "B"])).toBe("A and B");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
    expect(joinNames(["A", " ", "B"], { by: "Por", and: "y", photo: "", updated: "", related: "" })).toBe(
      "A y B",
    );
  });

  it("writes bylines the way news sites show them", () => {
    expect(bylineProse({ authors: ["Jane Doe", "John Roe"], text: "" })).toBe("By Jane Doe and John Roe");
    expect(bylineProse({ authors: ["Jane Doe"], text: "", agency: "AFP" })).toBe("By Jane Doe, AFP");
    expect(bylineProse({ authors: [], text: "By AFP", agency: "AFP" })).toBe("AFP");
    expect(bylineProse({ authors: [], text: "Staff reporter" })).toBe("Staff reporter");
    expect(bylineProse({ authors: [], text: " " })).toBeUndefined();
    expect(creditLine({ authors: ["A", "B"], text: "", agency: "AP" })).toBe("A and B, AP");
  });

  it("writes datelines the way news sites show them", () => {
    expect(datelineProse({ place: "MOSCOW", agency: "Reuters", text: "" })).toBe("MOSCOW (Reuters) —");
    expect(datelineProse({ place: "GROSSETO, Italy", date: "Sept 28", agency: "AP", text: "" })).toBe(
      "GROSSETO, Italy, Sept 28 (AP) —",
    );
    expect(datelineProse(undefined)).toBeUndefined();
  });

  it("writes captions with their credits", () => {
    expect(captionProse("In Moscow", "AFP")).toBe("In Moscow (Photo: AFP)");
    expect(captionProse(undefined, "AFP")).toBe("Photo: AFP");
    expect(captionProse(" ", undefined)).toBeUndefined();
  });
});

describe("dates", () => {
  it("reads dates without the clock or locale data", () => {
    expect(readableDate("2019-01-22T14:05:00+03:00")).toBe("January 22, 2019, 14:05 UTC+03:00");
    expect(readableDate("2019-01-22")).toBe("January 22, 2019");
    expect(readableDate("2019-01-22T14:05Z")).toBe("January 22, 2019, 14:05 UTC");
    expect(readableDate("not a date")).toBe("not a date");
  });

  it("writes RFC 3339 only when the zone is known or given", () => {
    expect(rfc3339("2019-01-22T14:05+0300")).toBe("2019-01-22T14:05:00+03:00");
    expect(rfc3339("2019-01-22T14:05:00.123Z")).toBe("2019-01-22T14:05:00.123Z");
    expect(rfc3339("2019-01-22")).toBeUndefined();
    expect(rfc3339("2019-01-22T14:05")).toBeUndefined();
    expect(rfc3339("2019-01-22", "Z")).toBe("2019-01-22T00:00:00Z");
    expect(rfc3339("2019-01-22T14:05", "+01:00")).toBe("2019-01-22T14:05:00+01:00");
  });

  it("writes NITF's basic format", () => {
    expect(basicIsoDate("2019-01-22T14:05:00+03:00")).toBe("20190122T140500+0300");
    expect(basicIsoDate("2019-01-22")).toBe("20190122");
  });
});

describe("sha1Hex", () => {
  it("matches the FIPS 180 test vectors", () => {
    expect(sha1Hex("")).toBe("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    expect(sha1Hex("abc")).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(sha1Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
    );
    expect(sha1Hex("a".repeat(1_000_000))).toBe("34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  });

  it("hashes the UTF-8 bytes", () => {
    // printf 'é' | sha1sum
    expect(sha1Hex("\u00e9")).toBe("bf15be717ac1b080b4f1c456692825891ff5073d");
  });
});

describe("textDirection", () => {
  it("knows right-to-left languages and scripts", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("he-IL")).toBe("rtl");
    expect(textDirection("az-Arab")).toBe("rtl");
    expect(textDirection("ku-Latn")).toBe("ltr");
    expect(textDirection("en")).toBe("ltr");
    expect(textDirection(undefined)).toBeUndefined();
  });
});
