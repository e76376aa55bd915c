import { describe, expect, it } from "vitest";
import { parseDateline, readDateline } from "./dateline.js";

describe("parseDateline", () => {
  it.each([
    ["MOSCOW: The leaders met.", { place: "MOSCOW", text: "MOSCOW:" }],
    [
      "WASHINGTON (Reuters) - A committee voted.",
      { place: "WASHINGTON", agency: "Reuters", text: "WASHINGTON (Reuters) -" },
    ],
    [
      "LONDON, Sept 28 (Reuters) – Sterling held.",
      { place: "LONDON", date: "Sept 28", agency: "Reuters", text: "LONDON, Sept 28 (Reuters) –" },
    ],
    [
      "GROSSETO, Italy (AP) -- Firefighters contained it.",
      { place: "GROSSETO, Italy", agency: "AP", text: "GROSSETO, Italy (AP) --" },
    ],
    [
      "NEW DELHI, Jan 22 (PTI) The government extended it.",
      { place: "NEW DELHI", date: "Jan 22", agency: "PTI", text: "NEW DELHI, Jan 22 (PTI)" },
    ],
    ["ISLAMABAD - The cabinet approved it.", { place: "ISLAMABAD", text: "ISLAMABAD -" }],
    ["MOSCOW — Talks ended.", { place: "MOSCOW", text: "MOSCOW —" }],
    ["WASHINGTON—The Senate voted.", { place: "WASHINGTON", text: "WASHINGTON—" }],
    [
      "SAN FRANCISCO, Calif. (AP) — A quake struck.",
      { place: "SAN FRANCISCO, Calif.", agency: "AP", text: "SAN FRANCISCO, Calif. (AP) —" },
    ],
    ["Paris (AFP) - Le gouvernement a présenté.", { place: "Paris", agency: "AFP", text: "Paris (AFP) -" }],
    ["BERLIN (dpa) - Die Bahn will.", { place: "BERLIN", agency: "dpa", text: "BERLIN (dpa) -" }],
    [
      "MADRID, 12 mar (EFE) - El Gobierno aprobó.",
      { place: "MADRID", date: "12 mar", agency: "EFE", text: "MADRID, 12 mar (EFE) -" },
    ],
    [
      "ROMA, 3 febbraio 2024 (ANSA) - Il governo.",
      { place: "ROMA", date: "3 febbraio 2024", agency: "ANSA", text: "ROMA, 3 febbraio 2024 (ANSA) -" },
    ],
    ["ATLANTA (CNN) — A storm hit.", { place: "ATLANTA", agency: "CNN", text: "ATLANTA (CNN) —" }],
    ["ZÜRICH — The bridge reopened.", { place: "ZÜRICH", text: "ZÜRICH —" }],
    [
      "LONDON, 28 September (Reuters) - Prices rose.",
      { place: "LONDON", date: "28 September", agency: "Reuters", text: "LONDON, 28 September (Reuters) -" },
    ],
    [
      "KYIV, Ukraine, March 3, 2024 (AP) — Drones struck.",
      {
        place: "KYIV, Ukraine",
        date: "March 3, 2024",
        agency: "AP",
        text: "KYIV, Ukraine, March 3, 2024 (AP) —",
      },
    ],
    ["WASHINGTON (Reuters) -", { place: "WASHINGTON", agency: "Reuters", text: "WASHINGTON (Reuters) -" }],
    [
      "São Paulo (Reuters) - Shares rose.",
      { place: "São Paulo", agency: "Reuters", text: "São Paulo (Reuters) -" },
    ],
  ])("reads %s", (line, expected) => {
    const dateline = parseDateline(line);
    expect(dateline).toEqual({ ...expected, span: { start: 0, end: expected.text.length } });
  });

  it.each([
    "BREAKING: Leaders agreed on a budget.",
    "NATO: the alliance will meet again.",
    "UPDATE - Figures were revised.",
    "Moscow: talks continue.",
    "Talks with NATO: what comes next",
    "The leaders met in MOSCOW: talks failed.",
    "MOSCOW talks fail to break impasse",
    "ISLAMABAD-BASED firms grew.",
    "I - think so.",
    "Moscow (see map) - talks",
    "SUBSCRIBE (Left) RENEW (Left)",
    "PUBLISHED: 10:04 AM",
    "Q: What comes next?",
    "Eugênio: Estamos fazendo uma série.",
    "The Guardian - Back to home",
    "Karma Automotive: a new car",
    "中文网",
    "US - China trade talks resume",
    "By Jane Doe",
    "-",
    "",
  ])("finds no dateline in %s", (line) => {
    expect(parseDateline(line)).toBeUndefined();
  });

  it("examines only the head of a long line", () => {
    expect(parseDateline(`MOSCOW: ${"word ".repeat(2_000_000)}`)?.text).toBe("MOSCOW:");
    expect(parseDateline("A".repeat(1_000_000))).toBeUndefined();
  });
});

describe("readDateline", () => {
  it("reads the line between `start` and `end` only", () => {
    const text = "Talks fail.\nMOSCOW: The leaders met.";
    expect(readDateline(text, 12, text.length)?.text).toBe("MOSCOW:");
    // Cut before its colon, the place has no separator.
    expect(readDateline(text, 12, 18)).toBeUndefined();
    expect(readDateline("WASHINGTON (Reuters) - A vote.", 0, 20)?.text).toBe("WASHINGTON (Reuters)");
    expect(readDateline("WASHINGTON (Reuters) - A vote.", 0, 18)).toBeUndefined();
  });
});
