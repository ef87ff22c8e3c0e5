// Builds a PrismaClient for a URL. Scripts and tests use this directly; the app
// goes through lib/db/client.ts, which adds the server-only guard, caching and outage tracking.
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPgAdapter, type ConnectionFailureListener } from "./observed-adapter";
import { poolConfig } from "./pool-config";

export type Database = InstanceType<typeof PrismaClient>;

const POOL_WAIT_TIMEOUT_MS = 20_000;

export interface CreateClientOptions {
  max?: number;
  /** Called with each error that means the database is unreachable (see connection-errors.ts). */
  onConnectionFailure?: ConnectionFailureListener;
}

export function createPrismaClient(connectionString: string | undefined, options: CreateClientOptions = {}): Database {
  const pool = poolConfig({
    connectionString,
    max: options.max ?? 10,
    // A server that does not answer fails a request within 3 s, and from then on proxy.ts
    // answers 503 at once (lib/db/availability.ts). A busy pool is load, not an outage:
    // queries wait for a free connection up to 20 s rather than failing the page.
    connectTimeoutMillis: 3_000,
    poolWaitTimeoutMillis: POOL_WAIT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({
    adapter: createPgAdapter(pool, options.onConnectionFailure),
    // Prisma's own defaults (2 s to get a connection, 5 s to finish) failed searches with P2028
    // whenever the pool was busy for a moment. Callers with heavy work still pass their own.
    transactionOptions: { maxWait: POOL_WAIT_TIMEOUT_MS, timeout: 20_000 },
  });
}
