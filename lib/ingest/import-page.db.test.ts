import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { importPageFile, importPageFiles } from "./import-files";
import { readSeedManifest } from "./manifest";

let db: Database;
let tmpDir: string;

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
  tmpDir = await mkdtemp(path.join(tmpdir(), "import-test-"));
});
afterAll(async () => {
  await db.$disconnect();
  await rm(tmpDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people RESTART IDENTITY CASCADE`;
});

async function counts() {
  return { pages: await db.page.count(), articles: await db.article.count(), revisions: await db.articleRevision.count() };
}

async function writeVariant(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(tmpDir, name);
  await writeFile(file, content);
  return file;
}

describe("importing pages", () => {
  it("stores the five seed pages with their fourteen articles and a first revision each", async () => {
    const summary = await importPageFiles(db, await readSeedManifest());
    expect(summary).toMatchObject({ created: 5, updated: 0, unchanged: 0, rejected: 0 });
    expect(await counts()).toEqual({ pages: 5, articles: 14, revisions: 14 });

    const page = await db.page.findFirstOrThrow({ where: { fileName: "002_6ac7b1a4b5ec4ac0.txt" }, include: { articles: { orderBy: { position: "asc" } } } });
    const raw = await readFile(path.join("seeds/pages", page.fileName), "utf8");
    expect(page.rawText).toBe(raw.replace(/\r\n?/g, "\n"));
    expect(page.articles.map((article) => article.kind)).toEqual(["news", "news", "commentary"]);
    for (const article of page.articles) {
      expect(article.spanStart).not.toBeNull();
      expect(page.rawText.slice(article.spanStart ?? 0, article.spanEnd ?? 0).length).toBeGreaterThan(100);
    }
  });

  it("links the officials named and the journalists credited, keeping them apart", async () => {
    await importPageFiles(db, await readSeedManifest());
    const article = await db.article.findFirstOrThrow({
      where: { title: "着力实现依法治网与以德润网有机统一" },
      include: { officials: { orderBy: { position: "asc" }, include: { person: true } }, authors: { include: { person: true } } },
    });
    const secretary = article.officials.find((official) => official.person.name === "章旭升");
    expect(secretary).toMatchObject({ titles: ["市委书记", "市委网络安全和信息化委员会主任"], jurisdiction: "永康" });
    expect(article.officials.map((official) => official.person.name)).toEqual(expect.arrayContaining(["张群环", "周启标", "朱茂均"]));
    expect(article.authors.map((author) => [author.person.name, author.person.kind, author.role])).toEqual([["陈晓苏", "journalist", "融媒首席记者"]]);

    const journalists = await db.person.findMany({ where: { kind: "journalist" }, select: { name: true }, orderBy: { name: "asc" } });
    expect(journalists.map((person) => person.name).sort()).toEqual(["卢斌", "张赤奎", "楼盼", "盛游", "陈晓苏"].sort());
    expect(await db.person.count({ where: { kind: "official", name: { in: journalists.map((person) => person.name) } } })).toBe(0);
  });

  it("changes nothing when the same pages are imported again", async () => {
    const manifest = await readSeedManifest();
    await importPageFiles(db, manifest);
    const before = await db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true, version: true } });

    const again = await importPageFiles(db, manifest);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5, rejected: 0 });
    expect(await counts()).toEqual({ pages: 5, articles: 14, revisions: 14 });
    expect(await db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true, version: true } })).toEqual(before);
  });

  it("updates a changed page's articles and keeps the previous version as a revision", async () => {
    const [first] = await readSeedManifest();
    if (!first) throw new Error("empty manifest");
    await importPageFile(db, first);
    const original = await readFile(first.file, "utf8");
    const corrected = original.replace("舆情管控", "舆情管理");
    expect(corrected).not.toBe(original);
    const file = await writeVariant(path.basename(first.file), corrected);

    const result = await importPageFile(db, { file, date: first.date });
    expect(result.outcome).toBe("updated");
    const changed = await db.article.findFirstOrThrow({ where: { body: { contains: "舆情管理" } }, include: { revisions: { orderBy: { version: "asc" } } } });
    expect(changed.version).toBe(2);
    expect(changed.revisions.map((revision) => revision.version)).toEqual([1, 2]);
    expect(JSON.stringify(changed.revisions[0]?.snapshot)).toContain("舆情管控");
    // The page's other articles did not change, so they keep their first version.
    expect(await db.article.count({ where: { version: 1 } })).toBe(2);
  });

  it("rejects empty and binary files with a reason naming the file and writes nothing", async () => {
    const empty = await writeVariant("empty.txt", "  \n\n ");
    const binary = await writeVariant("binary.txt", new Uint8Array([0, 1, 2, 0, 255, 0, 7, 8]));
    const summary = await importPageFiles(db, [
      { file: empty, date: "2022-01-01" },
      { file: binary, date: "2022-01-01" },
      { file: path.join(tmpDir, "missing.txt"), date: "2022-01-01" },
    ]);
    expect(summary.rejected).toBe(3);
    for (const result of summary.results) {
      expect(result.outcome).toBe("rejected");
      if (result.outcome === "rejected") expect(result.reason).toContain(path.basename(result.file));
    }
    expect(await counts()).toEqual({ pages: 0, articles: 0, revisions: 0 });
  });

  it("writes nothing of a page whose import fails halfway", async () => {
    // A trigger makes the database refuse the page's third article, after two were inserted.
    await db.$executeRaw`CREATE OR REPLACE FUNCTION fail_third_article() RETURNS trigger AS $$
      BEGIN IF NEW.position = 2 THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`;
    await db.$executeRaw`CREATE TRIGGER fail_third_article BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION fail_third_article()`;
    try {
      const [first] = await readSeedManifest();
      if (!first) throw new Error("empty manifest");
      await expect(importPageFile(db, first)).rejects.toThrow(/injected failure/);
      expect(await counts()).toEqual({ pages: 0, articles: 0, revisions: 0 });
    } finally {
      await db.$executeRaw`DROP TRIGGER fail_third_article ON articles`;
      await db.$executeRaw`DROP FUNCTION fail_third_article()`;
    }
  });
});
