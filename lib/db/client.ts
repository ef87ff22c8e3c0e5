// The only PrismaClient of the app.
import "server-only";
import { markDatabaseDown } from "@/lib/db/availability";
import { describeConnectionError } from "@/lib/db/connection-errors";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { closeOnShutdown } from "@/lib/db/shutdown";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { db?: Database };

function createAppClient(): Database {
  const client = createPrismaClient(env.DATABASE_URL, { onConnectionFailure: (error) => markDatabaseDown(describeConnectionError(error)) });
  closeOnShutdown(() => client.$disconnect());
  return client;
}

// Cached on globalThis in production too: one pool per process, however the bundler splits
// the routes (and across hot reloads in development).
export const db = (globalForDb.db ??= createAppClient());
