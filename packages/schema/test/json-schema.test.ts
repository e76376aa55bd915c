import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { articleJsonSchema } from "../src/index.js";
import { sampleArticle } from "./sample-article.js";

const shipped = fileURLToPath(new URL("../json-schema/article.schema.json", import.meta.url));

describe("the shipped JSON Schema", () => {
  const generated = articleJsonSchema();

  if (process.env.UPDATE_JSON_SCHEMA) writeFileSync(shipped, `${JSON.stringify(generated, null, 2)}\n`);

  it("is the one generated from the zod schemas (run `pnpm --filter @copydesk/schema generate`)", () => {
    expect(JSON.parse(readFileSync(shipped, "utf8"))).toEqual(generated);
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(shipped, "utf8")));

  it("accepts a real article", () => {
    expect(validate(sampleArticle), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects an article with an unknown block type or reason", () => {
    expect(validate({ ...sampleArticle, body: [{ type: "video", text: "x" }] })).toBe(false);
    expect(
      validate({ ...sampleArticle, removed: [{ text: "-", reason: "because", span: { start: 0, end: 1 } }] }),
    ).toBe(false);
  });

  it("rejects dates that are not ISO 8601", () => {
    expect(validate({ ...sampleArticle, publishedAt: "Tuesday" })).toBe(false);
  });
});
