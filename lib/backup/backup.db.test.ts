// Backup and restore end to end: export the test database, restore it into a second,
// freshly started PostgreSQL server, and compare everything. Damaged exports and non-empty
// targets are refused and write nothing.
import { readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { resetUserPassword } from "@/lib/auth/reset-password";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { findFreePort, makeTempDataDir, startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { createScratchDatabase, type ScratchDatabase } from "@/test/database";
import { AWKWARD_TITLE, emptyArchive, fillArchive, type FilledArchive } from "./__fixtures__/archive";
import { contentChecksum } from "./checksum";
import { type RestoreError } from "./errors";
import { exportToFile, restoreFromFile } from "./files";
import { countRows } from "./read-rows";
import { NO_PASSWORD_HASH } from "./restore";
import { nonEmptyTables } from "./schema-state";
import { BACKUP_TABLES, BACKUP_TABLE_NAMES, SKIPPED_TABLES } from "./tables";

vi.mock("server-only", () => ({}));

let source: Database;
let archive: FilledArchive;
let tmp: string;
let secondServer: EmbeddedDatabase;
let removeSecondServer: () => Promise<void>;
const clients: Database[] = [];

/** A migrated, empty database on the second server. */
async function freshDatabaseOnSecondServer(name: string): Promise<Database> {
  await secondServer.ensureDatabase(name);
  await applyMigrations(secondServer.urlFor(name));
  const client = createPrismaClient(secondServer.urlFor(name), { max: 2 });
  clients.push(client);
  return client;
}

beforeAll(async () => {
  source = createPrismaClient(inject("databaseUrl"), { max: 2 });
  archive = await fillArchive(source);
  tmp = await mkdtemp(path.join(tmpdir(), "backup-test-"));
  const temp = await makeTempDataDir("backup-restore-pg-");
  removeSecondServer = temp.remove;
  secondServer = await startEmbeddedDatabase({ dataDir: temp.dataDir, port: await findFreePort() });
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  await secondServer?.stop();
  await removeSecondServer?.();
  await emptyArchive(source);
  await source.$disconnect();
  await rm(tmp, { recursive: true, force: true });
});

describe("export and restore into a fresh PostgreSQL server", () => {
  it("restores every row: identical row counts and an identical checksum over all content", async () => {
    const file = path.join(tmp, "with-hashes.jsonl");
    const { header } = await exportToFile(source, file, { includePasswordHashes: true });
    const sourceCounts = await countRows(source, BACKUP_TABLES);
    expect(header.counts).toEqual(sourceCounts);
    for (const name of BACKUP_TABLE_NAMES) expect(sourceCounts[name], name).toBeGreaterThan(0);

    const target = await freshDatabaseOnSecondServer("restored_full");
    const result = await restoreFromFile(target, file);
    expect(result.counts).toEqual(sourceCounts);
    expect(result.reindexed).toBe(0);

    expect(await countRows(target, BACKUP_TABLES)).toEqual(sourceCounts);
    const [before, after] = await Promise.all([contentChecksum(source, { includePasswordHashes: true }), contentChecksum(target, { includePasswordHashes: true })]);
    expect(after).toEqual(before);
    expect(await target.article.count({ where: { title: AWKWARD_TITLE } })).toBe(1);
    // Sessions and sign-in attempts are not content: nobody is signed in after a restore.
    expect(await target.session.count()).toBe(0);
    expect(await target.loginAttempt.count()).toBe(0);
  });

  it("moves the id sequences past the restored rows, so new pages and articles can be added", async () => {
    const target = createPrismaClient(secondServer.urlFor("restored_full"), { max: 1 });
    clients.push(target);
    const maxPage = await target.page.aggregate({ _max: { id: true } });
    const page = await target.page.create({ data: { date: new Date("2030-01-01"), fileName: "after-restore.txt", rawText: "x", contentHash: "x" } });
    expect(page.id).toBe((maxPage._max.id ?? 0) + 1);
    const user = await target.user.create({ data: { email: "new@example.com", passwordHash: "x", role: "editor" } });
    expect(user.id).toBeGreaterThan(archive.editor.id);
  });

  it("leaves password hashes out unless asked: restored accounts cannot sign in until their password is reset", async () => {
    const file = path.join(tmp, "without-hashes.jsonl");
    const { header } = await exportToFile(source, file);
    expect(header.hasPasswordHashes).toBe(false);
    expect(await readFile(file, "utf8")).not.toContain("$argon2");

    const target = await freshDatabaseOnSecondServer("restored_no_hashes");
    await restoreFromFile(target, file);
    const [before, after] = await Promise.all([contentChecksum(source), contentChecksum(target)]);
    expect(after).toEqual(before);

    const restored = await target.user.findUniqueOrThrow({ where: { email: archive.editor.email } });
    expect(restored.passwordHash).toBe(NO_PASSWORD_HASH);
    expect(await verifyPassword(restored.passwordHash, archive.editor.password)).toBe(false);
    await resetUserPassword(target, { email: archive.editor.email, password: "a new password 123", actorId: null });
    const reset = await target.user.findUniqueOrThrow({ where: { email: archive.editor.email } });
    expect(await verifyPassword(reset.passwordHash, "a new password 123")).toBe(true);
  });

  it("refuses a database that already holds content and changes nothing in it", async () => {
    const file = path.join(tmp, "with-hashes.jsonl");
    const before = await contentChecksum(source, { includePasswordHashes: true });
    await expect(restoreFromFile(source, file)).rejects.toMatchObject({ code: "NOT_EMPTY", message: expect.stringContaining("not empty") });
    expect(await contentChecksum(source, { includePasswordHashes: true })).toEqual(before);
  });
});

describe("a damaged export", () => {
  let scratch: ScratchDatabase;
  let target: Database;
  let lines: string[];

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await applyMigrations(scratch.url);
    target = createPrismaClient(scratch.url, { max: 2 });
    lines = (await readFile(path.join(tmp, "with-hashes.jsonl"), "utf8")).trimEnd().split("\n");
  });
  afterAll(async () => {
    await target.$disconnect();
    await scratch.drop();
  });

  const articleLine = () => lines.findIndex((line) => line.startsWith('{"table":"articles"'));
  const variants: [string, () => string, RestoreError["code"]][] = [
    ["cut off in the middle of a line", () => lines.join("\n").slice(0, Math.floor(lines.join("\n").length * 0.6)), "CORRUPT"],
    ["cut off between two lines (no end line)", () => lines.slice(0, -3).join("\n"), "TRUNCATED"],
    ["missing one row in the middle", () => lines.filter((_, i) => i !== articleLine()).join("\n"), "CORRUPT"],
    ["with one character of an article changed", () => lines.map((line, i) => (i === articleLine() ? line.replace("市", "县") : line)).join("\n"), "CORRUPT"],
    ["with a column missing from a later row", () => lines.map((line, i) => (i === articleLine() + 1 ? line.replace(/"kicker":(null|"(?:[^"\\]|\\.)*"),/, "") : line)).join("\n"), "CORRUPT"],
    ["with a row of the wrong shape", () => lines.map((line, i) => (i === articleLine() ? '{"table":"articles","row":{"id":"x"}}' : line)).join("\n"), "CORRUPT"],
    ["with rows out of table order", () => [lines[0], ...lines.slice(1, -1).reverse(), lines.at(-1)].join("\n"), "CORRUPT"],
    ["that is not an export at all", () => "本报讯 这不是导出文件\n", "NOT_AN_EXPORT"],
    ["that is empty", () => "", "NOT_AN_EXPORT"],
  ];

  it.each(variants)("is refused when %s, and nothing is written", async (_label, make, code) => {
    const file = path.join(tmp, `damaged-${code}-${Math.random().toString(36).slice(2)}.jsonl`);
    await writeFile(file, make());
    await expect(restoreFromFile(target, file)).rejects.toMatchObject({ name: "RestoreError", code });
    expect(await nonEmptyTables(target)).toEqual({});
  });

  it("is refused when made at another migration", async () => {
    const header = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
    const file = path.join(tmp, "other-migration.jsonl");
    await writeFile(file, [JSON.stringify({ ...header, migration: "20200101000000_older" }), ...lines.slice(1)].join("\n"));
    await expect(restoreFromFile(target, file)).rejects.toMatchObject({ code: "WRONG_MIGRATION", message: expect.stringContaining("20200101000000_older") });
    expect(await nonEmptyTables(target)).toEqual({});
  });

  it("still restores once the file is whole (the refusals above were about the file)", async () => {
    await restoreFromFile(target, path.join(tmp, "with-hashes.jsonl"));
    expect(await contentChecksum(target, { includePasswordHashes: true })).toEqual(await contentChecksum(source, { includePasswordHashes: true }));
  });
});

describe("the list of backed-up tables", () => {
  it("covers every table of the schema, apart from those skipped on purpose", async () => {
    const rows = await source.$queryRaw<{ name: string }[]>`
      SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
    const missing = rows.map((row) => row.name).filter((name) => !BACKUP_TABLE_NAMES.includes(name) && !(name in SKIPPED_TABLES));
    expect(missing).toEqual([]);
  });
});
