/**
 * The bound on work in flight (sent, done but not yet written, or being
 * written): at most `maxItems` records and, past the first, `maxBytes` of
 * input. The reader waits here, which is what keeps memory flat however
 * large the input and however slow the output.
 */
export class InFlightWindow {
  private items = 0;
  private bytes = 0;
  private waiter: (() => void) | undefined;
  private cancelled = false;

  constructor(
    private readonly maxItems: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.items;
  }

  private fits(bytes: number): boolean {
    // One record is always let through, however big, or it could never be processed.
    return this.items === 0 || (this.items < this.maxItems && this.bytes + bytes <= this.maxBytes);
  }

  /** Waits until `bytes` more fit, then takes them. One caller at a time (the reader). */
  async acquire(bytes: number): Promise<void> {
    while (!this.cancelled && !this.fits(bytes)) {
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
    this.items += 1;
    this.bytes += bytes;
  }

  /** Lets a waiting (and any later) acquire through at once: the run is stopping. */
  cancel(): void {
    this.cancelled = true;
    this.wake();
  }

  release(bytes: number): void {
    this.items -= 1;
    this.bytes -= bytes;
    this.wake();
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }
}
