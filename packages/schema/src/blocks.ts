import { z } from "zod";

/** A half-open range `[start, end)` of UTF-16 code units in the decoded, normalised source text. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: "span end must not precede its start" })
  .describe("Half-open range [start, end) of UTF-16 code units in the normalised source text.");
export type Span = z.infer<typeof SpanSchema>;

const span = SpanSchema.optional();

/** A web address as found in the input: absolute when a page URL was known, else as written. */
const Url = z.string().min(1);

export const ParagraphBlockSchema = z.object({
  type: z.literal("paragraph"),
  text: z.string(),
  span,
});

export const HeadingBlockSchema = z.object({
  type: z.literal("heading"),
  level: z.number().int().min(1).max(6),
  text: z.string(),
  span,
});

export const QuoteBlockSchema = z.object({
  type: z.literal("quote"),
  text: z.string(),
  attribution: z.string().optional(),
  span,
});

export const ListBlockSchema = z.object({
  type: z.literal("list"),
  ordered: z.boolean(),
  items: z.array(z.string()),
  span,
});

export const ImageBlockSchema = z.object({
  type: z.literal("image"),
  src: Url,
  alt: z.string().optional(),
  caption: z.string().optional(),
  credit: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  span,
});

export const CaptionBlockSchema = z.object({
  type: z.literal("caption"),
  text: z.string(),
  credit: z.string().optional(),
  span,
});

export const TableBlockSchema = z.object({
  type: z.literal("table"),
  /** Header cells, when the table has a header row. */
  head: z.array(z.string()).optional(),
  rows: z.array(z.array(z.string())),
  caption: z.string().optional(),
  span,
});

export const PreformattedBlockSchema = z.object({
  type: z.literal("preformatted"),
  text: z.string(),
  span,
});

export const BlockSchema = z
  .discriminatedUnion("type", [
    ParagraphBlockSchema,
    HeadingBlockSchema,
    QuoteBlockSchema,
    ListBlockSchema,
    ImageBlockSchema,
    CaptionBlockSchema,
    TableBlockSchema,
    PreformattedBlockSchema,
  ])
  .describe("One block of the article body.");

export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type QuoteBlock = z.infer<typeof QuoteBlockSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type ImageBlock = z.infer<typeof ImageBlockSchema>;
export type CaptionBlock = z.infer<typeof CaptionBlockSchema>;
export type TableBlock = z.infer<typeof TableBlockSchema>;
export type PreformattedBlock = z.infer<typeof PreformattedBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockType = Block["type"];

/** Every block kind, in a stable order: renderers must handle each of them. */
export const BLOCK_TYPES = [
  "paragraph",
  "heading",
  "quote",
  "list",
  "image",
  "caption",
  "table",
  "preformatted",
] as const satisfies readonly BlockType[];

/** The plain text of a block, as a reader would read it (list items and table rows on their own lines). */
export function blockText(block: Block): string {
  switch (block.type) {
    case "list":
      return block.items.join("\n");
    case "table":
      return [block.caption, block.head?.join("\t"), ...block.rows.map((r) => r.join("\t"))]
        .filter((line): line is string => line !== undefined && line !== "")
        .join("\n");
    case "image":
      return [block.caption, block.credit].filter(Boolean).join(" ");
    case "caption":
      return block.credit ? `${block.text} ${block.credit}` : block.text;
    default:
      return block.text;
  }
}
