import "./styles.css";
import { annotate, shares } from "./annotate.ts";
import { byId, h, replace } from "./dom.ts";
import { ExtractionCancelled, ExtractionClient } from "./extraction-client.ts";
import { formatBytes } from "./format.ts";
import type { ExtractResponse, ExtractSuccess, InputKind } from "./protocol.ts";
import { DEFAULT_SAMPLE, SAMPLES, type Sample } from "./samples/index.ts";
import { metadataView } from "./view/metadata.ts";
import { OutputTabs } from "./view/outputs.ts";
import { readerView } from "./view/reader.ts";
import { relatedView, warningsView } from "./view/related.ts";
import { legendView, sourceView } from "./view/source.ts";
import { summaryView } from "./view/summary.ts";

/** Typing pauses this long before the input is extracted again. */
const TYPING_DEBOUNCE_MS = 350;

const client = new ExtractionClient(
  () => new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "copydesk-extract" }),
);

const textarea = byId<HTMLTextAreaElement>("source-input");
const fileInput = byId<HTMLInputElement>("file-input");
const fileInfo = byId("file-info");
const dropzone = byId("input-panel");
const urlInput = byId<HTMLInputElement>("url-input");
const kindSelect = byId<HTMLSelectElement>("kind-select");
const runButton = byId<HTMLButtonElement>("run-button");
const sampleButtons = byId("samples");
const status = byId("status");
const results = byId("results");
const tabs = new OutputTabs();

/** The file the user gave, kept as bytes until they type or pick something else. */
let file: { name: string; bytes: Uint8Array } | undefined;
let debounce: ReturnType<typeof setTimeout> | undefined;

function setStatus(text: string, kind: "busy" | "ok" | "error"): void {
  status.textContent = text;
  status.dataset.state = kind;
}

function showResult(result: ExtractSuccess): void {
  const { article, text } = result;
  const segments = annotate(text.length, article);
  replace(byId("summary"), ...summaryView(result, shares(segments)));
  replace(byId("reader"), ...readerView(article));
  replace(byId("metadata"), ...metadataView(article, result.fromBytes));
  replace(byId("legend"), ...legendView(article, result.reasons));
  replace(byId("annotated"), ...sourceView(text, segments, result.reasons));
  replace(byId("related"), ...relatedView(article));
  const warnings = warningsView(article);
  byId("warnings-section").hidden = warnings.length === 0;
  replace(byId("warnings"), ...warnings);
  tabs.show(result.outputs, article.headline);
  results.dataset.state = "ready";
}

function showFailure(response: Extract<ExtractResponse, { ok: false }>): void {
  setStatus(
    response.code ? `${response.code}: ${response.message}` : `Extraction failed: ${response.message}`,
    "error",
  );
  results.dataset.state = "error";
}

async function run(): Promise<void> {
  clearTimeout(debounce);
  const input = file ? file.bytes : textarea.value;
  if (typeof input === "string" && input.trim() === "") {
    setStatus("Paste some text or HTML, choose a file, or pick a sample.", "ok");
    return;
  }
  const url = urlInput.value.trim();
  const kind = kindSelect.value as InputKind;
  setStatus("Extracting…", "busy");
  results.setAttribute("aria-busy", "true");
  try {
    const response = await client.extract({ input, kind, ...(url ? { url } : {}) });
    if (response.ok) {
      showResult(response);
      setStatus(`Done: “${response.article.headline || "untitled"}”.`, "ok");
    } else {
      showFailure(response);
    }
  } catch (error) {
    if (error instanceof ExtractionCancelled) return;
    setStatus(error instanceof Error ? error.message : String(error), "error");
    results.dataset.state = "error";
  } finally {
    results.removeAttribute("aria-busy");
  }
}

function scheduleRun(): void {
  clearTimeout(debounce);
  debounce = setTimeout(() => void run(), TYPING_DEBOUNCE_MS);
}

function clearFile(): void {
  file = undefined;
  fileInput.value = "";
  replace(fileInfo);
}

async function useFile(chosen: File): Promise<void> {
  file = { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) };
  textarea.value = "";
  markSample(undefined);
  replace(
    fileInfo,
    h("strong", {}, chosen.name),
    ` · ${formatBytes(chosen.size)} · read as bytes, so Copydesk detects the encoding `,
    h("button", { type: "button", class: "link-button", id: "file-clear" }, "Remove file"),
  );
  byId("file-clear").addEventListener("click", () => {
    clearFile();
    textarea.focus();
  });
  await run();
}

function markSample(sample: Sample | undefined): void {
  for (const button of sampleButtons.querySelectorAll<HTMLButtonElement>("button")) {
    button.setAttribute("aria-pressed", String(button.dataset.sample === sample?.id));
  }
}

function useSample(sample: Sample): void {
  clearFile();
  textarea.value = sample.content;
  urlInput.value = sample.url ?? "";
  kindSelect.value = "auto";
  markSample(sample);
  void run();
}

replace(
  sampleButtons,
  ...SAMPLES.map((sample) =>
    h(
      "button",
      {
        type: "button",
        class: "sample",
        "data-sample": sample.id,
        "aria-pressed": "false",
        title: sample.about,
      },
      sample.label,
    ),
  ),
);
for (const button of sampleButtons.querySelectorAll<HTMLButtonElement>("button")) {
  const sample = SAMPLES.find((s) => s.id === button.dataset.sample);
  if (sample) button.addEventListener("click", () => useSample(sample));
}

textarea.addEventListener("input", () => {
  clearFile();
  markSample(undefined);
  scheduleRun();
});
textarea.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void run();
  }
});
urlInput.addEventListener("change", () => void run());
kindSelect.addEventListener("change", () => void run());
runButton.addEventListener("click", () => void run());
fileInput.addEventListener("change", () => {
  const chosen = fileInput.files?.[0];
  if (chosen) void useFile(chosen);
});

dropzone.addEventListener("dragover", (event) => {
  if (!event.dataTransfer?.types.includes("Files")) return;
  event.preventDefault();
  dropzone.classList.add("dragging");
});
dropzone.addEventListener("dragleave", () => dropzone.classList.remove("dragging"));
dropzone.addEventListener("drop", (event) => {
  const dropped = event.dataTransfer?.files[0];
  dropzone.classList.remove("dragging");
  if (!dropped) return;
  event.preventDefault();
  void useFile(dropped);
});

useSample(DEFAULT_SAMPLE);
