import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "inline-type-imports" }],
      "no-restricted-properties": [
        "error",
        { property: "$queryRawUnsafe", message: "Use the $queryRaw tagged template: parameters only." },
        { property: "$executeRawUnsafe", message: "Use the $executeRaw tagged template: parameters only." },
      ],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", ".data/**", "tools/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
