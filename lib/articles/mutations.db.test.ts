import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { importFixturePage, insertUser, resetDatabase, type TestUser } from "@/lib/admin/__fixtures__/db-support";
import { VersionConflictError } from "@/lib/errors";
import { changeArticleStatus, createArticle, revertArticle, updateArticle } from "./mutations";
import { parseSnapshot } from "./revisions";
import { articleInputSchema } from "./schema";

vi.mock("server-only", () => ({}));

let db: Database;
let editor: TestUser;
let articleId: number;

beforeAll(() => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  editor = await insertUser(db);
  [articleId] = (await importFixturePage(db)) as [number];
});

async function formOf(id: number, change: Record<string, unknown> = {}) {
  const row = await db.article.findUniqueOrThrow({ where: { id }, include: { officials: { include: { person: true } } } });
  return articleInputSchema.parse({
    kind: row.kind, kicker: row.kicker ?? "", title: row.title ?? "", subtitle: row.subtitle ?? "", reporters: row.reporters.join("、"),
    date: row.date.toISOString().slice(0, 10), pageId: row.pageId?.toString() ?? "", body: row.body,
    officials: row.officials.map((official) => official.person.name).join("、"), topics: [], ...change,
  });
}

async function searchVectorOf(id: number): Promise<string | null> {
  const [row] = await db.$queryRaw<{ vector: string | null }[]>`SELECT search_vector::text AS vector FROM articles WHERE id = ${id}`;
  return row?.vector ?? null;
}

const revisionsOf = (id: number) => db.articleRevision.findMany({ where: { articleId: id }, orderBy: { version: "asc" } });

describe("saving an article", () => {
  it("writes the new version, a revision with the full snapshot and an audit row together", async () => {
    const input = await formOf(articleId, { title: "编辑改过的标题", officials: "章旭升、王新人", topics: ["party-building"] });
    const vectorBefore = await searchVectorOf(articleId);
    const result = await updateArticle({ id: articleId, input, expectedVersion: 1, editorId: editor.id });
    expect(result.version).toBe(2);
    // The search index follows in the same transaction.
    expect(await searchVectorOf(articleId)).not.toEqual(vectorBefore);

    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { officials: { include: { person: true } }, topics: { include: { topic: true } } } });
    expect(article).toMatchObject({ title: "编辑改过的标题", version: 2, status: "published" });
    expect(article.officials.map((official) => official.person.name)).toEqual(["章旭升", "王新人"]);
    expect(article.topics.map((entry) => [entry.topic.slug, entry.isManual])).toEqual([["party-building", true]]);

    const revisions = await revisionsOf(articleId);
    expect(revisions.map((revision) => [revision.version, revision.author])).toEqual([[1, "import"], [2, String(editor.id)]]);
    const snapshot = parseSnapshot(revisions[1]?.snapshot);
    expect(snapshot).toMatchObject({ title: "编辑改过的标题", status: "published", body: input.body });
    expect(snapshot?.officials?.map((official) => official.name)).toEqual(["章旭升", "王新人"]);
    expect(snapshot?.topics?.map((topic) => topic.slug)).toEqual(["party-building"]);

    expect(await db.auditLog.findMany({ where: { action: "article.update" }, select: { userId: true, targetId: true, details: true } })).toEqual([
      { userId: editor.id, targetId: String(articleId), details: { version: 2, fields: ["title", "officials", "topics"] } },
    ]);
  });

  it("lets exactly one of two saves from the same version win; the other gets a conflict and writes nothing", async () => {
    const mine = await formOf(articleId, { title: "我的标题" });
    const theirs = await formOf(articleId, { body: "他人重写的正文。" });
    const results = await Promise.allSettled([
      updateArticle({ id: articleId, input: mine, expectedVersion: 1, editorId: editor.id }),
      updateArticle({ id: articleId, input: theirs, expectedVersion: 1, editorId: editor.id }),
    ]);
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toBeInstanceOf(VersionConflictError);
    expect((await revisionsOf(articleId)).map((revision) => revision.version)).toEqual([1, 2]);
    expect(await db.auditLog.count({ where: { action: "article.update" } })).toBe(1);

    // The conflict carries the stored version, and the loser's save succeeds from it.
    const conflict = lost[0]?.reason as VersionConflictError<{ version: number }>;
    expect(conflict.current.version).toBe(2);
    const loserInput = results[0]?.status === "rejected" ? mine : theirs;
    await updateArticle({ id: articleId, input: loserInput, expectedVersion: 2, editorId: editor.id });
    expect((await revisionsOf(articleId)).map((revision) => revision.version)).toEqual([1, 2, 3]);
  });

  it("refuses a save from a stale version and leaves the article as it was", async () => {
    await updateArticle({ id: articleId, input: await formOf(articleId, { title: "第二版" }), expectedVersion: 1, editorId: editor.id });
    const stale = await formOf(articleId, { title: "过时的修改" });
    await expect(updateArticle({ id: articleId, input: stale, expectedVersion: 1, editorId: editor.id })).rejects.toBeInstanceOf(VersionConflictError);
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({ title: "第二版", version: 2 });
  });

  it("publishes or withdraws in the same save when asked", async () => {
    await updateArticle({ id: articleId, input: await formOf(articleId), expectedVersion: 1, editorId: editor.id, nextStatus: "draft" });
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({ status: "draft", version: 2 });
    expect(await db.auditLog.count({ where: { action: "article.unpublish" } })).toBe(1);
  });
});

describe("creating an article", () => {
  it("creates a draft with its first revision, officials (new ones added) and an audit row", async () => {
    const input = articleInputSchema.parse({ kind: "news", title: "新文章", date: "2024-01-02", body: "市委书记章旭升出席会议。", reporters: "新记者", officials: "章旭升、李新官" });
    const { id } = await createArticle({ input, editorId: editor.id, isPublished: false });
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { officials: { include: { person: true } }, authors: { include: { person: true } } } });
    expect(article).toMatchObject({ status: "draft", version: 1, pageId: null });
    expect(article.officials.map((official) => [official.person.name, official.titles])).toEqual([["章旭升", ["市委书记"]], ["李新官", []]]);
    expect(article.authors.map((author) => author.person.name)).toEqual(["新记者"]);
    expect((await revisionsOf(id)).map((revision) => [revision.version, revision.author])).toEqual([[1, String(editor.id)]]);
    expect(await db.auditLog.count({ where: { action: "article.create", targetId: String(id) } })).toBe(1);
  });

  it("links an article to a page at the next free position and refuses an unknown page", async () => {
    const page = await db.page.findFirstOrThrow({ include: { _count: { select: { articles: true } } } });
    const raw = { kind: "news", title: "补录", date: "2022-03-06", body: "正文。", pageId: String(page.id) };
    const { id } = await createArticle({ input: articleInputSchema.parse(raw), editorId: editor.id, isPublished: true });
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ pageId: page.id, position: page._count.articles, status: "published" });
    const unknownPage = articleInputSchema.parse({ ...raw, pageId: "999999" });
    await expect(createArticle({ input: unknownPage, editorId: editor.id, isPublished: false })).rejects.toMatchObject({ code: "NOT_FOUND", entity: "page" });
  });
});

describe("status changes and history", () => {
  it("soft-deletes and restores as a draft, each a new version with a revision and an audit row", async () => {
    await changeArticleStatus({ id: articleId, change: "delete", expectedVersion: 1, editorId: editor.id });
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({ status: "deleted", version: 2 });
    await expect(changeArticleStatus({ id: articleId, change: "publish", expectedVersion: 2, editorId: editor.id })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await changeArticleStatus({ id: articleId, change: "undelete", expectedVersion: 2, editorId: editor.id });
    await changeArticleStatus({ id: articleId, change: "publish", expectedVersion: 3, editorId: editor.id });
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({ status: "published", version: 4 });
    const statuses = (await revisionsOf(articleId)).map((revision) => parseSnapshot(revision.snapshot)?.status);
    expect(statuses).toEqual(["published", "deleted", "draft", "published"]);
    expect((await db.auditLog.findMany({ orderBy: { id: "asc" }, select: { action: true } })).map((row) => row.action)).toEqual(["article.delete", "article.undelete", "article.publish"]);
  });

  it("restores an earlier revision's content as a new version, keeping the status", async () => {
    const original = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    await updateArticle({ id: articleId, input: await formOf(articleId, { title: "第二版标题", body: "第二版正文。" }), expectedVersion: 1, editorId: editor.id });
    await changeArticleStatus({ id: articleId, change: "unpublish", expectedVersion: 2, editorId: editor.id });
    await expect(revertArticle({ id: articleId, toVersion: 1, expectedVersion: 2, editorId: editor.id })).rejects.toBeInstanceOf(VersionConflictError);

    const result = await revertArticle({ id: articleId, toVersion: 1, expectedVersion: 3, editorId: editor.id });
    expect(result.version).toBe(4);
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({ title: original.title, body: original.body, status: "draft", version: 4 });
    expect((await revisionsOf(articleId)).map((revision) => revision.version)).toEqual([1, 2, 3, 4]);
    expect(await db.auditLog.findFirst({ where: { action: "article.revert" } })).toMatchObject({ details: { version: 4, fromVersion: 1 } });
    await expect(revertArticle({ id: articleId, toVersion: 99, expectedVersion: 4, editorId: editor.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
