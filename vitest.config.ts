import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two projects: pure unit tests run anywhere; *.db.test.ts files get a fresh
// embedded PostgreSQL database per run (see test/global-setup.ts).
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        // Property tests run hundreds of cases: the timeout only guards against a hang on a busy machine.
        test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"], exclude: ["**/*.db.test.ts", "node_modules/**"], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**", "tools/**"],
          globalSetup: ["test/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
