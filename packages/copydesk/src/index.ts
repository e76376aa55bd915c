export * from "@copydesk/render";
export type {
  Article,
  Block,
  BlockType,
  Byline,
  CopydeskErrorCode,
  Dateline,
  Draft,
  RelatedLink,
  Removal,
  RemovalReason,
  Span,
  Warning,
  WarningCode,
} from "@copydesk/schema";
export {
  ArticleSchema,
  CopydeskError,
  ERROR_CODES,
  isCopydeskError,
  REMOVAL_REASONS,
  SCHEMA_VERSION,
} from "@copydesk/schema";
export type { Extraction, ExtractOptions, InputKind, SafeExtractResult } from "./extract.js";
export { extract, extractWithSource, parse, safeExtract } from "./extract.js";
