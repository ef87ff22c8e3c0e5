import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, inject, test } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "@/test/database";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, migrationChecksum, MigrationError } from "./migrate";

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const [row] = await query<{ exists: boolean }>(url, "SELECT to_regclass($1) IS NOT NULL AS exists", [table]);
  return row?.exists ?? false;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

function migrationRows(url: string): Promise<MigrationRow[]> {
  return query<MigrationRow>(
    url,
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count
       FROM _prisma_migrations ORDER BY started_at, migration_name`,
  );
}

async function projectMigrationNames(): Promise<string[]> {
  const entries = await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

const scratchDatabases: ScratchDatabase[] = [];
async function scratch(): Promise<ScratchDatabase> {
  const database = await createScratchDatabase();
  scratchDatabases.push(database);
  return database;
}
afterAll(async () => {
  await Promise.all(scratchDatabases.map((database) => database.drop()));
});

describe("the project's migrations", () => {
  const databaseUrl = inject("databaseUrl");

  test("applying them to the already migrated test database applies nothing", async () => {
    const before = await migrationRows(databaseUrl);
    await expect(applyMigrations(databaseUrl)).resolves.toEqual({ applied: [] });
    expect(await migrationRows(databaseUrl)).toEqual(before);
  });

  test("are recorded one row each with the sha256 of their migration.sql, finished and with one applied step", async () => {
    const names = await projectMigrationNames();
    expect(names.length).toBeGreaterThan(0);
    const rows = await migrationRows(databaseUrl);
    const expected = await Promise.all(
      names.map(async (name) => ({
        migration_name: name,
        checksum: migrationChecksum(await readFile(path.join(DEFAULT_MIGRATIONS_DIR, name, "migration.sql"))),
        rolled_back_at: null,
        logs: null,
        applied_steps_count: 1,
        finished_at: expect.any(Date),
      })),
    );
    expect(rows).toEqual(expected);
  });

  test("apply to an empty database on a first run and apply nothing on a second", async () => {
    const { url } = await scratch();
    const first = await applyMigrations(url);
    expect(first.applied).toEqual(await projectMigrationNames());
    const rows = await migrationRows(url);
    await expect(applyMigrations(url)).resolves.toEqual({ applied: [] });
    expect(await migrationRows(url)).toEqual(rows);
  });

  test("create _prisma_migrations with Prisma's own columns, types and defaults", async () => {
    const columns = await query(
      databaseUrl,
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'
        ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", length: 36, is_nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", length: 64, is_nullable: "NO", column_default: null },
      { column_name: "finished_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "migration_name", data_type: "character varying", length: 255, is_nullable: "NO", column_default: null },
      { column_name: "logs", data_type: "text", length: null, is_nullable: "YES", column_default: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "started_at", data_type: "timestamp with time zone", length: null, is_nullable: "NO", column_default: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, is_nullable: "NO", column_default: "0" },
    ]);
    const [primaryKey] = await query<{ columns: string[] }>(
      databaseUrl,
      `SELECT array(SELECT a.attname::text FROM unnest(c.conkey) AS k(attnum)
                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
         FROM pg_constraint c WHERE c.conrelid = '_prisma_migrations'::regclass AND c.contype = 'p'`,
    );
    expect(primaryKey?.columns).toEqual(["id"]);
  });
});

describe("a migrations folder with a failing migration", () => {
  let dir: string;
  let url: string;

  async function writeMigration(name: string, sql: string): Promise<void> {
    await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    await writeMigration("20000101000000_first", 'CREATE TABLE "first" ("id" INTEGER PRIMARY KEY);\n');
    await writeMigration(
      "20000102000000_broken",
      'CREATE TABLE "second" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "first" ("id") VALUES (1);\nINSERT INTO "missing" ("id") VALUES (1);\n',
    );
    await writeMigration("20000103000000_third", 'CREATE TABLE "third" ("id" INTEGER PRIMARY KEY);\n');
    url = (await scratch()).url;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("stops at the failing migration, rolls back all of its statements and records it as failed with Prisma's logs", async () => {
    const error = await applyMigrations(url, { migrationsDir: dir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain("Migration name: 20000102000000_broken");
    expect((error as Error).message).toContain("Database error code: 42P01");
    expect((error as Error).message).toMatch(/relation "missing" does not exist/);

    expect(await tableExists(url, "first")).toBe(true);
    expect(await tableExists(url, "second")).toBe(false); // rolled back with the failing INSERT
    expect(await query(url, 'SELECT count(*)::int AS n FROM "first"')).toEqual([{ n: 0 }]);
    expect(await tableExists(url, "third")).toBe(false);

    const rows = await migrationRows(url);
    expect(rows.map((row) => row.migration_name)).toEqual(["20000101000000_first", "20000102000000_broken"]);
    const failed = rows[1];
    expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(failed?.checksum).toBe(migrationChecksum(await readFile(path.join(dir, "20000102000000_broken", "migration.sql"))));
    expect(failed?.logs).toMatch(/^A migration failed to apply\. New migrations cannot be applied before the error is recovered from\./);
    expect(failed?.logs).toContain("Migration name: 20000102000000_broken\n\nDatabase error code: 42P01\n\nDatabase error:\nERROR:");
    expect(failed?.logs).toContain('  3 INSERT INTO "missing" ("id") VALUES (1);'); // the failing line, numbered
  });

  test("refuses later runs while the failed migration is unresolved, naming it and saying how to resolve it", async () => {
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(MigrationError);
    await writeMigration("20000102000000_broken", 'CREATE TABLE "second" ("id" INTEGER PRIMARY KEY);\n'); // fixed

    const error = await applyMigrations(url, { migrationsDir: dir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    const message = (error as Error).message;
    expect(message).toContain("Found failed migrations in the target database");
    expect(message).toContain("The `20000102000000_broken` migration started at");
    expect(message).toContain("To resolve:");
    expect(message).toContain(
      "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name IN ('20000102000000_broken') AND finished_at IS NULL AND rolled_back_at IS NULL;",
    );
    expect(await tableExists(url, "second")).toBe(false);
    expect(await tableExists(url, "third")).toBe(false);

    // Following the instructions resolves it: the fixed migration and the next one are applied.
    await query(
      url,
      "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name IN ('20000102000000_broken') AND finished_at IS NULL AND rolled_back_at IS NULL",
    );
    await expect(applyMigrations(url, { migrationsDir: dir })).resolves.toEqual({
      applied: ["20000102000000_broken", "20000103000000_third"],
    });
    expect(await tableExists(url, "third")).toBe(true);
  });
});

describe("applyMigrations", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await mkdir(path.join(dir, "20000101000000_first"));
    await writeFile(path.join(dir, "20000101000000_first", "migration.sql"), 'CREATE TABLE "first" ("id" INTEGER);\n');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("warns about an applied migration whose file changed, without applying it again", async () => {
    const { url } = await scratch();
    await applyMigrations(url, { migrationsDir: dir });
    await writeFile(path.join(dir, "20000101000000_first", "migration.sql"), 'CREATE TABLE "first" ("id" BIGINT);\n');
    const lines: string[] = [];
    await expect(applyMigrations(url, { migrationsDir: dir, log: (line) => lines.push(line) })).resolves.toEqual({ applied: [] });
    expect(lines).toContainEqual(expect.stringMatching(/^Warning: the migration `20000101000000_first` was modified after it was applied/));
  });

  test("lets only one of two concurrent runs apply each migration (advisory lock)", async () => {
    const { url } = await scratch();
    const [a, b] = await Promise.all([applyMigrations(url, { migrationsDir: dir }), applyMigrations(url, { migrationsDir: dir })]);
    expect([...a.applied, ...b.applied]).toEqual(["20000101000000_first"]);
    expect((await migrationRows(url)).length).toBe(1);
  });

  test("refuses a database that has tables but no migration history", async () => {
    const { url } = await scratch();
    await query(url, 'CREATE TABLE "legacy" ("id" INTEGER)');
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/schema is not empty.*legacy/s);
    expect(await tableExists(url, "first")).toBe(false);
  });

  test("refuses migrations whose migration_lock.toml names another provider", async () => {
    await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "mysql"\n');
    const { url } = await scratch();
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/written for "mysql"/);
  });

  test("reports an unreachable database clearly, without its password", async () => {
    const error = await applyMigrations("postgresql://someone:secret@127.0.0.1:1/nowhere", { migrationsDir: dir }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/^Cannot connect to the database at postgresql:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: /);
    expect((error as Error).message).not.toContain("secret");
  });
});
