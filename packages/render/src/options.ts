import { CopydeskError } from "@copydesk/schema";

/** Throws `INVALID_OPTIONS` naming the option and what it accepts. */
export function invalidOption(format: string, name: string, expected: string, value: unknown): never {
  throw new CopydeskError(
    "INVALID_OPTIONS",
    `${format}: option \`${name}\` must be ${expected}; got ${JSON.stringify(value) ?? String(value)}.`,
  );
}

/** Checks an optional whole-number option against its range. */
export function checkInteger(
  format: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    invalidOption(format, name, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

/** Checks an optional boolean option. */
export function checkBoolean(format: string, name: string, value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") invalidOption(format, name, "true or false", value);
  return value;
}
