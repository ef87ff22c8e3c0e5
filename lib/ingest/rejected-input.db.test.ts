// A rejected file writes nothing: not into an empty archive, not into one full of pages and
// editors' changes, not even when it carries the name of a page already stored.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { emptyArchive, fillArchive } from "@/lib/backup/__fixtures__/archive";
import { contentChecksum } from "@/lib/backup/checksum";
import { countRows } from "@/lib/backup/read-rows";
import { BACKUP_TABLES } from "@/lib/backup/tables";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { MAX_PAGE_BYTES } from "./decode";
import { importPageFiles } from "./import-files";
import { readSeedManifest } from "./manifest";

vi.mock("server-only", () => ({}));

let db: Database;
let dir: string;

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
  await fillArchive(db);
  dir = await mkdtemp(path.join(tmpdir(), "rejected-input-"));
}, 60_000);

afterAll(async () => {
  await emptyArchive(db);
  await db.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe("importing files the ingest rejects", () => {
  it("rejects binary, oversized, undecodable and article-less files, each with its reason, and writes nothing", async () => {
    const [seed] = await readSeedManifest();
    if (!seed) throw new Error("no seed page");
    const seedBytes = await readFile(seed.file);
    const files = [
      { file: await write("binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])), reason: "binary" },
      { file: await write("oversized.txt", Buffer.concat([seedBytes, Buffer.alloc(MAX_PAGE_BYTES, "会".charCodeAt(0) & 0x7f)])), reason: "more than the limit" },
      { file: await write("undecodable.txt", new Uint8Array([0xe4, 0xbc, 0x9a, 0xff, 0xfe, 0x81, 0x20, 0xc3])), reason: "neither valid UTF-8 nor valid GB18030" },
      { file: await write("no-article.txt", "永康日报\n\n今日天气 晴 18—26℃\n\n第二版 要闻\n"), reason: "no recognisable article" },
      { file: await write("no-article-gb18030.txt", iconv.encode("这一页只有几行字。\n\n没有署名。\n", "gb18030")), reason: "no recognisable article" },
      // The name of a page already stored: rejected content must not replace or delete it.
      { file: await write(path.basename(seed.file), new Uint8Array([0, 1, 2, 3])), reason: "binary" },
    ];
    const before = await contentChecksum(db, { includePasswordHashes: true });
    const countsBefore = await countRows(db, BACKUP_TABLES);

    const summary = await importPageFiles(db, files.map(({ file }) => ({ file, date: seed.date })));

    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 0, rejected: files.length });
    summary.results.forEach((result, i) => {
      expect(result).toMatchObject({ outcome: "rejected", reason: expect.stringContaining(path.basename(files[i]!.file)) });
      if (result.outcome === "rejected") expect(result.reason).toContain(files[i]!.reason);
    });
    expect(await countRows(db, BACKUP_TABLES)).toEqual(countsBefore);
    expect(await contentChecksum(db, { includePasswordHashes: true })).toEqual(before);
  });
});
