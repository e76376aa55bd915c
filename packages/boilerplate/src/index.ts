import { type Article, CopydeskError, type Draft, LanguageTagSchema } from "@copydesk/schema";
import { assembleArticle } from "./assemble.js";
import { classifyBlocks } from "./classify.js";
import { storyHeadline } from "./headline.js";
import { stopwordsFor } from "./language.js";

export { detectLanguage } from "./language.js";

export interface FilterOptions {
  /**
   * The language of the text (BCP 47), when the caller knows it better than
   * the draft and the detector do. It chooses the stoplist; the article's
   * `language` stays the draft's or the detected one.
   */
  language?: string;
}

function checkDraft(draft: unknown): asserts draft is Draft {
  const d = draft as Partial<Draft> | null;
  const ok =
    typeof d === "object" &&
    d !== null &&
    Array.isArray(d.blocks) &&
    Array.isArray(d.removed) &&
    Array.isArray(d.warnings) &&
    typeof d.metadata === "object" &&
    d.metadata !== null &&
    typeof d.source === "object" &&
    d.source !== null &&
    typeof d.source.text === "string";
  if (!ok)
    throw new CopydeskError(
      "INVALID_INPUT",
      "filterBoilerplate expects a Draft, as parseText or parseHtml return it.",
    );
}

function checkOptions(options: unknown): FilterOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null) {
    throw new CopydeskError("INVALID_OPTIONS", "filterBoilerplate options must be an object.");
  }
  const { language } = options as FilterOptions;
  if (language !== undefined && !LanguageTagSchema.safeParse(language).success) {
    throw new CopydeskError("INVALID_OPTIONS", `options.language is not a BCP 47 tag: ${String(language)}`);
  }
  return { language };
}

/**
 * Classifies every candidate block of a draft: the story's blocks go to
 * `body` in order, lists of other stories to `related`, and every other block
 * to `removed` with a reason code and its span. Metadata is copied over, the
 * language detected when the draft has none.
 *
 * @throws CopydeskError `INVALID_INPUT` when `draft` is not a Draft, `INVALID_OPTIONS` for bad options.
 */
export function filterBoilerplate(draft: Draft, options?: FilterOptions): Article {
  checkDraft(draft);
  const opts = checkOptions(options);
  const { decisions, language, features } = classifyBlocks(draft, opts.language);
  const headline = storyHeadline(draft, features, decisions, stopwordsFor(language));
  return assembleArticle(draft, decisions, draft.metadata.language ?? language, headline);
}
