// The server Playwright tests run against: `next start` on a production build with its own
// database. Uses E2E_DATABASE_URL when given, else a throwaway embedded PostgreSQL.
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createPrismaClient } from "@/lib/db/create-client";
import { findFreePort, makeTempDataDir, startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { seedIfEmpty } from "@/lib/ingest/seed";
import { ROOT } from "./support/database";
import { runNext, stopNext } from "./support/next";

const port = process.env.E2E_PORT ?? "3100";
let server: EmbeddedDatabase | null = null;
let temp: Awaited<ReturnType<typeof makeTempDataDir>> | null = null;
let url = process.env.E2E_DATABASE_URL;

if (!url) {
  temp = await makeTempDataDir("e2e-pg-");
  server = await startEmbeddedDatabase({ dataDir: temp.dataDir, port: await findFreePort() });
  await server.ensureDatabase("e2e");
  url = server.urlFor("e2e");
}
await applyMigrations(url);
const db = createPrismaClient(url, { max: 2 });
await seedIfEmpty(db);
await db.$disconnect();

// Admin e2e specs create their users and articles directly in this database
// (e2e/fixtures/database.ts reads the URL from this file, unless E2E_DATABASE_URL is set).
const urlFile = `${tmpdir()}/yongkang-e2e-${port}.database-url`;
writeFileSync(urlFile, url, { mode: 0o600 });

const next = runNext(["start", "-p", port], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });

async function shutdown() {
  await stopNext(next);
  rmSync(urlFile, { force: true });
  await server?.stop();
  await temp?.remove();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
void next.exited.then(() => shutdown());
