// Vitest globalSetup of the "integration" project: one fresh, migrated PostgreSQL database per run.
//
// - TEST_DATABASE_URL set: a database on that server (the URL may name any database there, e.g.
//   postgres) is created for the run and dropped afterwards.
// - Otherwise: an embedded PostgreSQL is started on a free port with its data in a new temp
//   folder; teardown stops it and deletes the folder.
//
// Tests get the database's URL as inject("databaseUrl") and process.env.DATABASE_URL, and the
// server's (for more databases, see test/database.ts) as inject("serverUrl").
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of this run's migrated database. */
    databaseUrl: string;
    /** URL of a maintenance database on the same server, for creating more databases. */
    serverUrl: string;
  }
}

/** `test_<timestamp>_<random>`: unique per run, and recognisable if a crashed run leaves one behind. */
export function uniqueDatabaseName(prefix = "test"): string {
  return `${prefix}_${Date.now()}_${randomBytes(4).toString("hex")}`;
}

/** The same server URL with another database name (keeps credentials and query parameters). */
export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function createDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    // FORCE (PostgreSQL 13+) ends sessions a test may have leaked.
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

interface Server {
  serverUrl: string;
  stop(): Promise<void>;
}

async function startServer(): Promise<Server> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { serverUrl: external, stop: async () => {} };

  const { findFreePort, makeTempDataDir, startEmbeddedDatabase } = await import("../lib/db/embedded");
  const temp = await makeTempDataDir("vitest-pg-");
  try {
    const server = await startEmbeddedDatabase({ dataDir: temp.dataDir, port: await findFreePort() });
    return {
      serverUrl: server.urlFor("postgres"),
      async stop() {
        await server.stop();
        await temp.remove();
      },
    };
  } catch (error) {
    await temp.remove();
    throw error;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  const database = uniqueDatabaseName();
  const databaseUrl = databaseUrlFor(server.serverUrl, database);
  try {
    await createDatabase(server.serverUrl, database);
    await applyMigrations(databaseUrl);
  } catch (error) {
    if (process.env.TEST_DATABASE_URL) await dropDatabase(server.serverUrl, database).catch(() => {});
    await server.stop();
    throw error;
  }
  project.provide("databaseUrl", databaseUrl);
  project.provide("serverUrl", server.serverUrl);
  process.env.DATABASE_URL = databaseUrl;

  return async () => {
    if (process.env.TEST_DATABASE_URL) await dropDatabase(server.serverUrl, database);
    await server.stop();
  };
}
