import { packageBuild } from "../../tsup.shared.ts";

// The CLI (src/cli.ts, with its shebang) builds beside the library, and its batch worker thread beside it
// (the CLI starts dist/batch-worker.js); only the library needs declarations.
export default packageBuild(
  { index: "src/index.ts", cli: "src/cli.ts", "batch-worker": "src/batch/worker.ts" },
  { dts: { entry: { index: "src/index.ts" }, compilerOptions: { customConditions: [] } } },
);
