import { createServer, type Server, type Socket } from "node:net";
import pg from "pg";
import { afterEach, describe, expect, inject, test } from "vitest";
import { isConnectionError } from "./connection-errors";
import { poolConfig } from "./pool-config";

const pools: pg.Pool[] = [];
let silentServer: Server | null = null;
const accepted: Socket[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
  for (const socket of accepted.splice(0)) socket.destroy();
  await new Promise((resolve) => (silentServer ? silentServer.close(resolve) : resolve(undefined)));
  silentServer = null;
});

function makePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool(poolConfig({ connectionString, max: 1, connectTimeoutMillis: 300, poolWaitTimeoutMillis: 10_000, idleTimeoutMillis: 1_000 }));
  pool.on("error", () => {});
  pools.push(pool);
  return pool;
}

describe("the app's pool settings", () => {
  test("a query waits for a busy pool longer than the connect timeout, then runs", async () => {
    const pool = makePool(inject("databaseUrl"));
    const busy = await pool.connect();
    const waiting = pool.query("SELECT 42 AS answer");
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // longer than the 300 ms connect timeout
    busy.release();
    expect((await waiting).rows).toEqual([{ answer: 42 }]);
  });

  test("a server that accepts but never answers fails at the connect timeout, as an outage", async () => {
    silentServer = createServer((socket) => accepted.push(socket)).listen(0, "127.0.0.1");
    await new Promise((resolve) => silentServer!.once("listening", resolve));
    const address = silentServer.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const pool = makePool(`postgresql://postgres:postgres@127.0.0.1:${port}/x`);
    const error: unknown = await pool.query("SELECT 1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    // Not pg-pool's "timeout exceeded when trying to connect", which would mean a busy pool.
    expect(isConnectionError(error)).toBe(true);
  });
});
