import { describe, expect, it } from "vitest";
import {
  CONTAINS_MIN_WORDS,
  CUE_MAX_WORDS,
  LABEL_MAX_WORDS,
  NOTICE_MAX_WORDS,
  phraseCue,
  speaksOfConsent,
} from "./phrases.js";

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;
const cue = (s: string) => phraseCue(s, words(s), /[.!?”]$/u.test(s));

describe("phraseCue", () => {
  it.each([
    ["Advertisement", "advertisement"],
    ["ADVERTISEMENT", "advertisement"],
    ["Anzeige", "advertisement"],
    ["Реклама", "advertisement"],
    ["广告", "advertisement"],
    ["Share this article", "share-prompt"],
    ["Sdílet článek", "share-prompt"],
    ["Κοινοποίηση", "share-prompt"],
    ["שתפו את הכתבה", "share-prompt"],
    ["Distribuie articolul", "share-prompt"],
    ["Поділитися", "share-prompt"],
    ["Deel dit artikel", "share-prompt"],
    ["Σχόλια", "comments"],
    ["תגובות", "comments"],
    ["Comentarii", "comments"],
    ["Bình luận", "comments"],
    ["แชร์", "share-prompt"],
    ["© 2024 สงวนลิขสิทธิ์", "copyright"],
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
    ["이 사이트는 쿠키를 사용합니다.", "cookie-banner"],
    ["本网站 版权所有 违者必究", "copyright"],
    ["Photo: Reuters", "media-credit"],
    ["Tags: politics, Japan", "tags"],
    ["Updated 5 min ago", "metadata"],
    ["Privacy Policy", "footer"],
    ["Skip to content", "navigation"],
    // No-break spaces, as some sites type them.
    ["Share\u00a0this\u00a0article", "share-prompt"],
    ["© 2019 CBS Interactive Inc. All\u00a0Rights\u00a0Reserved.", "copyright"],
    ["[\u00a0167\u00a0comments\u00a0]", "comments"],
    ["34\u00a0Comments", "comments"],
    ["Tous droits\u00a0réservés", "copyright"],
    ["This website uses\u202fcookies to improve your experience.", "cookie-banner"],
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
    const long = `sign up ${"and read on ".repeat(CUE_MAX_WORDS)}`;
    expect(phraseCue(long, CUE_MAX_WORDS, false)).toBe("newsletter-prompt");
    expect(phraseCue(long, CUE_MAX_WORDS + 1, false)).toBeUndefined();
  });
  it(`reads labels on lines of at most ${LABEL_MAX_WORDS} words`, () => {
    expect(phraseCue("published by the ministry", LABEL_MAX_WORDS, false)).toBe("metadata");
    expect(phraseCue("published by the ministry", LABEL_MAX_WORDS + 1, false)).toBeUndefined();
  });
  it(`reads notices on lines of at most ${NOTICE_MAX_WORDS} words`, () => {
    expect(phraseCue("all rights reserved", NOTICE_MAX_WORDS, false)).toBe("copyright");
    expect(phraseCue("all rights reserved", NOTICE_MAX_WORDS + 1, false)).toBeUndefined();
  });
  it(`reads mid-line phrases on sentences and on lines of ${CONTAINS_MIN_WORDS}+ words, and © everywhere`, () => {
    expect(phraseCue("in your inbox", 2, false)).toBeUndefined();
    expect(phraseCue("get it in your inbox", CONTAINS_MIN_WORDS, false)).toBe("newsletter-prompt");
    expect(phraseCue("get it in your inbox.", 5, true)).toBe("newsletter-prompt");
    expect(phraseCue("© example news", 3, false)).toBe("copyright");
  });
  it("reads the line up to `end` only", () => {
    expect(phraseCue("Advertisement and a story", 1, false, undefined, 13)).toBe("advertisement");
    expect(phraseCue("Story text. © 2019", 3, true, undefined, 11)).toBeUndefined();
    expect(phraseCue("Facebook Twitter and the rest of it", 2, false, undefined, 16)).toBe("share-prompt");
  });
  it("tells share bars from counts and from lines that open with a network's name", () => {
    expect(cue("12")).toBeUndefined();
    expect(cue("Facebook fans love the new feature")).toBeUndefined();
    expect(cue("12 Shares Facebook")).toBe("share-prompt");
  });
  it("reads share bars with separators and letters outside ASCII", () => {
    expect(cue("Facebook · Twitter · E-mail")).toBe("share-prompt");
    expect(cue("Facebook • WhatsApp – 3 shares")).toBe("share-prompt");
    expect(cue("Facebook 😀")).toBe("share-prompt");
    expect(cue("Facebook Çok")).toBeUndefined();
    expect(cue("Facebook Tweet café")).toBeUndefined();
    expect(cue("Facebook𝐀")).toBeUndefined();
    expect(cue("Twitter ٣")).toBeUndefined();
  });
});

describe("speaksOfConsent", () => {
  it("tells a consent notice by what it speaks of, in several languages", () => {
    expect(speaksOfConsent("We and our partners store information on your device.")).toBe(true);
    expect(speaksOfConsent("Wir und unsere Partner benötigen Ihre Einwilligung.")).toBe(true);
    expect(speaksOfConsent("Nous utilisons des cookies avec votre consentement.")).toBe(true);
  });
  it("needs two of its terms: a story may name one", () => {
    expect(speaksOfConsent("The company signed a partner deal on Tuesday.")).toBe(false);
    expect(speaksOfConsent("A equipe verificou os dados do bairro nesta manhã.")).toBe(false);
  });
});
