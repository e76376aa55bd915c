import { z } from "zod";
import { BlockSchema, ImageBlockSchema, SpanSchema } from "./blocks.js";
import { RemovalReasonSchema } from "./reasons.js";

/** The version of the Article shape. A change that breaks readers bumps the major part. */
export const SCHEMA_VERSION = "1.0" as const;

/** An ISO 8601 date (`2024-05-01`) or date-time, with a zone offset where one is known. */
export const IsoDateSchema = z
  .union([z.iso.datetime({ offset: true, local: true }), z.iso.date()])
  .describe("ISO 8601 date or date-time, with zone where known.");

// RFC 5646 shape: language[-script][-region][-variant…][-extension…][-x-private]. Linear: no nested quantifiers.
const BCP47 =
  /^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z\d]{2,8})+)*(?:-x(?:-[A-Za-z\d]{1,8})+)?$/;

export const LanguageTagSchema = z
  .string()
  .regex(BCP47)
  .describe("BCP 47 language tag, such as `en` or `pt-BR`.");

export const BylineSchema = z
  .object({
    /** Each author's name alone: no "By", no role, no URL. */
    authors: z.array(z.string().min(1)),
    /** The byline as written in the input. */
    text: z.string(),
    /** A news agency credited alongside or instead of authors ("AFP", "Reuters"). */
    agency: z.string().optional(),
    span: SpanSchema.optional(),
  })
  .describe("Who wrote the story.");

export const DatelineSchema = z
  .object({
    /** Where the story was filed, as written: `MOSCOW`, `GROSSETO, Italy`. */
    place: z.string().min(1),
    /** The date as written in the dateline (`Sept 28`), when it has one. */
    date: z.string().optional(),
    /** The agency named in the dateline (`Reuters`, `AP`, `PTI`). */
    agency: z.string().optional(),
    /** The dateline as written, separator included. */
    text: z.string(),
    span: SpanSchema.optional(),
  })
  .describe("Where (and when, and by which agency) the story was filed.");

export const RelatedLinkSchema = z
  .object({
    title: z.string().min(1),
    url: z.string().optional(),
    span: SpanSchema.optional(),
  })
  .describe("Another story the page points to.");

export const RemovalSchema = z
  .object({
    text: z.string(),
    reason: RemovalReasonSchema,
    span: SpanSchema,
  })
  .describe("A piece of the input left out of the article, with why.");

export const WARNING_CODES = {
  "invalid-bytes": "The input had byte sequences invalid in its encoding; each became U+FFFD.",
  "mojibake-repaired": "UTF-8 text that had been read as Windows-1252 was repaired.",
  "encoding-fallback": "No encoding was declared; the decoder fell back to a guess.",
  "control-characters": "Control characters were found in the text and replaced by spaces.",
  "no-headline": "No headline could be found.",
  "no-body": "No story text could be found; the body is empty.",
} as const satisfies Record<string, string>;
export type WarningCode = keyof typeof WARNING_CODES;

export const WarningSchema = z
  .object({
    code: z.enum(Object.keys(WARNING_CODES) as [WarningCode, ...WarningCode[]]),
    message: z.string(),
  })
  .describe("Something the pipeline noticed and repaired or could not do.");

export const SourceSchema = z
  .object({
    /** How the input was read. */
    kind: z.enum(["text", "html"]),
    /** The page's address (canonical where the page names one). */
    url: z.string().optional(),
    siteName: z.string().optional(),
    /** The character encoding the input was decoded from (WHATWG label, such as `utf-8`). */
    encoding: z.string().optional(),
    /** Length in UTF-16 code units of the normalised text that all spans index into. */
    length: z.number().int().nonnegative(),
  })
  .describe("Where the article came from.");

export const LeadImageSchema = ImageBlockSchema.omit({ type: true }).describe(
  "The image that represents the story.",
);

export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Empty only when the input has no headline (a `no-headline` warning says so). */
    headline: z.string(),
    headlineSpan: SpanSchema.optional(),
    subheadline: z.string().optional(),
    description: z.string().optional(),
    byline: BylineSchema.optional(),
    dateline: DatelineSchema.optional(),
    publishedAt: IsoDateSchema.optional(),
    modifiedAt: IsoDateSchema.optional(),
    language: LanguageTagSchema.optional(),
    source: SourceSchema,
    leadImage: LeadImageSchema.optional(),
    body: z.array(BlockSchema),
    related: z.array(RelatedLinkSchema),
    removed: z.array(RemovalSchema),
    warnings: z.array(WarningSchema),
  })
  .describe("A news article: its metadata, its body as blocks, and an account of all that was removed.");

export type IsoDate = z.infer<typeof IsoDateSchema>;
export type Byline = z.infer<typeof BylineSchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
export type RelatedLink = z.infer<typeof RelatedLinkSchema>;
export type Removal = z.infer<typeof RemovalSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type LeadImage = z.infer<typeof LeadImageSchema>;
export type Article = z.infer<typeof ArticleSchema>;
