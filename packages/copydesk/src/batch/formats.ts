import type { Format } from "@copydesk/render";

/** File extension per output format under --out (ninjs and NITF keep their kind visible in the name). */
export const FORMAT_EXTENSIONS: Record<Format, string> = {
  markdown: ".md",
  html: ".html",
  text: ".txt",
  json: ".json",
  jsonld: ".jsonld",
  ninjs: ".ninjs.json",
  nitf: ".nitf.xml",
};

/** Longest file name made from a record id: well under every file system's 255-byte limit. */
const MAX_NAME_CHARS = 180;

function isSafeNameChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || // 0-9
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    code === 0x2d || // -
    code === 0x2e || // .
    code === 0x5f // _
  );
}

/** Turns a record id into one safe file name: no separators, no `..`, nothing a shell trips on. */
export function fileNameForId(id: string | number): string {
  let name = "";
  for (const char of String(id)) name += isSafeNameChar(char.charCodeAt(0)) && char.length === 1 ? char : "_";
  name = name.slice(0, MAX_NAME_CHARS);
  if (name === "" || name.startsWith(".")) name = `_${name}`;
  return name;
}

/** `a/b.html` → `a/b.md`: the input's place in the tree, with the format's extension. */
export function outputPathFor(relative: string, format: Format): string {
  const slash = relative.lastIndexOf("/");
  const dot = relative.lastIndexOf(".");
  const stem = dot > slash + 1 ? relative.slice(0, dot) : relative;
  return `${stem}${FORMAT_EXTENSIONS[format]}`;
}
