import { CopydeskError } from "@copydesk/schema";

/**
 * A stand-in for `extract` in the batch tests: fast and predictable, with
 * inputs that misbehave on purpose. "FAIL" throws a CopydeskError, "BUG" a
 * plain error, "EXIT" ends the worker thread, "HANG" never returns, "SLOW n"
 * busy-waits n ms (to finish records out of order), "NOISE" prints to stdout.
 */
export default function fakeExtract(input: string | Uint8Array, options: { kind: string; url?: string }) {
  const text = typeof input === "string" ? input : new TextDecoder().decode(input);
  const command = text.trim().split(/\s/, 2);
  switch (command[0]) {
    case "FAIL":
      throw new CopydeskError("EMPTY_INPUT", "nothing to extract");
    case "BUG":
      throw new TypeError("unexpected");
    case "EXIT":
      process.exit(3);
      break;
    case "HANG":
      for (;;) {
        // Never returns: the pool's timeout has to stop it.
      }
    case "SLOW": {
      const until = Date.now() + Number(command[1]);
      while (Date.now() < until) {
        // Busy, like a heavy page.
      }
      break;
    }
    case "NOISE":
      console.log("a stray line from a worker");
      break;
  }
  return {
    headline: text.split("\n", 1)[0],
    kind: options.kind,
    url: options.url ?? null,
    length: text.length,
  };
}
