// Builds a PrismaClient for a URL. Scripts and tests use this directly; the app
// goes through lib/db/client.ts, which adds the server-only guard and caching.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Database = InstanceType<typeof PrismaClient>;

export function createPrismaClient(connectionString: string | undefined, options: { max?: number } = {}): Database {
  const adapter = new PrismaPg({
    connectionString,
    max: options.max ?? 10,
    // Fail fast while the database is down, so pages can answer 503 instead of hanging.
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
