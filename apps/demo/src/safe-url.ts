/** Only these schemes become clickable links; `javascript:`, `data:` and the rest stay text. */
const SAFE_PROTOCOLS = new Set(["http:", "https:"]);

/** The URL as an absolute http(s) address, or undefined when it is anything else. */
export function safeHttpUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
