// A checksum over everything the archive holds: every row of every backed-up table, every
// column, in primary-key order, as PostgreSQL prints it. Two databases with equal checksums hold
// the same content, byte for byte; it is how a restore is proven complete.
import { createHash } from "node:crypto";
import type { Database } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { readTableRows } from "./read-rows";
import { BACKUP_TABLES, PASSWORD_HASH_COLUMN } from "./tables";

export interface TableChecksum {
  rows: number;
  sha256: string;
}

export interface ContentChecksum {
  /** Over the tables' checksums, in backup order. */
  sha256: string;
  tables: Record<string, TableChecksum>;
}

export interface ChecksumOptions {
  /** Off by default: an export without hashes restores accounts with a placeholder instead. */
  includePasswordHashes?: boolean;
}

const CHECKSUM_TRANSACTION = { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 60 * 60_000, maxWait: 30_000 };

export async function contentChecksum(db: Database, options: ChecksumOptions = {}): Promise<ContentChecksum> {
  return db.$transaction(async (tx) => {
    const tables: Record<string, TableChecksum> = {};
    const total = createHash("sha256");
    for (const table of BACKUP_TABLES) {
      const hash = createHash("sha256");
      let rows = 0;
      for await (const rowText of readTableRows(tx, table)) {
        let text = rowText;
        if (table.name === "users" && !options.includePasswordHashes) {
          const row = JSON.parse(rowText) as Record<string, unknown>;
          delete row[PASSWORD_HASH_COLUMN];
          text = JSON.stringify(row);
        }
        hash.update(text, "utf8").update("\n");
        rows += 1;
      }
      const sha256 = hash.digest("hex");
      tables[table.name] = { rows, sha256 };
      total.update(`${table.name} ${rows} ${sha256}\n`);
    }
    return { sha256: total.digest("hex"), tables };
  }, CHECKSUM_TRANSACTION);
}
