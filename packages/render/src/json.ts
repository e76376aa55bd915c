/**
 * JSON: the Article exactly as `@copydesk/schema` defines it, so that
 * `ArticleSchema.parse(JSON.parse(toJson(article)))` gives an equal article.
 */
import { type Article, ArticleSchema, CopydeskError } from "@copydesk/schema";
import { checkBoolean, checkInteger } from "./options.js";

export interface JsonOptions {
  /** Spaces of indentation; `0` writes one line. Default `2`. From 0 to 10, as `JSON.stringify` allows. */
  indent?: number;
  /**
   * Check the article against `ArticleSchema` first, which also drops
   * properties the schema does not define and orders keys as the schema does.
   * Default `true`.
   */
  validate?: boolean;
}

// JSON.stringify ignores indentation beyond ten spaces.
const MAX_INDENT = 10;

/**
 * The article as JSON, ending with a newline.
 *
 * @throws CopydeskError `INVALID_INPUT` when `validate` is on and the article does not match the schema
 *   (the zod error is the `cause`); `INVALID_OPTIONS` for a bad option.
 */
export function toJson(article: Article, options: JsonOptions = {}): string {
  const indent = checkInteger("json", "indent", options.indent, 0, MAX_INDENT) ?? 2;
  const validate = checkBoolean("json", "validate", options.validate) ?? true;
  let value: Article = article;
  if (validate) {
    const parsed = ArticleSchema.safeParse(article);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CopydeskError(
        "INVALID_INPUT",
        `The article does not match ArticleSchema${issue ? ` at ${issue.path.join(".") || "(root)"}: ${issue.message}` : ""}.`,
        { cause: parsed.error },
      );
    }
    value = parsed.data;
  }
  return `${JSON.stringify(value, null, indent)}\n`;
}
