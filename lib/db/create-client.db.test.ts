import { afterEach, expect, inject, test } from "vitest";
import { createPrismaClient, type Database } from "./create-client";

let db: Database | null = null;
afterEach(async () => {
  await db?.$disconnect();
  db = null;
});

test("an interactive transaction waits for a busy pool longer than Prisma's default 2 s, then runs", async () => {
  db = createPrismaClient(inject("databaseUrl"), { max: 1 });
  const client = db;
  const holding = client.$transaction(async (tx) => tx.$queryRaw`SELECT 1 AS held FROM pg_sleep(4)`);
  await new Promise((resolve) => setTimeout(resolve, 200)); // the only connection is now taken
  const waited = await client.$transaction(async (tx) => tx.$queryRaw<Array<{ one: number }>>`SELECT 1 AS one`);
  expect(waited).toEqual([{ one: 1 }]);
  expect(await holding).toEqual([{ held: 1 }]);
});
