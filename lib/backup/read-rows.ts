// Reads a table's rows in primary-key order, a batch at a time (keyset paging, so memory stays
// flat at any size), each as PostgreSQL's own JSON text of the whole row: every column, with
// no column list to keep up to date and no lossy conversion through JavaScript types.
import { Prisma } from "@/lib/generated/prisma/client";
import { keyListSql, keyRowSql, tableSql, type BackupTable } from "./tables";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

const READ_BATCH_SIZE = 500;

export async function* readTableRows(db: Reader, table: BackupTable, batchSize = READ_BATCH_SIZE): AsyncGenerator<string> {
  let after: number[] | null = null;
  for (;;) {
    const where: Prisma.Sql = after === null ? Prisma.empty : Prisma.sql`WHERE ${keyRowSql(table)} > (${Prisma.join(after.map((value) => Prisma.sql`${value}::int`))})`;
    const rows: { row: string; key: number[] }[] = await db.$queryRaw`
      SELECT row_to_json(t)::text AS row, ARRAY[${keyListSql(table)}] AS key
        FROM ${tableSql(table)} AS t
        ${where}
       ORDER BY ${keyListSql(table)}
       LIMIT ${batchSize}`;
    for (const { row } of rows) yield row;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]?.key ?? null;
  }
}

/** Row counts of the backed-up tables, in backup order. */
export async function countRows(db: Reader, tables: readonly BackupTable[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [result] = await db.$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count FROM ${tableSql(table)}`;
    counts[table.name] = result.count;
  }
  return counts;
}
