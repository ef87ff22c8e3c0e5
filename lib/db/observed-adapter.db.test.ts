import { afterEach, describe, expect, inject, test, vi } from "vitest";
import { findFreePort } from "./embedded";
import { createPrismaClient, type Database } from "./create-client";

const clients: Database[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
});

function client(url: string, onConnectionFailure: (error: unknown) => void): Database {
  const db = createPrismaClient(url, { max: 2, onConnectionFailure });
  clients.push(db);
  return db;
}

describe("a Prisma client with onConnectionFailure", () => {
  test("reports a refused connection, for queries and transactions alike, and still throws", async () => {
    const onFailure = vi.fn();
    const db = client(`postgresql://postgres:postgres@127.0.0.1:${await findFreePort()}/nothing`, onFailure);
    await expect(db.article.count()).rejects.toThrow();
    await expect(db.$transaction(async (tx) => tx.article.count())).rejects.toThrow();
    await expect(db.$queryRaw`SELECT 1`).rejects.toThrow();
    expect(onFailure).toHaveBeenCalledTimes(3);
  });

  test("does not report an error of the query itself", async () => {
    const onFailure = vi.fn();
    const db = client(inject("databaseUrl"), onFailure);
    await expect(db.$queryRaw`SELECT * FROM no_such_table`).rejects.toThrow();
    await expect(db.$transaction(async (tx) => tx.$queryRaw`SELECT 1/0`)).rejects.toThrow();
    expect(await db.article.count()).toBeGreaterThanOrEqual(0);
    expect(onFailure).not.toHaveBeenCalled();
  });
});
