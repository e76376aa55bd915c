import { describe, expect, it } from "vitest";
import { CUE_MAX_WORDS, LABEL_MAX_WORDS, NOTICE_MAX_WORDS, phraseCue } from "./phrases.js";

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;
const cue = (s: string) => phraseCue(s, words(s));

describe("phraseCue", () => {
  it.each([
    ["Advertisement", "advertisement"],
    ["ADVERTISEMENT", "advertisement"],
    ["Anzeige", "advertisement"],
    ["Реклама", "advertisement"],
    ["广告", "advertisement"],
    ["Share this article", "share-prompt"],
    ["Facebook Twitter Email", "share-prompt"],
    ["0 shares", "share-prompt"],
    ["Sign up for our daily newsletter", "newsletter-prompt"],
    ["Abonnieren Sie unseren Newsletter", "newsletter-prompt"],
    ["Already a subscriber? Log in", "subscription-prompt"],
    ["© 2019 CBS Interactive Inc. All Rights Reserved.", "copyright"],
    ["Tous droits réservés", "copyright"],
    ["جميع الحقوق محفوظة", "copyright"],
    ["Read more: Why the talks failed", "read-more"],
    ["Lesen Sie auch: Die Lage in Berlin", "read-more"],
    ["Читайте также: новости дня", "read-more"],
    ["اقرأ أيضا: آخر الأخبار", "read-more"],
    ["相关阅读", "read-more"],
    ["34 Comments", "comments"],
    ["[ 167 comments ]", "comments"],
    ["Leave a Reply", "comments"],
    ["This website uses cookies to improve your experience.", "cookie-banner"],
    ["Photo: Reuters", "media-credit"],
    ["Tags: politics, Japan", "tags"],
    ["Updated 5 min ago", "metadata"],
    ["Privacy Policy", "footer"],
    ["Skip to content", "navigation"],
  ])("names %s", (text, reason) => {
    expect(cue(text)).toBe(reason);
  });

  it.each([
    "Be sure to visit Arrowhead on Facebook, Twitter, and Instagram.",
    "The company said its subscribers grew by a tenth.",
    "He shared the photo with reporters on Tuesday.",
    "2019",
    "Putin told journalists the summit was useful.",
  ])("leaves prose alone: %s", (text) => {
    expect(cue(text)).toBeUndefined();
  });

  it(`reads prompts on lines of at most ${CUE_MAX_WORDS} words`, () => {
    const long = `Sign up ${"and read on ".repeat(CUE_MAX_WORDS)}`;
    expect(phraseCue(long, CUE_MAX_WORDS)).toBe("newsletter-prompt");
    expect(phraseCue(long, CUE_MAX_WORDS + 1)).toBeUndefined();
  });
  it(`reads labels on lines of at most ${LABEL_MAX_WORDS} words`, () => {
    expect(phraseCue("Published by the ministry", LABEL_MAX_WORDS)).toBe("metadata");
    expect(phraseCue("Published by the ministry", LABEL_MAX_WORDS + 1)).toBeUndefined();
  });
  it(`reads notices on lines of at most ${NOTICE_MAX_WORDS} words`, () => {
    expect(phraseCue("All rights reserved", NOTICE_MAX_WORDS)).toBe("copyright");
    expect(phraseCue("All rights reserved", NOTICE_MAX_WORDS + 1)).toBeUndefined();
  });
});
