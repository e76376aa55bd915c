/**
 * Thrown when an article holds a block whose `type` no renderer knows. A block
 * is never dropped silently: an unknown kind means the article was built by a
 * newer schema than this renderer, or by hand, and the caller must decide.
 */
export class UnknownBlockError extends Error {
  override readonly name = "UnknownBlockError";
  /** The `type` the block carried, as found (it may not be a string). */
  readonly blockType: unknown;
  /** The format that was being rendered. */
  readonly format: string;

  constructor(blockType: unknown, format: string) {
    super(`Cannot render a block of type ${JSON.stringify(blockType) ?? String(blockType)} as ${format}.`);
    this.blockType = blockType;
    this.format = format;
  }
}

/**
 * Whether `value` is an `UnknownBlockError`, also when it was thrown by a
 * renderer imported through another entry point (`@copydesk/render/markdown`
 * and `@copydesk/render` each carry their own copy of the class).
 */
export function isUnknownBlockError(value: unknown): value is UnknownBlockError {
  return value instanceof UnknownBlockError || (value instanceof Error && value.name === "UnknownBlockError");
}
