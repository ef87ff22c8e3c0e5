// Writes the whole archive as an export file (see format.ts), read in one REPEATABLE READ
// snapshot: the file is consistent even while editors keep working.
import type { Database } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { footerLine, headerLine, LineDigest, rowLine, EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportFooter, type ExportHeader } from "./format";
import { countRows, readTableRows } from "./read-rows";
import { latestMigration } from "./schema-state";
import { BACKUP_TABLES, BACKUP_TABLE_NAMES, PASSWORD_HASH_COLUMN } from "./tables";

/** A long export must not be cut off by Prisma's 5 s default; one hour covers millions of rows. */
const EXPORT_TRANSACTION = { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 60 * 60_000, maxWait: 30_000 };

export interface ExportOptions {
  /** Receives each line without its "\n"; awaited, so a slow disk slows the reading down. */
  write: (line: string) => Promise<void> | void;
  /** Include users' argon2 hashes (off: restored accounts cannot sign in until reset). */
  includePasswordHashes?: boolean;
  onProgress?: (table: string, done: number, total: number) => void;
  now?: Date;
}

export interface ExportResult {
  header: ExportHeader;
  footer: ExportFooter;
}

function withoutPasswordHash(rowText: string): string {
  const row = JSON.parse(rowText) as Record<string, unknown>;
  row[PASSWORD_HASH_COLUMN] = null;
  return JSON.stringify(row);
}

export async function exportDatabase(db: Database, options: ExportOptions): Promise<ExportResult> {
  const includePasswordHashes = options.includePasswordHashes ?? false;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET TRANSACTION READ ONLY`;
    const migration = await latestMigration(tx);
    if (migration === null) throw new Error("the database has no applied migration: there is nothing to export");
    const counts = await countRows(tx, BACKUP_TABLES);
    const header: ExportHeader = {
      kind: "header", format: EXPORT_FORMAT, version: EXPORT_FORMAT_VERSION, migration,
      exportedAt: (options.now ?? new Date()).toISOString(), hasPasswordHashes: includePasswordHashes,
      tables: BACKUP_TABLE_NAMES, counts,
    };
    await options.write(headerLine(header));

    const digest = new LineDigest();
    for (const table of BACKUP_TABLES) {
      const total = counts[table.name] ?? 0;
      let done = 0;
      for await (const rowText of readTableRows(tx, table)) {
        const text = table.name === "users" && !includePasswordHashes ? withoutPasswordHash(rowText) : rowText;
        const line = rowLine(table.name, text);
        digest.add(line);
        await options.write(line);
        done += 1;
        if (done % 1000 === 0) options.onProgress?.(table.name, done, total);
      }
      // The snapshot cannot change under us; a difference would be a bug in the paging.
      if (done !== total) throw new Error(`read ${done} rows of ${table.name} but counted ${total}`);
      options.onProgress?.(table.name, done, total);
    }
    const footer: ExportFooter = { kind: "end", counts, sha256: digest.hex() };
    await options.write(footerLine(footer));
    return { header, footer };
  }, EXPORT_TRANSACTION);
}
