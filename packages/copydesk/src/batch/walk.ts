import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { compileGlob } from "./glob.js";

export interface WalkFilter {
  include: string[];
  exclude: string[];
}

export interface FoundFile {
  /** The path to open (the root joined with `relative`). */
  path: string;
  /** The path inside the root, with `/` separators: the record's id and its place under --out. */
  relative: string;
  /** Set when this is a directory that could not be listed: it becomes one error record. */
  error?: Error;
}

/** Builds the test a relative path must pass: any include (when there are some), no exclude. */
export function pathFilter({ include, exclude }: WalkFilter): {
  file: (relative: string) => boolean;
  directory: (relative: string) => boolean;
} {
  const includes = include.map(compileGlob);
  const excludes = exclude.map(compileGlob);
  const excluded = (relative: string) => excludes.some((match) => match(relative));
  return {
    file: (relative) => !excluded(relative) && (includes.length === 0 || includes.some((m) => m(relative))),
    directory: (relative) => !excluded(relative),
  };
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Lists the files under a directory, depth first in name order (so runs are
 * repeatable), one directory listing in memory at a time. Symbolic links to
 * files are followed; links to directories are not (no cycles).
 */
export async function* walkFiles(root: string, filter: WalkFilter): AsyncGenerator<FoundFile> {
  const test = pathFilter(filter);
  async function* visit(relative: string): AsyncGenerator<FoundFile> {
    let entries: Dirent[];
    try {
      entries = (await readdir(join(root, relative), { withFileTypes: true })).sort(byName);
    } catch (error) {
      yield { path: join(root, relative), relative, error: error as Error };
      return;
    }
    for (const entry of entries) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (test.directory(child)) yield* visit(child);
        continue;
      }
      let isFile = entry.isFile();
      if (entry.isSymbolicLink())
        isFile = (await stat(join(root, child)).catch(() => undefined))?.isFile() ?? false;
      if (isFile && test.file(child)) yield { path: join(root, child), relative: child };
    }
  }
  yield* visit("");
}
