// For integration tests (*.db.test.ts) that need an empty database of their own besides the
// shared migrated one (inject("databaseUrl")): created on the same server, dropped by drop().
import { inject } from "vitest";
import { createDatabase, databaseUrlFor, dropDatabase, uniqueDatabaseName } from "./global-setup";

export interface ScratchDatabase {
  /** Connection URL of the new, empty database. */
  url: string;
  /** Drops the database, ending any session still connected to it. */
  drop(): Promise<void>;
}

export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const serverUrl = inject("serverUrl");
  const name = uniqueDatabaseName("scratch");
  await createDatabase(serverUrl, name);
  return { url: databaseUrlFor(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
