import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The official schemas (ninjs 3.1, NITF 3.6) are not part of the project: they
 * are found in `COPYDESK_STANDARDS_DIR` or `/work/shared/standards` (three
 * levels above this package). Tests that need them skip, saying so, when absent.
 */
export const STANDARDS_DIR =
  process.env.COPYDESK_STANDARDS_DIR ?? new URL("../../../../shared/standards/", import.meta.url).pathname;

export const HAS_STANDARDS = existsSync(join(STANDARDS_DIR, "ninjs-schema_3.1.json"));

export function standard(file: string): string {
  return join(STANDARDS_DIR, file);
}

function hasXmllint(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const HAS_XMLLINT = hasXmllint();

if (!HAS_STANDARDS) {
  console.warn(
    `Official ninjs/NITF schemas not found in ${STANDARDS_DIR}: validation against them is skipped (set COPYDESK_STANDARDS_DIR).`,
  );
}
if (!HAS_XMLLINT) {
  console.warn(
    "xmllint is not installed (Debian: libxml2-utils): NITF validation against the XSD is skipped.",
  );
}
