import { packageBuild } from "../../tsup.shared.ts";

// stopwords-iso is a bare JSON module: Node's ESM loader refuses it without an import
// attribute, so the stoplists are bundled into the build instead of imported at run time.
export default packageBuild(["src/index.ts"], { noExternal: ["stopwords-iso"] });
