/// <reference lib="webworker" />
// Runs the whole pipeline off the main thread, so that a big input never freezes the page.
import { extractWithSource, FORMATS, isCopydeskError, REMOVAL_REASONS, render } from "copydesk";
import type { ExtractRequest, ExtractResponse, RenderedOutput } from "./protocol.ts";

declare const self: DedicatedWorkerGlobalScope;

const utf8 = new TextEncoder();

function renderAll(article: Parameters<typeof render>[0]): RenderedOutput[] {
  return FORMATS.map((format): RenderedOutput => {
    try {
      return { format, ok: true, value: render(article, format) };
    } catch (error) {
      // One broken renderer must not hide the article or the other outputs.
      return { format, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

function handle(request: ExtractRequest): ExtractResponse {
  const { id, input, kind, url } = request;
  try {
    const started = performance.now();
    const { article, text } = extractWithSource(input, { kind, ...(url ? { url } : {}) });
    const extracted = performance.now();
    const outputs = renderAll(article);
    const rendered = performance.now();
    const reasons: Record<string, string> = {};
    for (const removal of article.removed) reasons[removal.reason] = REMOVAL_REASONS[removal.reason];
    return {
      id,
      ok: true,
      article,
      text,
      outputs,
      reasons,
      fromBytes: typeof input !== "string",
      inputBytes: typeof input === "string" ? utf8.encode(input).byteLength : input.byteLength,
      extractMs: extracted - started,
      renderMs: rendered - extracted,
    };
  } catch (error) {
    if (isCopydeskError(error)) return { id, ok: false, code: error.code, message: error.message };
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

self.addEventListener("message", (event: MessageEvent<ExtractRequest>) => {
  self.postMessage(handle(event.data));
});
