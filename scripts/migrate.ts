// npm run db:migrate — applies pending prisma/migrations to the database in DATABASE_URL and
// records them in _prisma_migrations exactly as `prisma migrate deploy` would (see lib/db/migrate.ts).
import { applyMigrations, describeDatabaseUrl, MigrationError } from "../lib/db/migrate";

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "DATABASE_URL is not set. Set it to the database to migrate, e.g.\n" +
        "  DATABASE_URL=postgresql://user:password@localhost:5432/yongkang npm run db:migrate",
    );
    return 1;
  }
  console.log(`Migrating ${describeDatabaseUrl(databaseUrl)}`);
  try {
    const { applied } = await applyMigrations(databaseUrl, { log: (line) => console.log(line) });
    console.log(
      applied.length === 0
        ? "No pending migrations: the database is up to date."
        : `Applied ${applied.length} migration${applied.length === 1 ? "" : "s"}:\n${applied.map((name) => `  - ${name}`).join("\n")}`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof MigrationError ? error.message : error);
    return 1;
  }
}

process.exitCode = await main();
