import { byId, h, replace } from "../dom.ts";
import { fileName, formatInfo } from "../format.ts";
import type { RenderedOutput } from "../protocol.ts";

/** How long the "Copied" confirmation stays on the button. */
const COPIED_MS = 1500;
/** The blob URL lives this long after the click: revoked at once, some browsers cancel the download. */
const REVOKE_AFTER_MS = 10_000;

/**
 * The renderers' outputs in an ARIA tab set: arrow keys, Home and End move
 * between tabs (roving tabindex), each panel can be copied or downloaded.
 */
export class OutputTabs {
  #outputs: RenderedOutput[] = [];
  #headline = "";
  #selected = "markdown";
  readonly #tablist = byId("output-tabs");
  readonly #panel = byId("output-panel");
  readonly #code = byId("output-code");
  readonly #copy = byId<HTMLButtonElement>("output-copy");
  readonly #download = byId<HTMLButtonElement>("output-download");
  readonly #note = byId("output-note");

  constructor() {
    this.#tablist.addEventListener("keydown", (event) => this.#onKey(event));
    this.#copy.addEventListener("click", () => void this.#copyOutput());
    this.#download.addEventListener("click", () => this.#downloadOutput());
  }

  show(outputs: RenderedOutput[], headline: string): void {
    this.#outputs = outputs;
    this.#headline = headline;
    if (!outputs.some((o) => o.format === this.#selected)) this.#selected = outputs[0]?.format ?? "";
    replace(
      this.#tablist,
      ...outputs.map((o) =>
        h(
          "button",
          {
            type: "button",
            role: "tab",
            id: `tab-${o.format}`,
            "aria-controls": "output-panel",
            "data-format": o.format,
          },
          formatInfo(o.format).label,
        ),
      ),
    );
    for (const tab of this.#tabs())
      tab.addEventListener("click", () => this.select(tab.dataset.format ?? ""));
    this.select(this.#selected);
  }

  select(format: string, focus = false): void {
    this.#selected = format;
    for (const tab of this.#tabs()) {
      const on = tab.dataset.format === format;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      if (on && focus) tab.focus();
    }
    this.#panel.setAttribute("aria-labelledby", `tab-${format}`);
    const output = this.#current();
    this.#code.textContent = output
      ? output.ok
        ? output.value
        : `This renderer failed: ${output.error}`
      : "";
    this.#code.classList.toggle("failed", output?.ok === false);
    this.#copy.disabled = this.#download.disabled = !output?.ok;
    this.#download.textContent = `Download ${fileName(this.#headline, format)}`;
    this.#note.textContent = "";
  }

  #tabs(): HTMLButtonElement[] {
    return [...this.#tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  }

  #current(): RenderedOutput | undefined {
    return this.#outputs.find((o) => o.format === this.#selected);
  }

  #onKey(event: KeyboardEvent): void {
    const tabs = this.#tabs();
    const at = tabs.findIndex((t) => t.dataset.format === this.#selected);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined || tabs.length === 0) return;
    event.preventDefault();
    const wrapped = tabs[(next + tabs.length) % tabs.length];
    if (wrapped) this.select(wrapped.dataset.format ?? "", true);
  }

  async #copyOutput(): Promise<void> {
    const output = this.#current();
    if (!output?.ok) return;
    try {
      await navigator.clipboard.writeText(output.value);
      this.#note.textContent = "Copied to the clipboard.";
    } catch {
      // Without clipboard permission, select the text so the keyboard shortcut copies it.
      const range = document.createRange();
      range.selectNodeContents(this.#code);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.#note.textContent =
        "The clipboard is not available here: the text is selected, press Ctrl+C or ⌘C.";
    }
    this.#copy.textContent = "Copied";
    setTimeout(() => {
      this.#copy.textContent = "Copy";
    }, COPIED_MS);
  }

  #downloadOutput(): void {
    const output = this.#current();
    if (!output?.ok) return;
    const { mime } = formatInfo(output.format);
    const url = URL.createObjectURL(new Blob([output.value], { type: `${mime};charset=utf-8` }));
    const a = h("a", { href: url, download: fileName(this.#headline, output.format) });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
