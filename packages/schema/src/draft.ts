import { z } from "zod";
import {
  BylineSchema,
  DatelineSchema,
  IsoDateSchema,
  LanguageTagSchema,
  LeadImageSchema,
  RemovalSchema,
  SourceSchema,
  WarningSchema,
} from "./article.js";
import { BlockSchema, SpanSchema } from "./blocks.js";

/**
 * What the classifier may look at for one candidate block. Plain text gives
 * only the text and its neighbours; HTML adds the markup signals.
 */
export const BlockFeaturesSchema = z.object({
  /** Position of the block among all candidate blocks, from 0. */
  index: z.number().int().nonnegative(),
  /** Ancestor elements, outermost first, as `tag` or `tag.class`: `html>body>article>p`. HTML only. */
  tagPath: z.string().optional(),
  /** Lower-cased class and id tokens of the block and its ancestors, split on `-`, `_` and case. HTML only. */
  hints: z.array(z.string()).optional(),
  /** Share of the block's text that sits inside links, 0 to 1. */
  linkDensity: z.number().min(0).max(1),
  /** Links inside the block, in order. */
  links: z.array(z.object({ text: z.string(), href: z.string() })).optional(),
  /** Characters of text per descendant element (or per line for plain text). */
  textDensity: z.number().nonnegative().optional(),
  /** Inside the page's article container (`<article>`, `[itemprop=articleBody]`, `<main>`). HTML only. */
  inArticle: z.boolean().optional(),
});
export type BlockFeatures = z.infer<typeof BlockFeaturesSchema>;

export const CandidateBlockSchema = z.object({
  /** The block as it would appear in the article body if kept. */
  block: BlockSchema,
  /** The block's plain text, which the classifier reads. */
  text: z.string(),
  /** Where the block sits in the source text. */
  span: SpanSchema,
  features: BlockFeaturesSchema,
});
export type CandidateBlock = z.infer<typeof CandidateBlockSchema>;

export const DraftMetadataSchema = z.object({
  headline: z.object({ text: z.string().min(1), span: SpanSchema.optional() }).optional(),
  subheadline: z.string().optional(),
  description: z.string().optional(),
  byline: BylineSchema.optional(),
  dateline: DatelineSchema.optional(),
  publishedAt: IsoDateSchema.optional(),
  modifiedAt: IsoDateSchema.optional(),
  language: LanguageTagSchema.optional(),
  leadImage: LeadImageSchema.optional(),
});
export type DraftMetadata = z.infer<typeof DraftMetadataSchema>;

/** What the parser hands to the boilerplate filter. */
export const DraftSchema = z.object({
  source: SourceSchema.extend({
    /** The decoded, normalised text that every span indexes into. */
    text: z.string(),
  }),
  metadata: DraftMetadataSchema,
  /** Candidate blocks of the body, in reading order. */
  blocks: z.array(CandidateBlockSchema),
  /** What the parser already set aside (such as agency credit lines), with why. */
  removed: z.array(RemovalSchema),
  warnings: z.array(WarningSchema),
});
export type Draft = z.infer<typeof DraftSchema>;
