// Short version of `npm run reliability:crash-import`: 30 pages, the real importer killed with
// SIGKILL after about 10, then run again.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { createScratchDatabase, type ScratchDatabase } from "@/test/database";
import { runCrashImport, type CrashImportReport } from "./support/crash-import";
import { checkImportedPages } from "./support/import-check";
import { buildPageSet } from "./support/page-set";

const PAGES = 30;
let scratch: ScratchDatabase;
let db: Database;
let workDir: string;
let report: CrashImportReport;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await applyMigrations(scratch.url);
  db = createPrismaClient(scratch.url, { max: 1 });
  workDir = await mkdtemp(path.join(tmpdir(), "crash-import-test-"));
  report = await runCrashImport({ db, url: scratch.url, workDir, pages: PAGES, killAfter: 10 });
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
  await rm(workDir, { recursive: true, force: true });
});

describe("an import killed with SIGKILL halfway", () => {
  it("leaves only complete pages behind: each page is whole or absent", () => {
    expect(report.committedAtKill).toBeGreaterThanOrEqual(10);
    expect(report.pagesAfterKill).toBeGreaterThanOrEqual(report.committedAtKill);
    expect(report.pagesAfterKill).toBeLessThan(PAGES);
    expect(report.afterKill.problems).toEqual([]);
  });

  it("completes when run again: exactly the pages' articles, right hashes, nothing twice", () => {
    expect(report.rerun.exitCode).toBe(0);
    expect(report.rerun.summary).toBe(`created ${PAGES - report.pagesAfterKill}, updated 0, unchanged ${report.pagesAfterKill}, rejected 0`);
    expect(report.final).toEqual({ pages: PAGES, articles: report.articles, problems: [] });
  });
});

describe("the check used above", () => {
  it("notices a half-written page, a changed article, a duplicate and a person left behind", async () => {
    const pages = await buildPageSet(await mkdtemp(path.join(workDir, "again-")), PAGES);
    const check = () => checkImportedPages(db, pages, { knownNamesFor: () => [] }).then((result) => result.problems.join("\n"));
    const victim = await db.article.findFirstOrThrow({ where: { position: 1 }, orderBy: { id: "asc" }, include: { page: true } });

    await db.article.update({ where: { id: victim.id }, data: { body: `${victim.body}多出的字` } });
    expect(await check()).toMatch(/#1: fields differ/);
    await db.article.delete({ where: { id: victim.id } });
    expect(await check()).toMatch(/articles \(half a page\)/);
    const other = await db.article.findFirstOrThrow({ where: { NOT: { pageId: victim.pageId } }, orderBy: { id: "asc" } });
    const { kind, title, body, date, contentHash } = other;
    await db.article.create({ data: { kind, title, body, date, contentHash, pageId: victim.pageId, position: 99 } });
    expect(await check()).toMatch(/duplicate articles/);
    await db.person.create({ data: { name: "半页人", slug: "半页人", kind: "official" } });
    expect(await check()).toMatch(/people linked to no article/);
  });
});
