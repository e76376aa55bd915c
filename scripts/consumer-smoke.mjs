// Runs inside the empty project that check-packages.mjs installs the tarballs into:
// uses each installed package the way its README shows, through both module systems.
import { createRequire } from "node:module";

const require = createRequire(`${process.cwd()}/`);
const failures = [];
const expect = (label, ok) => ok || failures.push(label);

const schemaEsm = await import("@copydesk/schema");
const schemaCjs = require("@copydesk/schema");
for (const [label, schema] of [
  ["esm", schemaEsm],
  ["cjs", schemaCjs],
]) {
  const parsed = schema.ArticleSchema.safeParse({});
  expect(`schema (${label}) rejects an empty object`, !parsed.success);
  expect(
    `schema (${label}) ships its JSON Schema`,
    require("@copydesk/schema/article.schema.json").title === "Copydesk Article",
  );
}

if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
