// Which tables a backup holds, in the order a restore must insert them (every foreign key
// points at a table listed earlier), and which it leaves out on purpose.
import { Prisma } from "@/lib/generated/prisma/client";

export interface BackupTable {
  name: string;
  /** Primary-key columns: rows are read, written and checksummed in this order. */
  key: readonly string[];
  /** Has a SERIAL id whose sequence a restore must move past the restored ids. */
  hasSerialId: boolean;
}

export const BACKUP_TABLES: readonly BackupTable[] = [
  { name: "users", key: ["id"], hasSerialId: true },
  { name: "pages", key: ["id"], hasSerialId: true },
  { name: "people", key: ["id"], hasSerialId: true },
  { name: "topics", key: ["id"], hasSerialId: true },
  { name: "articles", key: ["id"], hasSerialId: true },
  { name: "article_revisions", key: ["id"], hasSerialId: true },
  { name: "article_officials", key: ["article_id", "person_id"], hasSerialId: false },
  { name: "article_bylines", key: ["article_id", "person_id"], hasSerialId: false },
  { name: "article_topics", key: ["article_id", "topic_id"], hasSerialId: false },
  { name: "audit_log", key: ["id"], hasSerialId: true },
];

/**
 * Tables deliberately not backed up, and why. A test fails when the schema gains a table
 * that is in neither list, so a new table cannot silently miss the backup.
 */
export const SKIPPED_TABLES: Readonly<Record<string, string>> = {
  sessions: "sign-ins are not content: after a restore everyone signs in again",
  login_attempts: "only feed the sign-in rate limit for 15 minutes",
  _prisma_migrations: "written by the migrator, which a restore runs first",
};

export const BACKUP_TABLE_NAMES = BACKUP_TABLES.map((table) => table.name);

/** The column holding each user's argon2 hash, left out of exports unless asked for. */
export const PASSWORD_HASH_COLUMN = "password_hash";

const IDENTIFIER = /^[a-z_]+$/;

// Table and column names cannot be query parameters. These come only from the constant list
// above, never from input, and are checked to be plain lower-case identifiers anyway.
function identifier(name: string): Prisma.Sql {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
}

export function tableSql(table: BackupTable): Prisma.Sql {
  return identifier(table.name);
}

/** `t.a, t.b`: the key columns for ORDER BY. */
export function keyListSql(table: BackupTable): Prisma.Sql {
  return Prisma.join(table.key.map((column) => Prisma.sql`t.${identifier(column)}`));
}

/** `(t.a, t.b)`: the key as a row value, for keyset paging. */
export function keyRowSql(table: BackupTable): Prisma.Sql {
  return Prisma.sql`(${keyListSql(table)})`;
}
