// The only PrismaClient of the app.
import "server-only";
import { createPrismaClient } from "@/lib/db/create-client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createPrismaClient> };

export const db = globalForDb.db ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.db = db;
