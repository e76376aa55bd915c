// Runs inside the empty project that check-packages.mjs installs the tarballs into:
// uses each installed package the way its README shows, through both module systems.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(`${process.cwd()}/`);
const failures = [];
const expect = (label, ok) => ok || failures.push(label);

const STORY = [
  "Putin, Abe talks fail to break island impasse",
  "MOSCOW: The leaders of Russia and Japan fell short of agreement Tuesday over a disputed island chain.",
  "Tokyo’s refusal to recognise Moscow’s sovereignty there has been a barrier to peace for decades.",
  "-",
  "Royal Family's Approach To Deal With Andrew Finally Revealed -",
  "Barbra Streisand's Obsession With Cloning Revealed -",
  "What Did Olivia Colman Tell Her Husband About Her Gender?",
].join("\n");
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves bike lanes</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves bike lanes","author":{"@type":"Person","name":"Maria Lopez"},"datePublished":"2024-03-05T09:00:00Z"}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council approves bike lanes</h1>
<p>The city council voted 9 to 4 on Tuesday night to approve a network of protected bike lanes across the downtown core.</p>
<p>Supporters said the lanes would cut traffic deaths; opponents worried about the loss of parking for small businesses.</p>
</article><footer>© 2024 The Riverside Courier. All rights reserved.</footer></body></html>`;

for (const [label, load] of [
  ["esm", (name) => import(name)],
  ["cjs", async (name) => require(name)],
]) {
  const schema = await load("@copydesk/schema");
  expect(`schema (${label}) rejects an empty object`, !schema.ArticleSchema.safeParse({}).success);

  const parser = await load("@copydesk/parser");
  const boilerplate = await load("@copydesk/boilerplate");
  const draft = parser.parseText(STORY);
  const article = boilerplate.filterBoilerplate(draft);
  expect(`parser + boilerplate (${label}) find the dateline`, article.dateline?.place === "MOSCOW");
  expect(`parser + boilerplate (${label}) keep two paragraphs`, article.body.length === 2);

  const render = await load("@copydesk/render");
  expect(`render (${label}) renders Markdown`, render.toMarkdown(article).startsWith("# Putin, Abe talks"));
  const markdownOnly = await load("@copydesk/render/markdown");
  expect(`render subpath (${label}) loads`, typeof markdownOnly.toMarkdown === "function");

  const copydesk = await load("copydesk");
  const page = copydesk.extract(PAGE);
  expect(`copydesk (${label}) reads the page's headline`, page.headline === "Council approves bike lanes");
  expect(`copydesk (${label}) reads the page's author`, page.byline?.authors?.[0] === "Maria Lopez");
  expect(`copydesk (${label}) drops the footer`, !JSON.stringify(page.body).includes("All rights reserved"));
}
expect("the JSON Schema ships", require("@copydesk/schema/article.schema.json").title === "Copydesk Article");

const cli = (args, input) =>
  execFileSync("npx", ["--no-install", "copydesk", ...args], { input, encoding: "utf8" });
expect("the CLI prints its version", /^\d+\.\d+\.\d+/.test(cli(["--version"])));
const json = JSON.parse(cli(["--format", "json"], STORY));
expect(
  "the CLI prints the article as JSON",
  json.headline === "Putin, Abe talks fail to break island impasse",
);
expect("the CLI moves the sidebar to related", json.related.length >= 2);

if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
