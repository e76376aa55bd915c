import { defineConfig } from "vitest/config";

/** Tests run on source through the `@copydesk/source` export condition: no build needed. */
export default defineConfig({
  resolve: { conditions: ["@copydesk/source"] },
  ssr: { resolve: { conditions: ["@copydesk/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Generous: CI runs two packages at a time on two cores; a hang still fails, a busy machine does not.
    testTimeout: 60_000,
  },
});
