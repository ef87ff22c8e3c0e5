// A throwaway embedded PostgreSQL for the reliability scripts: its own temp folder and a free
// port, one migrated database, everything removed by stop().
import { findFreePort, makeTempDataDir, startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";

export interface ThrowawayServer {
  /** URL of a new, migrated database on this server. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startThrowawayServer(prefix: string): Promise<ThrowawayServer> {
  const temp = await makeTempDataDir(`${prefix}-`);
  const server = await startEmbeddedDatabase({ dataDir: temp.dataDir, port: await findFreePort() }).catch(async (error: unknown) => {
    await temp.remove();
    throw error;
  });
  return {
    async createDatabase(name) {
      await server.ensureDatabase(name);
      await applyMigrations(server.urlFor(name));
      return server.urlFor(name);
    },
    async stop() {
      await server.stop();
      await temp.remove();
    },
  };
}
