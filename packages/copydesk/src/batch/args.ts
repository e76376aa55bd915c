import { availableParallelism } from "node:os";

/** The batch flags, merged into the CLI's `parseArgs` options. */
export const BATCH_ARG_OPTIONS = {
  ndjson: { type: "boolean", default: false },
  batch: { type: "boolean", default: false },
  out: { type: "string", short: "o" },
  workers: { type: "string", short: "j" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  "id-field": { type: "string" },
  "url-field": { type: "string" },
  "html-field": { type: "string" },
  "text-field": { type: "string" },
  quiet: { type: "boolean", short: "q", default: false },
  timeout: { type: "string" },
} as const;

export const BATCH_USAGE = `Batch mode (any of these flags, or a directory among the FILEs):
      --ndjson             read NDJSON records {id?, url?, html? | text?} from the FILEs,
                           directories (.gz too) or standard input; print NDJSON
                           {id, url, article} or {id, error: {code, message}}, one line
                           per input line, in input order
      --batch              print each FILE as one NDJSON record {id: FILE, url, article}
  -o, --out DIR            write one file per record under DIR (extension per --format;
                           directories mirrored) instead of NDJSON on standard output
  -j, --workers N          worker threads (default: the number of cores)
      --include GLOB       in directories, only files matching GLOB ("*.html", "2024/**")
      --exclude GLOB       in directories, skip files and folders matching GLOB
      --id-field NAME      the record field holding the id (default: id); likewise
      --url-field NAME     --url-field (url), --html-field (html), --text-field (text)
      --html-field NAME
      --text-field NAME
      --timeout SECONDS    give up on a record after SECONDS (default: 60)
  -q, --quiet              no progress bar, no summary

In batch mode --format defaults to the Article JSON object on standard output
and to markdown under --out. A progress bar shows on standard error when it is
a terminal. Exit status: 0 when every record succeeded, 1 when some failed.`;

/** Seconds a record may run before its worker is stopped: far beyond any real page, short of a hung run. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** What the batch flags say, checked. */
export interface BatchArgs {
  /** A batch flag was given (a directory among the inputs also selects batch mode). */
  requested: boolean;
  ndjson: boolean;
  outDir: string | undefined;
  workers: number;
  include: string[];
  exclude: string[];
  fields: { id: string; url: string; html: string; text: string };
  quiet: boolean;
  timeoutMs: number;
  /** Whether --format was given: without it, NDJSON output embeds the Article object. */
  formatGiven: boolean;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

const FIELD_FLAGS = ["id-field", "url-field", "html-field", "text-field"] as const;

/**
 * Reads the batch flags from `parseArgs` values.
 *
 * @param fail builds the usage error to throw for a bad value.
 */
export function readBatchArgs(values: Values, fail: (message: string) => Error): BatchArgs {
  const text = (name: string) => values[name] as string | undefined;
  const list = (name: string) => (values[name] as string[] | undefined) ?? [];
  const positive = (name: string, raw: string | undefined, integer: boolean) => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    const valid = integer ? Number.isSafeInteger(value) && value > 0 : Number.isFinite(value) && value > 0;
    if (!valid) throw fail(`--${name} must be a positive ${integer ? "integer" : "number"}, not "${raw}"`);
    return value;
  };
  for (const flag of FIELD_FLAGS) {
    if (text(flag) === "") throw fail(`--${flag} must name a field`);
  }
  const outDir = text("out");
  if (outDir === "") throw fail("--out must name a directory");
  const workers = positive("workers", text("workers"), true);
  const timeout = positive("timeout", text("timeout"), false);
  const requested =
    values.ndjson === true ||
    values.batch === true ||
    outDir !== undefined ||
    workers !== undefined ||
    timeout !== undefined ||
    list("include").length > 0 ||
    list("exclude").length > 0 ||
    FIELD_FLAGS.some((flag) => text(flag) !== undefined);
  return {
    requested,
    ndjson: values.ndjson === true,
    outDir,
    workers: workers ?? availableParallelism(),
    include: list("include"),
    exclude: list("exclude"),
    fields: {
      id: text("id-field") ?? "id",
      url: text("url-field") ?? "url",
      html: text("html-field") ?? "html",
      text: text("text-field") ?? "text",
    },
    quiet: values.quiet === true,
    timeoutMs: (timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
    formatGiven: values.format !== undefined,
  };
}
