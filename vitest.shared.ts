import { defineConfig } from "vitest/config";

/** Tests run on source through the `@copydesk/source` export condition: no build needed. */
export default defineConfig({
  resolve: { conditions: ["@copydesk/source"] },
  ssr: { resolve: { conditions: ["@copydesk/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
