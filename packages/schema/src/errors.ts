/**
 * Why an input could not become an article. Expected failures of bad input;
 * each is documented where it is raised.
 */
export const ERROR_CODES = {
  EMPTY_INPUT: "The input is empty or holds only whitespace.",
  INPUT_TOO_LARGE: "The input is larger than the `maxInputBytes` option allows.",
  BINARY_INPUT: "The input is binary data, not text or HTML.",
  INVALID_OPTIONS: "An option has a value outside its documented range.",
  INVALID_INPUT: "The input is neither a string nor a Uint8Array.",
} as const satisfies Record<string, string>;

export type CopydeskErrorCode = keyof typeof ERROR_CODES;

/** The one error type Copydesk throws for bad input; `code` says which failure it is. */
export class CopydeskError extends Error {
  override readonly name = "CopydeskError";
  readonly code: CopydeskErrorCode;

  constructor(code: CopydeskErrorCode, message: string = ERROR_CODES[code], options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isCopydeskError(value: unknown): value is CopydeskError {
  return (
    value instanceof CopydeskError ||
    (value instanceof Error && value.name === "CopydeskError" && "code" in value)
  );
}
