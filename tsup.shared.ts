import { defineConfig, type Options } from "tsup";

/**
 * The one build every publishable package uses: ESM and CommonJS, each with
 * its own declarations. Declarations resolve workspace dependencies through
 * their built `dist` (not the `@copydesk/source` condition), so the published
 * types never inline another package's source.
 */
export function packageBuild(entry: Options["entry"], overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    treeshake: true,
    splitting: false,
    ...overrides,
  });
}
