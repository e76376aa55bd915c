import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

/** The end-to-end tests build the app and drive a real browser: they get minutes, not seconds. */
const E2E_TIMEOUT_MS = 180_000;

export default mergeConfig(
  shared,
  defineConfig({
    test: { testTimeout: E2E_TIMEOUT_MS, hookTimeout: E2E_TIMEOUT_MS },
  }),
);
