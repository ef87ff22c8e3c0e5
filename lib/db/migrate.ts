// Applies prisma/migrations/*/migration.sql to a PostgreSQL database with `pg`, recording each
// migration in Prisma's `_prisma_migrations` table exactly as `prisma migrate deploy` does, so the
// two are interchangeable: Prisma 7's CLI cannot fetch its native schema engine on machines without
// internet, and this module can always run. Plain Node module (scripts and tests), never imported
// by the Next.js server.
//
// What Prisma's engine does, and so what this does:
// - migrations are the sub-folders of the migrations folder, applied in name order;
// - a session advisory lock (pg_advisory_lock(72707369)) is held while migrating;
// - `_prisma_migrations` is created with Prisma's DDL when missing — refused when the database
//   already has tables but no history (it was not created by migrations: baseline it first);
// - a row with finished_at and rolled_back_at both NULL is a failed migration: nothing is applied
//   until it is resolved;
// - a migration is applied when no row that is not rolled back carries its name; its checksum is
//   the sha256 hex of migration.sql's bytes;
// - each migration.sql is sent as one simple-protocol query, which PostgreSQL runs as one implicit
//   transaction: a failure rolls back all of the file's statements. The row is inserted before
//   the script runs, so a failure leaves it with finished_at NULL and Prisma's error text in logs.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export interface ApplyMigrationsOptions {
  /** Folder holding `<timestamp>_<name>/migration.sql`; defaults to prisma/migrations. */
  migrationsDir?: string;
  /** Receives progress lines and warnings (prefixed "Warning:"). Silent by default. */
  log?: (line: string) => void;
}

export interface ApplyMigrationsResult {
  /** Names of the migrations applied by this call, in order. */
  applied: string[];
}

/** A migration problem that needs a person: the message says what happened and what to do. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** The key Prisma Migrate uses for its advisory lock; sharing it keeps both tools mutually exclusive. */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;
/** Prisma gives up waiting for the lock after 10 s; so do we. */
const LOCK_TIMEOUT = "10s";

// Prisma's DDL for PostgreSQL, verbatim (schema-engine, sql-schema-connector, postgres flavour).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`;

const RESOLVE_DOCS = "https://pris.ly/d/migrate-resolve";

export interface MigrationOnDisk {
  name: string;
  script: string;
  checksum: string;
}

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
}

/** sha256 hex of the file's bytes, as Prisma computes `_prisma_migrations.checksum`. */
export function migrationChecksum(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads the migrations folder: sub-folders in name order, each with its migration.sql. */
export async function readMigrations(migrationsDir: string): Promise<MigrationOnDisk[]> {
  if (!existsSync(migrationsDir)) return [];
  await checkMigrationLock(migrationsDir);
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); // byte order, like Prisma; not locale order
  const migrations: MigrationOnDisk[] = [];
  for (const name of names) {
    const file = path.join(migrationsDir, name, "migration.sql");
    if (!existsSync(file)) {
      throw new MigrationError(
        `The migration folder ${path.join(migrationsDir, name)} has no migration.sql. Remove the folder or add the file.`,
      );
    }
    const bytes = await readFile(file);
    migrations.push({ name, script: bytes.toString("utf8"), checksum: migrationChecksum(bytes) });
  }
  return migrations;
}

/** Prisma refuses migrations written for another provider (migration_lock.toml); so do we. */
async function checkMigrationLock(migrationsDir: string): Promise<void> {
  const lockFile = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockFile)) return;
  const match = /^\s*provider\s*=\s*"([^"]*)"/m.exec(await readFile(lockFile, "utf8"));
  if (match && match[1] !== "postgresql") {
    throw new MigrationError(
      `${lockFile} says these migrations were written for "${match[1]}", not "postgresql". ` +
        "They cannot be applied to PostgreSQL.",
    );
  }
}

/** The URL without its password, for messages. */
export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(an unparsable DATABASE_URL)";
  }
}

/**
 * pg ignores Prisma's `?schema=` URL parameter; Prisma migrates into that schema. Returns the URL
 * for pg and the schema to put on the search path (null: the server's default, i.e. public).
 */
function splitSchemaParameter(databaseUrl: string): { connectionString: string; schema: string | null } {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new MigrationError(`DATABASE_URL is not a valid URL: ${describeDatabaseUrl(databaseUrl)}`);
  }
  const schema = url.searchParams.get("schema");
  if (schema === null) return { connectionString: databaseUrl, schema: null };
  url.searchParams.delete("schema");
  return { connectionString: url.toString(), schema };
}

async function connect(databaseUrl: string): Promise<pg.Client> {
  const { connectionString, schema } = splitSchemaParameter(databaseUrl);
  const client = new pg.Client({ connectionString, application_name: "migrate" });
  // A migration error must not become an unhandled 'error' event when the server goes away.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    const reason = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code : String(error);
    throw new MigrationError(`Cannot connect to the database at ${describeDatabaseUrl(databaseUrl)}: ${reason}`, {
      cause: error,
    });
  }
  if (schema !== null) {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
    await client.query(`SET search_path TO ${pg.escapeIdentifier(schema)}`);
  }
  return client;
}

async function acquireLock(client: pg.Client): Promise<void> {
  await client.query(`SET lock_timeout = '${LOCK_TIMEOUT}'`);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
  } catch (error) {
    if ((error as { code?: string }).code === "55P03") {
      throw new MigrationError(
        `Timed out after ${LOCK_TIMEOUT} waiting for the migration lock (pg_advisory_lock(${PRISMA_MIGRATE_LOCK_KEY})): ` +
          "another migration is running against this database. Wait for it to finish and try again.",
        { cause: error },
      );
    }
    throw error;
  } finally {
    await client.query("RESET lock_timeout");
  }
}

/** Creates `_prisma_migrations` if missing, refusing (like Prisma's P3005) a non-empty schema without it. */
async function ensureMigrationsTable(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT c.relname AS table_name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()`,
  );
  if (rows.some((row) => row.table_name === "_prisma_migrations")) return;
  if (rows.length > 0) {
    const sample = rows.slice(0, 5).map((row) => row.table_name).join(", ");
    throw new MigrationError(
      `The database schema is not empty (it has tables such as ${sample}) but has no _prisma_migrations table, ` +
        "so it was not created by these migrations. Apply them to an empty database instead, or baseline this one " +
        "(https://pris.ly/d/migrate-baseline).",
    );
  }
  await client.query(CREATE_MIGRATIONS_TABLE);
}

function resolutionSteps(migrationNames: string[]): string {
  const names = migrationNames.map((name) => `'${name.replaceAll("'", "''")}'`).join(", ");
  return [
    "To resolve:",
    "- A local or test database whose data you don't need: drop it (for the embedded one, delete its data folder) and migrate again.",
    "- Otherwise: find out what the failed migration did (each migration.sql runs as one transaction, so normally nothing),",
    "  fix its migration.sql or the data, mark the failed attempt as rolled back, and run the migrations again:",
    `    UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name IN (${names}) AND finished_at IS NULL AND rolled_back_at IS NULL;`,
    "  (`prisma migrate resolve --rolled-back <name>` does the same where Prisma's CLI can run.) If you applied the",
    "  migration's changes by hand instead, mark it applied with `prisma migrate resolve --applied <name>`.",
    `  More: ${RESOLVE_DOCS}`,
  ].join("\n");
}

function failedMigrationsMessage(failed: MigrationRow[]): string {
  const details = failed
    .map((row) => {
      const logs = row.logs?.trim() ? ` with the following logs:\n${row.logs.trim()}` : "";
      return `The \`${row.migration_name}\` migration started at ${row.started_at.toISOString()} failed${logs}`;
    })
    .join("\n");
  return (
    "Found failed migrations in the target database: new migrations will not be applied (Prisma error P3009).\n" +
    `${details}\n\n${resolutionSteps(failed.map((row) => row.migration_name))}`
  );
}

/** Prisma's P3018 text, stored in `_prisma_migrations.logs` and thrown. */
function applyErrorText(migrationName: string, script: string, error: unknown): string {
  const dbError = error as Partial<pg.DatabaseError>;
  const code = typeof dbError.code === "string" ? dbError.code : "none";
  const message = error instanceof Error ? error.message : String(error);
  let databaseError = dbError.severity ? `${dbError.severity}: ${message}` : message;
  if (dbError.detail) databaseError += `\nDETAIL: ${dbError.detail}`;
  if (dbError.hint) databaseError += `\nHINT: ${dbError.hint}`;
  if (dbError.where) databaseError += `\nWHERE: ${dbError.where}`;
  const position = Number(dbError.position);
  if (Number.isInteger(position) && position > 0) databaseError += `\n\nPosition:\n${scriptExcerpt(script, position)}`;
  return (
    "A migration failed to apply. New migrations cannot be applied before the error is recovered from. " +
    `Read more about how to resolve migration issues in a production database: ${RESOLVE_DOCS}\n\n` +
    `Migration name: ${migrationName}\n\nDatabase error code: ${code}\n\nDatabase error:\n${databaseError}\n`
  );
}

/** The failing line of the script with up to five lines before it, numbered. `position` counts characters from 1. */
function scriptExcerpt(script: string, position: number): string {
  const lines = script.split("\n");
  const errorLine = script.slice(0, position - 1).split("\n").length; // 1-based
  const first = Math.max(1, errorLine - 5);
  return lines
    .slice(first - 1, errorLine)
    .map((line, index) => `${String(first + index).padStart(3)}${line ? " " : ""}${line.replace(/\r$/, "")}`)
    .join("\n");
}

/**
 * Applies the migrations not yet recorded in `_prisma_migrations`. Idempotent: a second run applies
 * nothing. Throws MigrationError when a migration fails (after recording it as failed) or when an
 * earlier failed migration is still unresolved.
 */
export async function applyMigrations(
  databaseUrl: string,
  options: ApplyMigrationsOptions = {},
): Promise<ApplyMigrationsResult> {
  const log = options.log ?? (() => {});
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const migrations = await readMigrations(migrationsDir);
  if (migrations.length === 0) log(`No migrations found in ${migrationsDir}.`);

  const client = await connect(databaseUrl);
  try {
    await acquireLock(client);
    await ensureMigrationsTable(client);

    const { rows } = await client.query<MigrationRow>(
      `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at
         FROM _prisma_migrations ORDER BY started_at, migration_name`,
    );
    const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed.length > 0) throw new MigrationError(failedMigrationsMessage(failed));

    const live = rows.filter((row) => row.rolled_back_at === null);
    for (const row of live) {
      const migration = migrations.find((m) => m.name === row.migration_name);
      if (!migration) {
        log(`Warning: the migration \`${row.migration_name}\` is recorded in the database but missing from ${migrationsDir}.`);
      } else if (migration.checksum !== row.checksum) {
        log(
          `Warning: the migration \`${row.migration_name}\` was modified after it was applied ` +
            "(its checksum differs from the one recorded). It is not applied again; put the change in a new migration.",
        );
      }
    }

    const applied: string[] = [];
    for (const migration of migrations) {
      if (live.some((row) => row.migration_name === migration.name)) continue;
      log(`Applying migration \`${migration.name}\``);
      const id = randomUUID();
      await client.query(
        "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ($1, $2, now(), $3)",
        [id, migration.checksum, migration.name],
      );
      const started = performance.now();
      try {
        // No parameters: pg uses the simple query protocol, so the whole file is one implicit transaction.
        await client.query(migration.script);
      } catch (error) {
        const logs = applyErrorText(migration.name, migration.script, error);
        // Leave any transaction the script itself opened (harmless notice when there is none).
        await client.query("ROLLBACK").catch(() => {});
        try {
          await client.query("UPDATE _prisma_migrations SET logs = $2 WHERE id = $1", [id, logs]);
        } catch (recordError) {
          // E.g. the connection was lost: the row (if it was committed) stays without logs.
          log(`Warning: could not record the failure's logs in _prisma_migrations: ${String(recordError)}`);
        }
        throw new MigrationError(
          `${logs}\nPostgreSQL rolled back the migration's statements (the file runs as one transaction) and ` +
            `_prisma_migrations records it as failed.\n${resolutionSteps([migration.name])}`,
          { cause: error },
        );
      }
      await client.query(
        "UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = now() WHERE id = $1",
        [id],
      );
      log(`Applied migration \`${migration.name}\` in ${Math.round(performance.now() - started)} ms`);
      applied.push(migration.name);
    }
    return { applied };
  } finally {
    await client.query("SELECT pg_advisory_unlock_all()").catch(() => {});
    await client.end().catch(() => {});
  }
}
