import { z } from "zod";
import { ArticleSchema } from "./article.js";

/** The JSON Schema (draft 2020-12) of an Article, as shipped in `json-schema/article.schema.json`. */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://copydesk.dev/schema/article.schema.json",
    ...z.toJSONSchema(ArticleSchema, { target: "draft-2020-12", io: "output" }),
    title: "Copydesk Article",
  };
}
