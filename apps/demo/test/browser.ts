// Builds the demo, serves it with the app's own server and drives a real
// headless Chromium (Debian's), as a person would use it.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

export const APP_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const RESULTS_DIR = join(APP_ROOT, "test-results");

/** How long the server may take to print its address. */
const SERVER_START_MS = 15_000;

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A production build in a fresh temporary folder, so a parallel `build` task never races it. */
export function buildApp(): string {
  const outDir = mkdtempSync(join(tmpdir(), "copydesk-demo-dist-"));
  const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
  execFileSync(process.execPath, [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: APP_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return outDir;
}

/** Starts `scripts/serve.mjs` on a free port and resolves to the URL it prints. */
export function startServer(dist: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [join(APP_ROOT, "scripts", "serve.mjs")], {
    env: { ...process.env, DEMO_DIST: dist, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`the server printed no URL:\n${output}`)),
      SERVER_START_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ url, process: child });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh, temporary profile. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "copydesk-demo-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What went wrong on a page that the user would not see: errors, dialogs, policy violations. */
export interface Incidents {
  errors: string[];
  dialogs: string[];
}

export function watch(page: Page): Incidents {
  const incidents: Incidents = { errors: [], dialogs: [] };
  page.on("pageerror", (error) => incidents.errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") incidents.errors.push(`console: ${message.text()}`);
  });
  page.on("dialog", (dialog) => {
    incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return incidents;
}

/** Waits until the extraction the page started has been shown. */
export async function waitForResult(page: Page, headline: string | RegExp): Promise<void> {
  await page.getByTestId("reader-headline").filter({ hasText: headline }).waitFor();
  await page.locator("#status[data-state=ok]").waitFor();
}
