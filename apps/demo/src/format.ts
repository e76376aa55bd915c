/** How each renderer's output is named, saved and typed. Unknown formats fall back to plain text. */
const FORMAT_INFO: Record<string, { label: string; extension: string; mime: string }> = {
  markdown: { label: "Markdown", extension: "md", mime: "text/markdown" },
  html: { label: "HTML", extension: "html", mime: "text/html" },
  text: { label: "Text", extension: "txt", mime: "text/plain" },
  json: { label: "JSON", extension: "json", mime: "application/json" },
  jsonld: { label: "JSON-LD", extension: "jsonld", mime: "application/ld+json" },
  ninjs: { label: "ninjs", extension: "ninjs.json", mime: "application/json" },
  nitf: { label: "NITF", extension: "nitf.xml", mime: "application/xml" },
};

export function formatInfo(format: string): { label: string; extension: string; mime: string } {
  return FORMAT_INFO[format] ?? { label: format, extension: `${format}.txt`, mime: "text/plain" };
}

/** Longest file-name stem taken from a headline: enough to recognise, short enough for any file system. */
const MAX_SLUG = 60;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const EDGE_DASHES = /^-|-$/g;

/** A file name for an output: the headline as a slug, or `article`. */
export function fileName(headline: string, format: string): string {
  const slug = headline
    .normalize("NFKC")
    .toLowerCase()
    .replace(NOT_WORD, "-")
    .slice(0, MAX_SLUG)
    .replace(EDGE_DASHES, "");
  return `${slug || "article"}.${formatInfo(format).extension}`;
}

const BYTE_UNITS = ["B", "KB", "MB", "GB"];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${BYTE_UNITS[unit]}`;
}

export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms).toLocaleString("en")} ms`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

/** `related-stories` → `related stories`, for labels. */
export function reasonLabel(reason: string): string {
  return reason.replaceAll("-", " ");
}

/** Reason descriptions are written in Markdown; the page shows them as plain text. */
export function plainDescription(description: string): string {
  return description.replaceAll("`", "");
}
