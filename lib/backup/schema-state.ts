// What a backup needs to know about the database it reads or fills: the schema's last
// migration and whether any content is there yet.
import type { Prisma } from "@/lib/generated/prisma/client";
import { countRows } from "./read-rows";
import { BACKUP_TABLES } from "./tables";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

/** The last migration applied (and not rolled back), or null for a database without one. */
export async function latestMigration(db: Reader): Promise<string | null> {
  const [exists] = await db.$queryRaw<[{ present: boolean }]>`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`;
  if (!exists.present) return null;
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
     ORDER BY migration_name DESC LIMIT 1`;
  return rows[0]?.name ?? null;
}

/** Tables of the backup that hold rows, with their counts (empty object: no content at all). */
export async function nonEmptyTables(db: Reader): Promise<Record<string, number>> {
  const counts = await countRows(db, BACKUP_TABLES);
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
}
