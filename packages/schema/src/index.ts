export { accountedSpans, findUnaccounted } from "./accounting.js";
export type {
  Article,
  Byline,
  Dateline,
  IsoDate,
  LeadImage,
  RelatedLink,
  Removal,
  Source,
  Warning,
  WarningCode,
} from "./article.js";
export {
  ArticleSchema,
  BylineSchema,
  DatelineSchema,
  IsoDateSchema,
  LanguageTagSchema,
  LeadImageSchema,
  RelatedLinkSchema,
  RemovalSchema,
  SCHEMA_VERSION,
  SourceSchema,
  WARNING_CODES,
  WarningSchema,
} from "./article.js";
export type {
  Block,
  BlockType,
  CaptionBlock,
  HeadingBlock,
  ImageBlock,
  ListBlock,
  ParagraphBlock,
  PreformattedBlock,
  QuoteBlock,
  Span,
  TableBlock,
} from "./blocks.js";
export {
  BLOCK_TYPES,
  BlockSchema,
  blockText,
  CaptionBlockSchema,
  HeadingBlockSchema,
  ImageBlockSchema,
  ListBlockSchema,
  ParagraphBlockSchema,
  PreformattedBlockSchema,
  QuoteBlockSchema,
  SpanSchema,
  TableBlockSchema,
} from "./blocks.js";
export type { BlockFeatures, CandidateBlock, Draft, DraftMetadata } from "./draft.js";
export { BlockFeaturesSchema, CandidateBlockSchema, DraftMetadataSchema, DraftSchema } from "./draft.js";
export type { CopydeskErrorCode } from "./errors.js";
export { CopydeskError, ERROR_CODES, isCopydeskError } from "./errors.js";
export { EMBED_HINT, FURNITURE_HINTS, STORY_HINTS } from "./hints.js";
export { articleJsonSchema } from "./json-schema.js";
export type { RemovalReason } from "./reasons.js";
export { REMOVAL_REASONS, RemovalReasonSchema } from "./reasons.js";
