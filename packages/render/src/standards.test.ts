import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { loadFixtures } from "../test/fixtures.js";
import { HAS_STANDARDS, HAS_XMLLINT, STANDARDS_DIR, standard } from "../test/standards.js";
import { toNinjs, toNinjsObject, toNitf } from "./index.js";

const fixtures = loadFixtures();

function ninjsValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  // ninjs 3.1 refers to GeoJSON by this address; the validator must know it first.
  ajv.addSchema(
    JSON.parse(readFileSync(standard("GeoJSON-schema.json"), "utf8")),
    "https://geojson.org/schema/GeoJSON.json",
  );
  return ajv.compile(JSON.parse(readFileSync(standard("ninjs-schema_3.1.json"), "utf8")));
}

describe.skipIf(!HAS_STANDARDS)(`ninjs 3.1 against the official schema (${STANDARDS_DIR})`, () => {
  const validate = HAS_STANDARDS ? ninjsValidator() : () => false;
  const errors = () => JSON.stringify((validate as { errors?: unknown }).errors, null, 2);

  it.each(["004_simple_text_article.json", "005_complex_text_article.json"])(
    "accepts IPTC's own example %s",
    (file) => {
      expect(validate(JSON.parse(readFileSync(standard(file), "utf8"))), errors()).toBe(true);
    },
  );

  it("rejects what the schema forbids (the validator is live)", () => {
    expect(validate({ type: "text" })).toBe(false);
    expect(validate({ uri: "urn:x:y", unknown: 1 })).toBe(false);
    expect(validate({ uri: "urn:x:y", versionCreated: "2019-01-22" })).toBe(false);
  });

  it.each(fixtures)("accepts the output for $slug", ({ article }) => {
    expect(validate(JSON.parse(toNinjs(article))), errors()).toBe(true);
    expect(validate(toNinjsObject(article, { defaultOffset: "Z" })), errors()).toBe(true);
  });
});

describe.skipIf(!HAS_STANDARDS || !HAS_XMLLINT)("NITF 3.6 against the official XSD with xmllint", () => {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-nitf-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const xmllint = (file: string) =>
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", standard("nitf-3-6.xsd"), file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });

  it("rejects an invalid document (the validator is live)", () => {
    const file = join(dir, "invalid.xml");
    writeFileSync(file, '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><bogus/></body></nitf>');
    expect(() => xmllint(file)).toThrow();
  });

  it.each(fixtures)("accepts the output for $slug", ({ slug, article }) => {
    const file = join(dir, `${slug}.xml`);
    writeFileSync(file, toNitf(article));
    expect(() => xmllint(file)).not.toThrow();
  });
});
