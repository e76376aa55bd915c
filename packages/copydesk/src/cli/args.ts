import { parseArgs } from "node:util";
import { FORMATS, type Format } from "@copydesk/render";
import { BATCH_ARG_OPTIONS, BATCH_USAGE, type BatchArgs, readBatchArgs } from "../batch/args.js";
import type { InputKind } from "../extract.js";

export const USAGE = `Usage: copydesk [FILE ...] [options]

Extract the article from news HTML pages or scraped text and render it.
Reads standard input when no FILE is given (or FILE is -).

Options:
  -f, --format FORMAT      ${FORMATS.join(" | ")} (default: markdown)
  -k, --kind KIND          auto | text | html: how to read the input (default: auto)
      --url URL            the page's address, for links and metadata
      --max-input-bytes N  reject inputs larger than N bytes (default: 52428800)
  -h, --help               show this help
  -v, --version            show the version

With several files, each article is printed in turn; with --format json,
jsonld or ninjs, one JSON document per line.

Exit status: 0 when every input gave an article, 1 when one failed, 2 for bad usage.

${BATCH_USAGE}`;

export interface CliOptions {
  files: string[];
  format: Format;
  kind: InputKind;
  url: string | undefined;
  maxInputBytes: number | undefined;
  help: boolean;
  version: boolean;
  batch: BatchArgs;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

const KINDS: readonly InputKind[] = ["auto", "text", "html"];

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, not "${value}"`);
  }
  return value as T;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        // No parseArgs default: batch mode needs to know whether --format was given.
        format: { type: "string", short: "f" },
        kind: { type: "string", short: "k", default: "auto" },
        url: { type: "string" },
        "max-input-bytes": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
        ...BATCH_ARG_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const rawMax = values["max-input-bytes"] as string | undefined;
  const maxInputBytes = rawMax === undefined ? undefined : Number(rawMax);
  if (maxInputBytes !== undefined && !(Number.isSafeInteger(maxInputBytes) && maxInputBytes > 0)) {
    throw new UsageError(`--max-input-bytes must be a positive integer, not "${rawMax}"`);
  }
  return {
    files: parsed.positionals,
    format: oneOf("format", (values.format as string | undefined) ?? "markdown", FORMATS),
    kind: oneOf("kind", values.kind as string, KINDS),
    url: values.url as string | undefined,
    maxInputBytes,
    help: values.help === true,
    version: values.version === true,
    batch: readBatchArgs(values, (message) => new UsageError(message)),
  };
}
