// Runs `prisma generate` offline. Prisma 7's client needs no native engine, but the CLI
// insists on a schema-engine path; any existing file satisfies it. Set only for generate:
// with it set, `prisma migrate deploy` silently applies nothing.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
