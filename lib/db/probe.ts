// One cheap round trip on a fresh connection: is the database reachable right now?
// Used by proxy.ts while the app believes the database is down; never on a healthy request.
import pg from "pg";

const PROBE_TIMEOUT_MS = 1_000;

export async function probeDatabase(connectionString: string | undefined): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  // A connection the server drops after connecting reports here, not as a rejected call.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
