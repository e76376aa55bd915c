import { describe, expect, it } from "vitest";
import { repairMojibake } from "./mojibake.js";
import { CLEAN, NFC_ONLY, NFC_STABLE, normalizeText, plainLineEnd, REPAIR, workNeeded } from "./normalize.js";

/** `text` encoded as UTF-8 and read back as Windows-1252: the mojibake a wrong decoder makes. */
function garble(text: string): string {
  const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
  return Array.from(new TextEncoder().encode(text), (b) =>
    b >= 0x80 && b <= 0x9f ? high[b - 0x80]! : String.fromCharCode(b),
  ).join("");
}

/** Every code point that is not the first of some character's canonical decomposition: NFC may compose it with what precedes. */
function compositionSeconds(): Set<number> {
  const seconds = new Set<number>();
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const decomposed = [...String.fromCodePoint(cp).normalize("NFD")];
    for (const part of decomposed.slice(1)) seconds.add(part.codePointAt(0)!);
  }
  return seconds;
}

describe("NFC_STABLE", () => {
  it("holds only assigned characters that NFC leaves alone wherever they stand", () => {
    const stable = new RegExp(`[${NFC_STABLE}]`);
    const seconds = compositionSeconds();
    // U+0345 has the highest combining class: one of class 1 to 239 after it would be moved before it.
    const highMark = "\u0345";
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!stable.test(ch)) continue;
      const starter = (highMark + ch).normalize("NFD") === highMark + ch.normalize("NFD");
      if (/\p{Cn}/u.test(ch) || ch.normalize("NFC") !== ch || seconds.has(c) || !starter)
        wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe("normalizeText", () => {
  it("leaves text of stable characters as it is, and normalises any other", () => {
    const text = "Naïve café — “quoted” → Москва €5 ★";
    expect(normalizeText(text)).toEqual({ text, warnings: [] });
    expect(normalizeText(`${text} e\u0301`).text).toBe(`${text} é`);
    expect(normalizeText("\u212b then \uac00\u11a8").text).toBe("\u00c5 then \uac01");
  });

  it("returns plain ASCII untouched, without warnings", () => {
    const text = "Plain text.\n\tIndented line.";
    expect(normalizeText(text)).toEqual({ text, warnings: [] });
  });

  it("turns CRLF, CR, U+2028 and U+2029 into LF", () => {
    expect(normalizeText("a\r\nb\rc\u2028d\u2029e\n").text).toBe("a\nb\nc\nd\ne\n");
  });

  it("composes to NFC", () => {
    expect(normalizeText("Cafe\u0301 Zu\u0308rich").text).toBe("Café Zürich");
  });

  it("replaces NUL and other C0/C1 controls by a space each, keeping tab and LF, and warns", () => {
    const result = normalizeText("a\u0000b\u0007c\td\u001be\u007ff\u0085g\n");
    expect(result.text).toBe("a b c\td e f g\n");
    expect(result.warnings.map((w) => w.code)).toEqual(["control-characters"]);
  });

  it("repairs mojibake and warns", () => {
    const result = normalizeText("Itâ€™s a cafÃ© in ZÃ¼rich.");
    expect(result.text).toBe("It’s a café in Zürich.");
    expect(result.warnings).toEqual([
      { code: "mojibake-repaired", message: "3 characters of UTF-8 read as Windows-1252 repaired." },
    ]);
  });

  it("looks past correct accented letters for what needs repair further on", () => {
    expect(normalizeText("café, naïve, São\u0007").text).toBe("café, naïve, São ");
    expect(normalizeText("é à ô then cafÃ©").text).toBe("é à ô then café");
    expect(normalizeText("é à ô then\r\nmore").text).toBe("é à ô then\nmore");
    expect(normalizeText("ends on a lead Ã")).toEqual({ text: "ends on a lead Ã", warnings: [] });
  });

  it("repairs mojibake whose bytes 80–9F became C1 controls (ISO-8859-1 readings) before removing controls", () => {
    expect(normalizeText("â\u0080\u009cquoted\u00e2\u0080\u009d").text).toBe("“quoted”");
  });
});

describe("workNeeded", () => {
  it("tells clean text from text that needs only NFC", () => {
    expect(workNeeded("Naïve café — “quoted” → Москва")).toBe(CLEAN);
    expect(workNeeded("Cafe\u0301 and 日本語")).toBe(NFC_ONLY);
  });

  it("reads from `from` on only", () => {
    expect(workNeeded("Cafe\u0301 then plain", 6)).toBe(CLEAN);
    expect(workNeeded("a\r\nb then Cafe\u0301", 4)).toBe(NFC_ONLY);
  });

  it("finds every control character but tab and LF, after any text (the binary check relies on it)", () => {
    const missed: string[] = [];
    for (const before of ["", "café ", "e\u0301 ", "日本語 "]) {
      for (let c = 0; c < 0x20; c++) {
        if (c === 0x09 || c === 0x0a) continue;
        if (workNeeded(`${before}text${String.fromCharCode(c)}more`) !== REPAIR) missed.push(`${before}${c}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe("plainLineEnd", () => {
  it("stops at the line's LF or the text's end when the line needs nothing", () => {
    expect(plainLineEnd("caf\u00e9 \u00c3 \u201cok\u201d\nnext", 0)).toBe(11);
    expect(plainLineEnd("one\ntwo", 4)).toBe(7);
  });

  it("stops at the first character that needs work", () => {
    expect(plainLineEnd("Cafe\u0301\n", 0)).toBe(4);
    expect(plainLineEnd("a\r\n", 0)).toBe(1);
    expect(plainLineEnd("It\u00e2\u20ac\u2122s\n", 0)).toBe(2);
  });
});

describe("repairMojibake", () => {
  it.each([
    "It’s “quoted” — and… done",
    "café crème brûlée naïve Zürich São Paulo",
    "Ελληνικά Русский 日本語 한국어 emoji 😀🎉",
    "€100 • ™ ‰ Œuvre",
  ])("undoes UTF-8 read as Windows-1252: %s", (text) => {
    expect(repairMojibake(garble(text)).text).toBe(text);
  });

  it("undoes double mojibake", () => {
    expect(repairMojibake(garble(garble("don’t"))).text).toBe("don’t");
  });

  it.each([
    "SÃO PAULO",
    "NÃO, disse ele",
    "À bientôt, Ça va? Élan",
    "âge d’or, être, dîner, où",
    "Straße ß Ø ø Æ æ Þ þ ð",
    "Ã alone, Â alone, â€ alone",
    "Â€ is not a character",
    "ï¿ cut short",
  ])("leaves correct text alone: %s", (text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
  });
});
