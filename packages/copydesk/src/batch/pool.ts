import type { Worker } from "node:worker_threads";
import type { RecordError } from "./errors.js";
import type { Job, JobResult } from "./protocol.js";

/** Thrown when workers cannot start at all (a broken install, a bad processor module). */
export class WorkerStartError extends Error {
  override readonly name = "WorkerStartError";
}

interface Pending {
  job: Job;
  transfer: ArrayBuffer[];
  resolve: (result: JobResult) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  busy: Pending | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * A fixed set of worker threads, one job each at a time (so a crash or a
 * timeout is pinned on exactly one record). A worker that dies or overruns
 * its job is replaced and the job comes back as an error result; the pool
 * only rejects when workers cannot start at all.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private startError: WorkerStartError | undefined;
  private closed = false;

  constructor(
    size: number,
    private readonly spawn: () => Worker,
    private readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  run(job: Job, transfer: ArrayBuffer[] = []): Promise<JobResult> {
    if (this.startError) return Promise.reject(this.startError);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, transfer, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map((slot) => {
        slot.dead = true;
        if (slot.timer) clearTimeout(slot.timer);
        return slot.worker.terminate();
      }),
    );
  }

  private start(): Slot {
    const slot: Slot = { worker: this.spawn(), ready: false, dead: false, busy: undefined, timer: undefined };
    slot.worker.on("message", (message: JobResult | { type: "ready" }) => {
      if ("type" in message) {
        slot.ready = true;
        // The clock of a job sent before the worker was ready starts now: loading is not the record's fault.
        if (slot.busy) this.arm(slot);
        return;
      }
      const pending = slot.busy;
      if (!pending) return;
      clearTimeout(slot.timer);
      slot.busy = undefined;
      pending.resolve(message);
      this.dispatch();
    });
    slot.worker.on("error", (error) => this.died(slot, error));
    slot.worker.on("exit", (code) => this.died(slot, new Error(`the worker exited with code ${code}`)));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.busy || slot.dead) continue;
      const pending = this.queue.shift()!;
      slot.busy = pending;
      if (slot.ready) this.arm(slot);
      slot.worker.postMessage(pending.job, pending.transfer);
    }
  }

  private arm(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.timedOut(slot), this.timeoutMs);
  }

  private fail(slot: Slot, error: RecordError): void {
    const pending = slot.busy;
    slot.busy = undefined;
    if (pending) {
      const { seq } = pending.job;
      const id = pending.job.type === "line" ? pending.job.fallbackId : pending.job.id;
      pending.resolve({ seq, id, error });
    }
  }

  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index !== -1 && !this.closed) this.slots[index] = this.start();
    this.dispatch();
  }

  private timedOut(slot: Slot): void {
    if (slot.dead || !slot.busy) return;
    slot.dead = true;
    void slot.worker.terminate();
    this.fail(slot, { code: "TIMEOUT", message: `no result after ${this.timeoutMs / 1000} s` });
    this.replace(slot);
  }

  private died(slot: Slot, error: Error): void {
    if (slot.dead || this.closed) return;
    slot.dead = true;
    clearTimeout(slot.timer);
    if (!slot.ready) {
      // A worker that never got ready will not do better on a second try: stop the run.
      this.startError = new WorkerStartError(`batch workers cannot start: ${error.message}`, {
        cause: error,
      });
      const waiting = [...this.queue.splice(0), ...this.slots.flatMap((s) => (s.busy ? [s.busy] : []))];
      for (const s of this.slots) s.busy = undefined;
      for (const pending of waiting) pending.reject(this.startError);
      return;
    }
    void slot.worker.terminate();
    this.fail(slot, { code: "WORKER_FAILED", message: error.message });
    this.replace(slot);
  }
}
