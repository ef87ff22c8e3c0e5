// Loads an export file into an empty database of the same schema, in one transaction: ids are
// kept, sequences moved past them, search vectors restored as exported (rebuilt where the export
// has none). Anything wrong with the file (damaged line, cut-off end, wrong counts or digest)
// throws RestoreError and rolls everything back.
import type { Database } from "@/lib/db/create-client";
import { type Prisma } from "@/lib/generated/prisma/client";
import { reindexArticles } from "@/lib/search/reindex";
import { RestoreError } from "./errors";
import { LineDigest, parseBodyLine, parseHeader, rowColumns, type ExportFooter, type ExportHeader, type RowLine } from "./format";
import { latestMigration, nonEmptyTables } from "./schema-state";
import { BACKUP_TABLES, BACKUP_TABLE_NAMES, PASSWORD_HASH_COLUMN, tableSql, type BackupTable } from "./tables";

type Tx = Prisma.TransactionClient;

/** Stored for accounts restored without their hash: not a PHC string, so no password matches it. */
export const NO_PASSWORD_HASH = "!restored-without-password";

const RESTORE_TRANSACTION = { timeout: 60 * 60_000, maxWait: 30_000 };
// Prisma keeps about the last hundred raw queries' parameters alive: small batches keep that small.
const INSERT_BATCH_ROWS = 500;
const INSERT_BATCH_CHARS = 1_000_000;
/** Serialises restores: two at once into the same empty database would both pass the check. */
const RESTORE_LOCK_KEY = 72707370;

export interface RestoreOptions {
  onProgress?: (table: string, done: number, total: number) => void;
}

export interface RestoreResult {
  header: ExportHeader;
  counts: Record<string, number>;
  /** Articles whose search vector was rebuilt because the export had none. */
  reindexed: number;
}

/** The export must come from this schema: same tables, same last migration. */
async function checkTarget(db: Database, header: ExportHeader): Promise<void> {
  if (header.tables.join() !== BACKUP_TABLE_NAMES.join()) {
    throw new RestoreError("WRONG_MIGRATION", `the export holds the tables ${header.tables.join(", ")}; this version of the app restores ${BACKUP_TABLE_NAMES.join(", ")}`);
  }
  const migration = await latestMigration(db);
  if (migration !== header.migration) {
    throw new RestoreError(
      "WRONG_MIGRATION",
      `the export was made at migration ${header.migration}, but this database is at ${migration ?? "no migration"}. ` +
        "Restore with the version of the app that made the export (same migrations), then upgrade with npm run db:migrate.",
    );
  }
}

function assertEmpty(counts: Record<string, number>): void {
  const held = Object.entries(counts);
  if (held.length === 0) return;
  throw new RestoreError(
    "NOT_EMPTY",
    `the database is not empty (${held.map(([table, count]) => `${table}: ${count}`).join(", ")}). ` +
      "A restore only goes into an empty database, so that nothing in it is overwritten or mixed: restore into a new database " +
      "(another DATABASE_URL, or move .data/postgres away while the app is stopped).",
  );
}

async function columnsOf(tx: Tx, table: BackupTable): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ name: string }[]>`
    SELECT column_name::text AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = ${table.name}`;
  return new Set(rows.map((row) => row.name));
}

function withPlaceholderHash(rowText: string): string {
  const row = JSON.parse(rowText) as Record<string, unknown>;
  if (row[PASSWORD_HASH_COLUMN] === null) row[PASSWORD_HASH_COLUMN] = NO_PASSWORD_HASH;
  return JSON.stringify(row);
}

async function insertRows(tx: Tx, table: BackupTable, rowTexts: string[]): Promise<void> {
  if (rowTexts.length === 0) return;
  try {
    await tx.$executeRaw`INSERT INTO ${tableSql(table)} SELECT * FROM json_populate_recordset(NULL::${tableSql(table)}, ${`[${rowTexts.join(",")}]`}::json)`;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error);
    throw new RestoreError("CORRUPT", `rows of ${table.name} could not be stored (${reason})`);
  }
}

async function resetSequences(tx: Tx): Promise<void> {
  for (const table of BACKUP_TABLES.filter((candidate) => candidate.hasSerialId)) {
    await tx.$executeRaw`SELECT setval(pg_get_serial_sequence(${table.name}, 'id'), (SELECT COALESCE(max(id), 0) + 1 FROM ${tableSql(table)}), false)`;
  }
}

async function reindexMissingVectors(tx: Tx): Promise<number> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM articles WHERE search_vector IS NULL ORDER BY id`;
  const ids = rows.map((row) => row.id);
  for (let i = 0; i < ids.length; i += 500) await reindexArticles(tx, ids.slice(i, i + 500));
  return ids.length;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  return BACKUP_TABLE_NAMES.every((name) => (a[name] ?? 0) === (b[name] ?? 0)) && Object.keys(a).every((name) => BACKUP_TABLE_NAMES.includes(name)) && Object.keys(b).every((name) => BACKUP_TABLE_NAMES.includes(name));
}

async function loadRows(tx: Tx, header: ExportHeader, lines: AsyncIterator<string>, options: RestoreOptions): Promise<Record<string, number>> {
  const columns = new Map<string, Set<string>>();
  for (const table of BACKUP_TABLES) columns.set(table.name, await columnsOf(tx, table));
  const counts: Record<string, number> = Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, 0]));
  const digest = new LineDigest();
  let tableIndex = 0;
  let batch: string[] = [];
  let batchChars = 0;
  let footer: ExportFooter | null = null;
  let lineNumber = 1;

  const flush = async () => {
    const table = BACKUP_TABLES[tableIndex] as BackupTable;
    await insertRows(tx, table, batch);
    batch = [];
    batchChars = 0;
    options.onProgress?.(table.name, counts[table.name] ?? 0, header.counts[table.name] ?? 0);
  };

  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    lineNumber += 1;
    const text = next.value;
    if (footer !== null) {
      if (text.trim() === "") continue;
      throw new RestoreError("CORRUPT", `line ${lineNumber} follows the end line`);
    }
    const parsed = parseBodyLine(text, lineNumber);
    if (parsed.kind === "end") {
      footer = parsed.footer;
      continue;
    }
    const row: RowLine = parsed.line;
    const index = BACKUP_TABLE_NAMES.indexOf(row.table);
    if (index === -1) throw new RestoreError("CORRUPT", `line ${lineNumber}: a row of an unknown table ${row.table}`);
    if (index < tableIndex) throw new RestoreError("CORRUPT", `line ${lineNumber}: a row of ${row.table} after the rows of ${BACKUP_TABLE_NAMES[tableIndex]}`);
    if (index > tableIndex) {
      await flush();
      tableIndex = index;
    }
    const table = BACKUP_TABLES[tableIndex] as BackupTable;
    // The first row of each table shows the export's columns; the sha256 vouches for the rest.
    if ((counts[table.name] ?? 0) === 0) {
      const found = rowColumns(row.rowText, lineNumber);
      const expected = columns.get(table.name) ?? new Set();
      if (found.length !== expected.size || !found.every((column) => expected.has(column))) {
        throw new RestoreError("CORRUPT", `line ${lineNumber}: a row of ${table.name} with the columns ${found.join(", ")}; the table has ${[...expected].join(", ")}`);
      }
    }
    digest.add(text);
    const rowText = table.name === "users" && !header.hasPasswordHashes ? withPlaceholderHash(row.rowText) : row.rowText;
    batch.push(rowText);
    batchChars += rowText.length;
    counts[table.name] = (counts[table.name] ?? 0) + 1;
    if (batch.length >= INSERT_BATCH_ROWS || batchChars >= INSERT_BATCH_CHARS) await flush();
  }
  await flush();

  if (footer === null) throw new RestoreError("TRUNCATED", `the file ends after line ${lineNumber} without its end line: it was cut off`);
  if (!sameCounts(counts, header.counts) || !sameCounts(footer.counts, header.counts)) {
    throw new RestoreError("CORRUPT", `the file holds ${describeCounts(counts)}, but its header announces ${describeCounts(header.counts)}`);
  }
  if (digest.hex() !== footer.sha256) throw new RestoreError("CORRUPT", "the rows do not match the checksum in the end line: the file was altered or damaged");
  return counts;
}

const describeCounts = (counts: Record<string, number>) => BACKUP_TABLE_NAMES.map((name) => `${counts[name] ?? 0} ${name}`).join(", ");

/** Restores an export, given its lines (without "\n"); the database must be migrated and empty. */
export async function restoreDatabase(db: Database, source: AsyncIterable<string>, options: RestoreOptions = {}): Promise<RestoreResult> {
  const lines = source[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = parseHeader(first.done ? undefined : first.value);
  await checkTarget(db, header);
  assertEmpty(await nonEmptyTables(db));

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RESTORE_LOCK_KEY})`;
    assertEmpty(await nonEmptyTables(tx));
    const counts = await loadRows(tx, header, lines, options);
    await resetSequences(tx);
    const reindexed = await reindexMissingVectors(tx);
    return { header, counts, reindexed };
  }, RESTORE_TRANSACTION);
}
