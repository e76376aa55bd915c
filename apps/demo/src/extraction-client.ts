import type { ExtractRequest, ExtractResponse } from "./protocol.ts";

/** Why a request got no answer: a newer request replaced it, or the worker itself failed. */
export class ExtractionCancelled extends Error {
  override readonly name = "ExtractionCancelled";
}

type Pending = { resolve: (response: ExtractResponse) => void; reject: (error: Error) => void };

/**
 * Talks to the extraction worker. Only the latest request matters: a new one
 * while another is running ends the busy worker and starts a fresh one, so a
 * huge input never holds up the next.
 */
export class ExtractionClient {
  #worker: Worker | undefined;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  constructor(private readonly createWorker: () => Worker) {}

  extract(request: Omit<ExtractRequest, "id">): Promise<ExtractResponse> {
    if (this.#pending.size > 0) this.#restart(new ExtractionCancelled("replaced by a newer request"));
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    const full: ExtractRequest = { ...request, id };
    return new Promise<ExtractResponse>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      // Bytes are copied, not transferred: the page keeps the file for a re-run with other options.
      worker.postMessage(full);
    });
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.createWorker();
    worker.addEventListener("message", (event: MessageEvent<ExtractResponse>) => {
      const pending = this.#pending.get(event.data.id);
      if (!pending) return;
      this.#pending.delete(event.data.id);
      pending.resolve(event.data);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.#restart(new Error(`The extraction worker failed: ${event.message || "it could not start"}`));
    });
    this.#worker = worker;
    return worker;
  }

  #restart(reason: Error): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(reason);
  }
}
