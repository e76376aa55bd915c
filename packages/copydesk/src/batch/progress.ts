/** How often the bar is redrawn: often enough to look live, rarely enough to cost nothing. */
const REDRAW_MS = 200;
/** Width of the bar itself, in cells, when the total is known. */
const BAR_CELLS = 20;
/** Terminal width assumed when the stream does not say. */
const DEFAULT_COLUMNS = 80;
/** Carriage return, then erase to the end of the line. */
const CLEAR_LINE = "\r\u001b[K";

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressState {
  records: number;
  errors: number;
  elapsedMs: number;
  /** 0..1 when the amount of work is known. */
  fraction: number | undefined;
}

/** 1234567 → "1,234,567", the same on every locale. */
export function groupDigits(value: number): string {
  const digits = String(Math.round(value));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0 && digits[i - 1] !== "-") out += ",";
    out += digits[i];
  }
  return out;
}

/** Seconds as "42s", "3m05s" or "2h07m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

/** Records per second; one decimal below 10 so that a slow start does not read "0/s". */
function rate(records: number, elapsedMs: number): string {
  const perSecond = elapsedMs > 0 ? (records * 1000) / elapsedMs : 0;
  return perSecond < 10 ? perSecond.toFixed(1) : groupDigits(perSecond);
}

/** The bar's one line: `[#####·····]  45% 12,345 records · 812/s · 3 errors · ETA 42s`. */
export function progressLine(state: ProgressState, columns = DEFAULT_COLUMNS): string {
  const parts = [
    `${groupDigits(state.records)} records`,
    `${rate(state.records, state.elapsedMs)}/s`,
    `${groupDigits(state.errors)} error${state.errors === 1 ? "" : "s"}`,
  ];
  let head = "";
  if (state.fraction !== undefined) {
    const fraction = Math.min(1, Math.max(0, state.fraction));
    const filled = Math.round(fraction * BAR_CELLS);
    head = `[${"#".repeat(filled)}${"·".repeat(BAR_CELLS - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% `;
    if (fraction > 0 && fraction < 1) {
      parts.push(`ETA ${formatDuration(((state.elapsedMs / 1000) * (1 - fraction)) / fraction)}`);
    }
  }
  const line = head + parts.join(" · ");
  // Never wrap: a wrapped line cannot be erased with a carriage return.
  return line.length < columns ? line : line.slice(0, Math.max(0, columns - 1));
}

/** The closing line: `copydesk: 10,000 records, 3 errors in 12.3s (812 records/s)`. */
export function summaryLine(state: Omit<ProgressState, "fraction">, interrupted = false): string {
  const seconds = state.elapsedMs / 1000;
  const time = seconds < 60 ? `${seconds.toFixed(1)}s` : formatDuration(seconds);
  const what = interrupted ? "interrupted after" : "";
  return `copydesk: ${what}${what ? " " : ""}${groupDigits(state.records)} records, ${groupDigits(state.errors)} error${
    state.errors === 1 ? "" : "s"
  } in ${time} (${rate(state.records, state.elapsedMs)} records/s)`;
}

/** A live progress bar on a terminal; does nothing when `enabled` is false. */
export class ProgressBar {
  private timer: ReturnType<typeof setInterval> | undefined;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly enabled: boolean,
    private readonly state: () => ProgressState,
  ) {}

  start(): void {
    if (!this.enabled) return;
    this.draw();
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref?.();
  }

  draw(): void {
    if (!this.enabled) return;
    this.stream.write(`${CLEAR_LINE}${progressLine(this.state(), this.stream.columns)}`);
    this.shown = true;
  }

  /** Prints a whole line above the bar (a record's error under --out) without garbling it. */
  log(text: string): void {
    if (this.shown) this.stream.write(CLEAR_LINE);
    this.stream.write(text.endsWith("\n") ? text : `${text}\n`);
    if (this.shown) this.draw();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.shown) this.stream.write(CLEAR_LINE);
    this.shown = false;
  }
}
