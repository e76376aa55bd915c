import { defaultClientConditions, defineConfig, type Plugin, type Rollup } from "vite";

/**
 * The dev server injects CSS as <style> elements for hot reload, which the
 * page's strict policy forbids; only there is inline style allowed. The
 * production build keeps the policy exactly as written in index.html.
 */
function devStylePolicy(): Plugin {
  return {
    name: "copydesk-demo-dev-style-policy",
    apply: "serve",
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

/** zod marks its pure calls with comments Rollup cannot place; the notice is about zod, not this app. */
function quietAnnotations(log: Rollup.RollupLog, next: (log: Rollup.RollupLog) => void): void {
  if (log.code === "INVALID_ANNOTATION" && log.id?.includes("node_modules")) return;
  next(log);
}

export default defineConfig({
  // Relative asset paths: the built app works from any folder or sub-path.
  base: "./",
  // The packages are bundled from their TypeScript source: no package build needed first.
  resolve: { conditions: ["@copydesk/source", ...defaultClientConditions] },
  worker: { format: "es" },
  plugins: [devStylePolicy()],
  build: {
    target: "es2022",
    // The worker holds the whole pipeline; warn only well above its expected size.
    chunkSizeWarningLimit: 1024,
    rollupOptions: { onwarn: quietAnnotations },
  },
});
