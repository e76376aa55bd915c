import type { ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type Browser,
  buildApp,
  CHROMIUM,
  hasChromium,
  type Incidents,
  launchBrowser,
  RESULTS_DIR,
  startServer,
  waitForResult,
  watch,
} from "./browser.ts";

if (!hasChromium) {
  console.warn(
    `Skipping the demo's browser tests: ${CHROMIUM} is absent. Install it with "apt-get install -y chromium".`,
  );
}

const SAMPLE_HEADLINE = "Putin, Abe talks fail to break island impasse";

/** A news page unlike the bundled samples: metadata from JSON-LD, OpenGraph and <meta>. */
const NEWS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lighthouse keepers return to Skerry Point | The Coast Courier</title>
<meta property="og:site_name" content="The Coast Courier">
<meta property="og:title" content="Lighthouse keepers return to Skerry Point">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Lighthouse keepers return to Skerry Point","datePublished":"2024-05-01T09:30:00+01:00",
"inLanguage":"en","author":{"@type":"Person","name":"Rosa Delgado"},
"publisher":{"@type":"Organization","name":"The Coast Courier"}}</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Lighthouse keepers return to Skerry Point</h1>
<p class="byline">By Rosa Delgado</p>
<p>For the first time in forty years, two keepers will live at the Skerry Point lighthouse this summer, as part of a project to record the seabirds that nest on the rocks below the tower.</p>
<p>The lighthouse was automated in 1984. Its keepers' cottages have stood empty since, and the trust that now owns them spent two winters making them fit to live in again.</p>
<p>The keepers, both ornithologists, will count the colonies of guillemots, razorbills and puffins every morning from May to August, and send their figures to a national survey.</p>
</article>
<footer><p>© 2024 The Coast Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>`;

/** Cyrillic in Windows-1251: А..я are 0xC0..0xFF, Ё is 0xA8 and ё is 0xB8; ASCII is itself. */
function windows1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (ch === "Ё") bytes.push(0xa8);
    else if (ch === "ё") bytes.push(0xb8);
    else if (ch === "«") bytes.push(0xab);
    else if (ch === "»") bytes.push(0xbb);
    else if (ch === "—") bytes.push(0x97);
    else throw new Error(`no Windows-1251 byte for ${ch} in this test`);
  }
  return Buffer.from(bytes);
}

const CYRILLIC_HEADLINE = "Новый мост через Волгу откроют в сентябре";
const CYRILLIC_PAGE = `<!doctype html>
<html lang="ru">
<head><meta charset="windows-1251"><title>${CYRILLIC_HEADLINE}</title></head>
<body>
<article>
<h1>${CYRILLIC_HEADLINE}</h1>
<p>Строительство нового моста через Волгу завершится в конце лета, сообщили в областном правительстве во вторник.</p>
<p>Мост длиной почти два километра соединит оба берега реки и сократит путь между районами города на сорок минут.</p>
<p>По словам инженеров, движение по мосту откроют в сентябре, после того как будут закончены испытания конструкции.</p>
</article>
</body>
</html>`;

/** Every way an HTML page might try to run script in the demo. None may work. */
const HOSTILE_PAGE = `<!doctype html>
<html><head><title>Hostile page</title>
<script>window.__pwned = "script"; alert("script ran");</script>
<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='refresh'">
</head>
<body onload="window.__pwned = 'onload'">
<article>
<h1>Harmless headline <img src="x" onerror="window.__pwned = 'onerror'; alert('onerror')"></h1>
<p>This paragraph carries a <a href="javascript:window.__pwned='link';alert('link')">javascript: link</a> and <b onmouseover="window.__pwned='hover'">a handler</b> inside text that is long enough to be kept as the story of this page.</p>
<p>Another paragraph &lt;script&gt;window.__pwned = "escaped"&lt;/script&gt; with an <svg onload="window.__pwned='svg'"><script>window.__pwned='svg-script'</script></svg> and <iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe> embedded, still long enough to count.</p>
<p><img src="javascript:alert('img')" alt="<img src=x onerror=alert('alt')>"> "><script>alert('attribute breakout')</script> A third paragraph ends the story here, with enough words to be part of the article.</p>
</article>
<ul class="related"><li><a href="javascript:alert('related')">Read more: a related story with a hostile link</a></li></ul>
</body></html>`;

describe.runIf(hasChromium)("the demo in a real browser", () => {
  let dist: string;
  let server: ChildProcess;
  let url: string;
  let browser: Browser;
  let page: Page;
  let incidents: Incidents;

  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    dist = buildApp();
    const started = await startServer(dist);
    server = started.process;
    url = started.url;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    incidents = watch(page);
    await page.goto(url);
    await waitForResult(page, SAMPLE_HEADLINE);
  });

  afterEach(async () => {
    await page.close();
    expect(incidents.dialogs).toEqual([]);
    expect(incidents.errors).toEqual([]);
  });

  it("opens with the wire story extracted: headline, MOSCOW dateline, six paragraphs, sixteen related", async () => {
    await expect(page.getByTestId("reader-headline").textContent()).resolves.toBe(SAMPLE_HEADLINE);
    await expect(page.locator('[data-field="dateline"]').textContent()).resolves.toContain("MOSCOW");
    await expect(page.locator('#reader [data-block="paragraph"]').count()).resolves.toBe(6);
    await expect(page.getByTestId("related-list").locator("li").count()).resolves.toBe(16);
    await expect(page.getByTestId("stat-related").textContent()).resolves.toContain("16");
    // The first paragraph is the story, the related headlines are not in the article.
    const article = (await page.getByTestId("reader").textContent()) ?? "";
    expect(article).toContain("The leaders of Russia and Japan fell short of agreement");
    expect(article).not.toContain("Blac Chyna");
    // Every removal is marked in the source, with its reason shown.
    const marks = page.locator("#annotated mark.removed");
    expect(await marks.count()).toBeGreaterThan(0);
    await expect(page.locator("#annotated .removed-label").first().textContent()).resolves.toMatch(/\w/);
    await expect(page.getByTestId("stat-time").textContent()).resolves.toMatch(/\d ms/);
    await page.screenshot({ path: join(RESULTS_DIR, "sample.png"), fullPage: true });
    await page.locator("#results").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS_DIR, "sample-results.png") });
  });

  it("extracts every bundled sample without an error", async () => {
    const buttons = page.locator("#samples button");
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      const id = await button.getAttribute("data-sample");
      const before = await page.getByTestId("reader-headline").textContent();
      await button.click();
      await expect(button.getAttribute("aria-pressed")).resolves.toBe("true");
      if (i > 0)
        await page
          .getByTestId("reader-headline")
          .filter({ hasNotText: before ?? "" })
          .waitFor();
      await page.locator("#status[data-state=ok]").waitFor();
      expect(
        (await page.locator('#reader [data-block="paragraph"]').count()) > 0,
        `${id} has paragraphs`,
      ).toBe(true);
      expect(await page.locator("#annotated mark.removed").count(), `${id} has removals`).toBeGreaterThan(0);
      await page.screenshot({ path: join(RESULTS_DIR, `sample-${id}.png`), fullPage: true });
    }
  });

  it("fits a narrow phone screen without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS_DIR, "sample-narrow.png"), fullPage: true });
  });

  it("reads the metadata of a pasted HTML page", async () => {
    await page.getByLabel("Page URL").fill("https://courier.example/news/skerry-point");
    await page.getByLabel("Paste text or HTML").fill(NEWS_PAGE);
    await waitForResult(page, "Lighthouse keepers return to Skerry Point");
    const field = (name: string) => page.locator(`[data-field="${name}"]`).textContent();
    await expect(field("byline")).resolves.toContain("Rosa Delgado");
    await expect(field("publishedAt")).resolves.toContain("2024-05-01");
    await expect(field("language")).resolves.toBe("en");
    await expect(field("siteName")).resolves.toBe("The Coast Courier");
    await expect(field("kind")).resolves.toBe("HTML");
    await expect(field("url")).resolves.toContain("courier.example");
    const paragraphs = await page.locator('#reader [data-block="paragraph"]').allTextContents();
    expect(paragraphs.filter((p) => p.includes("keepers") || p.includes("lighthouse"))).toHaveLength(3);
    const article = (await page.getByTestId("reader").textContent()) ?? "";
    expect(article).not.toContain("All rights reserved");
    expect(article).not.toContain("Weather");
  });

  it("switches output tabs with the mouse and the keyboard, and downloads the Markdown", async () => {
    const tabs = page.getByRole("tab");
    await expect(tabs.count()).resolves.toBe(7);
    for (const tab of await tabs.all()) {
      await tab.click();
      await expect(tab.getAttribute("aria-selected")).resolves.toBe("true");
      const output = (await page.getByTestId("output").textContent()) ?? "";
      expect(output).toContain("Putin");
      expect(output).not.toContain("This renderer failed");
    }
    await page.getByRole("tab", { name: "Markdown" }).click();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: "HTML" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("HTML");
    await page.keyboard.press("End");
    await expect(page.getByRole("tab", { name: "NITF" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.getByTestId("output").textContent()).resolves.toContain("<nitf");
    await page.keyboard.press("Home");
    await expect(page.getByRole("tab", { name: "Markdown" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#output-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("putin-abe-talks-fail-to-break-island-impasse.md");
    const markdown = readFileSync((await download.path())!, "utf8");
    expect(markdown).toContain(SAMPLE_HEADLINE);
    expect(markdown).toContain("MOSCOW");
    // Other stories may be listed after the story, never inside it.
    const story = markdown.slice(0, markdown.indexOf("Blac Chyna"));
    expect(story).toContain("a peace accord");
    expect(story).not.toMatch(/^-$/m);
  });

  it("decodes an uploaded Windows-1251 page", async () => {
    const bytes = windows1251(CYRILLIC_PAGE);
    // The bytes must not be UTF-8, or the test would prove nothing.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    await page
      .locator("#file-input")
      .setInputFiles({ name: "most.html", mimeType: "text/html", buffer: bytes });
    await waitForResult(page, CYRILLIC_HEADLINE);
    await expect(page.locator('[data-field="encoding"]').textContent()).resolves.toBe("windows-1251");
    await expect(page.locator("#file-info").textContent()).resolves.toContain("most.html");
    const article = (await page.getByTestId("reader").textContent()) ?? "";
    expect(article).toContain("Строительство нового моста через Волгу");
    expect(article).not.toContain("\uFFFD");
  });

  it("takes a dropped file", async () => {
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      const story =
        "Dropped story headline\nLONDON: This story arrived by drag and drop, as a file of plain text bytes.\nIt has a second paragraph too, long enough to be kept as part of the story.";
      transfer.items.add(new File([story], "dropped.txt", { type: "text/plain" }));
      const target = document.querySelector("#input-panel")!;
      target.dispatchEvent(
        new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    });
    await waitForResult(page, "Dropped story headline");
    await expect(page.locator("#file-info").textContent()).resolves.toContain("dropped.txt");
    await expect(page.locator('[data-field="encoding"]').textContent()).resolves.toBe("utf-8");
  });

  it("says why it refuses a binary file, and recovers on the next input", async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
    ]);
    await page
      .locator("#file-input")
      .setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: png });
    await page.locator("#status[data-state=error]").waitFor();
    await expect(page.locator("#status").textContent()).resolves.toMatch(/^[A-Z_]+: /);
    await page.getByRole("button", { name: "French story (text)" }).click();
    await waitForResult(page, "Les vendanges commencent");
  });

  it("can be used with the keyboard alone, in a sensible order", async () => {
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press("Tab");
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.id || el?.dataset.sample || el?.className || el?.tagName || "";
        }),
      );
    }
    const at = (name: string) => order.indexOf(name);
    expect(at("skip-link")).toBe(0);
    for (const id of [
      "wire",
      "news-page",
      "source-input",
      "file-input",
      "url-input",
      "kind-select",
      "run-button",
    ]) {
      expect(at(id), `${id} is reachable by Tab (order: ${order.join(", ")})`).toBeGreaterThan(0);
    }
    expect(at("wire")).toBeLessThan(at("source-input"));
    expect(at("source-input")).toBeLessThan(at("url-input"));
    expect(at("url-input")).toBeLessThan(at("run-button"));
    // A sample button works from the keyboard.
    await page.locator('[data-sample="french"]').focus();
    await page.keyboard.press("Enter");
    await waitForResult(page, "Les vendanges commencent");
  });

  it("shows hostile HTML as text and runs none of it", async () => {
    await page.getByLabel("Paste text or HTML").fill(HOSTILE_PAGE);
    await waitForResult(page, "Harmless headline");
    // Give event handlers and image errors the time they would need to fire.
    await page.waitForTimeout(500);
    for (const link of await page.locator("#reader a, #related a, #metadata a").all()) {
      const href = (await link.getAttribute("href")) ?? "";
      expect(href).toMatch(/^https?:/);
    }
    for (const tab of await page.getByRole("tab").all()) await tab.click();
    await page.locator('[role="tab"]', { hasText: "HTML" }).first().click();
    await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
    const injected = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((s) => !s.src).length,
      handlers: document.querySelectorAll("[onerror], [onload], [onmouseover]").length,
      frames: document.querySelectorAll("iframe, svg, object, embed").length,
      images: document.querySelectorAll("img").length,
      scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    }));
    expect(injected).toEqual({ scripts: 0, handlers: 0, frames: 0, images: 0, scriptLinks: 0 });
  });

  it("keeps the page responsive while a big input is extracted in the worker", async () => {
    const delays = await page.evaluate(async () => {
      const story =
        "A paragraph of a very long story, repeated to make the input big enough to take a while.\n";
      const textarea = document.querySelector<HTMLTextAreaElement>("#source-input")!;
      textarea.value = `A very long story\n${story.repeat(30_000)}`;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
      const status = document.querySelector<HTMLElement>("#status")!;
      const seen: number[] = [];
      // Measure how late a zero-delay timer fires while the worker is busy.
      while (status.dataset.state !== "busy") await new Promise((r) => setTimeout(r, 10));
      while (status.dataset.state === "busy") {
        const t0 = performance.now();
        await new Promise((r) => setTimeout(r, 0));
        // The last wait also covers drawing the result, which is the page's own work, not the extraction.
        if (status.dataset.state === "busy") seen.push(performance.now() - t0);
      }
      return seen;
    });
    await waitForResult(page, "A very long story");
    expect(delays.length).toBeGreaterThan(0);
    // The page is never stuck for longer than a blink while the worker extracts.
    expect(Math.max(...delays)).toBeLessThan(250);
  });
});
