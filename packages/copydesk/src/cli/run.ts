import { readFile, stat } from "node:fs/promises";
import { type Format, render } from "@copydesk/render";
import { CopydeskError, isCopydeskError } from "@copydesk/schema";
import { version } from "../../package.json";
import { DEFAULT_MAX_INPUT_BYTES, runBatchCli, wantsBatch } from "../batch/cli.js";
import type { BatchIo } from "../batch/engine.js";
import { extract } from "../extract.js";
import { type CliOptions, parseCliArgs, USAGE, UsageError } from "./args.js";

/** Where the CLI reads and writes: the real process, or a test's buffers. */
export interface CliIo {
  /** Reads standard input; over `maxBytes`, stops reading and throws `INPUT_TOO_LARGE`. */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
  /** Reads a file; over `maxBytes`, throws `INPUT_TOO_LARGE` without reading it. */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Streams for batch mode (--ndjson, --out, directories); the process's own when absent. */
  batch?: BatchIo;
}

function tooLarge(what: string, maxBytes: number): CopydeskError {
  return new CopydeskError(
    "INPUT_TOO_LARGE",
    `${what} is over the ${maxBytes}-byte limit (--max-input-bytes).`,
  );
}

export function nodeIo(): CliIo {
  return {
    async readStdin(maxBytes = Number.POSITIVE_INFINITY) {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        size += (chunk as Buffer).byteLength;
        // Stop at the limit: an endless or enormous stream is refused, not held in memory.
        if (size > maxBytes) throw tooLarge("Standard input", maxBytes);
        chunks.push(chunk as Buffer);
      }
      return new Uint8Array(Buffer.concat(chunks));
    },
    async readFile(path, maxBytes) {
      // Check the size first: an enormous file is refused without being read.
      if (maxBytes !== undefined) {
        const info = await stat(path);
        if (info.isFile() && info.size > maxBytes) throw tooLarge(`The file (${info.size} bytes)`, maxBytes);
      }
      return new Uint8Array(await readFile(path));
    },
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Formats whose output is one JSON value: printed one per line when there are several inputs. */
const JSON_FORMATS: ReadonlySet<Format> = new Set(["json", "jsonld", "ninjs"]);

function renderOne(bytes: Uint8Array, options: CliOptions, compact: boolean): string {
  const article = extract(bytes, {
    kind: options.kind,
    url: options.url,
    maxInputBytes: options.maxInputBytes,
  });
  if (compact && JSON_FORMATS.has(options.format))
    return JSON.stringify(JSON.parse(render(article, options.format)));
  return render(article, options.format);
}

function describe(error: unknown): string {
  if (isCopydeskError(error)) return `${error.message} (${error.code})`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

/** Runs the CLI and returns its exit status; never throws for bad input or bad usage. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`copydesk: ${error.message}\nTry 'copydesk --help'.\n`);
    return EXIT.usage;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (options.version) {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }

  if (await wantsBatch(options)) return runBatchCli(options, io.batch);

  const inputs = options.files.length === 0 ? ["-"] : options.files;
  const several = inputs.length > 1;
  let status: number = EXIT.ok;
  for (const input of inputs) {
    const name = input === "-" ? "<stdin>" : input;
    try {
      const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
      const bytes = input === "-" ? await io.readStdin(limit) : await io.readFile(input, limit);
      const output = renderOne(bytes, options, several);
      io.stdout(output.endsWith("\n") ? output : `${output}\n`);
    } catch (error) {
      io.stderr(`copydesk: ${name}: ${describe(error)}\n`);
      status = EXIT.failed;
    }
  }
  return status;
}
