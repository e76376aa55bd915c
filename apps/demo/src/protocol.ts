import type { Article } from "copydesk";

/** How the input should be read; `auto` lets Copydesk look at it. */
export type InputKind = "auto" | "text" | "html";

/** What the page asks the worker to do. */
export interface ExtractRequest {
  id: number;
  /** A string for pasted text, bytes for a file (so that the encoding is detected). */
  input: string | Uint8Array;
  kind: InputKind;
  /** The page's address, for metadata and link resolution only. */
  url?: string;
}

/** One renderer's output, or why it failed. */
export type RenderedOutput =
  | { format: string; ok: true; value: string }
  | { format: string; ok: false; error: string };

export interface ExtractSuccess {
  id: number;
  ok: true;
  article: Article;
  /** The decoded, normalised source every span in `article` indexes into. */
  text: string;
  outputs: RenderedOutput[];
  /** Descriptions of the removal reasons that occur in `article.removed`. */
  reasons: Record<string, string>;
  /** Whether the input was bytes (a file) rather than a string, which has no encoding to detect. */
  fromBytes: boolean;
  /** Size of the input as given: bytes for a file, UTF-8 bytes for a string. */
  inputBytes: number;
  extractMs: number;
  renderMs: number;
}

export interface ExtractFailure {
  id: number;
  ok: false;
  /** The CopydeskError code when the input was refused, absent for an unexpected error. */
  code?: string;
  message: string;
}

export type ExtractResponse = ExtractSuccess | ExtractFailure;
