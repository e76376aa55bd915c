import { packageBuild } from "../../tsup.shared.ts";

// One entry per format so that `@copydesk/render/<format>` pulls in only that renderer.
export default packageBuild({
  index: "src/index.ts",
  markdown: "src/markdown.ts",
  html: "src/html.ts",
  text: "src/text.ts",
  json: "src/json.ts",
  jsonld: "src/jsonld.ts",
  ninjs: "src/ninjs.ts",
  nitf: "src/nitf.ts",
});
