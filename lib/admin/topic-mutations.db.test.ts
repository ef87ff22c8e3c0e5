import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createArticle } from "@/lib/articles/mutations";
import { articleInputSchema } from "@/lib/articles/schema";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { DuplicateError, VersionConflictError } from "@/lib/errors";
import { insertUser, resetDatabase, restoreDefaultTopics, type TestUser } from "./__fixtures__/db-support";
import { reassignAllTopics, updateTopic } from "./topic-mutations";
import { getAdminTopic, previewTopicRules } from "./topic-queries";

vi.mock("server-only", () => ({}));

let db: Database;
let editor: TestUser;

beforeAll(() => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  await restoreDefaultTopics(db);
  editor = await insertUser(db);
});
afterEach(() => restoreDefaultTopics(db));

async function article(title: string, topics: string[] = []): Promise<number> {
  const input = articleInputSchema.parse({ kind: "news", title, date: "2022-03-06", body: "本报讯 今天的新闻。", topics });
  return (await createArticle({ input, editorId: editor.id, isPublished: true })).id;
}

const topicsOf = async (id: number) =>
  (await db.articleTopic.findMany({ where: { articleId: id }, select: { isManual: true, topic: { select: { slug: true } } } })).map((row) => [row.topic.slug, row.isManual]);

async function urbanRenewal() {
  const topic = await getAdminTopic("urban-renewal");
  if (!topic) throw new Error("the default taxonomy lacks urban-renewal");
  return topic;
}

describe("editing a topic", () => {
  it("saves name, description and rules with an audit row naming what changed", async () => {
    const topic = await urbanRenewal();
    const rules = [{ keyword: "城市更新", weight: 2 }, { keyword: "植树", weight: 3 }];
    const saved = await updateTopic({ topicId: topic.id, input: { name: "城市更新与绿化", description: "新的说明。", rules }, expectedUpdatedAt: topic.updatedAt, editorId: editor.id });
    expect(saved.isNameChanged).toBe(true);
    expect(await getAdminTopic("urban-renewal")).toMatchObject({ name: "城市更新与绿化", description: "新的说明。", rules, updatedAt: saved.updatedAt });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "topic.update" } });
    expect(audit).toMatchObject({ userId: editor.id, targetType: "topic", targetId: "urban-renewal" });
    expect(audit.details).toMatchObject({ name: { from: "城市更新", to: "城市更新与绿化" }, added: [{ keyword: "植树", weight: 3 }], reweighted: [{ keyword: "城市更新", from: 3, to: 2 }] });
  });

  it("refuses a save over someone else's, and a name another topic has", async () => {
    const topic = await urbanRenewal();
    const input = { name: "城市更新", description: topic.description, rules: [{ keyword: "城市更新", weight: 3 }] };
    await updateTopic({ topicId: topic.id, input, expectedUpdatedAt: topic.updatedAt, editorId: editor.id });
    await expect(updateTopic({ topicId: topic.id, input, expectedUpdatedAt: topic.updatedAt, editorId: editor.id })).rejects.toBeInstanceOf(VersionConflictError);
    const fresh = await urbanRenewal();
    await expect(updateTopic({ topicId: fresh.id, input: { ...input, name: "疫情 防控" }, expectedUpdatedAt: fresh.updatedAt, editorId: editor.id })).rejects.toBeInstanceOf(DuplicateError);
    expect(await db.auditLog.count({ where: { action: "topic.update" } })).toBe(1);
  });
});

describe("previewing and re-running the rules", () => {
  it("counts what a rule change would do without saving, then re-runs the saved rules keeping manual choices", async () => {
    const renewal = await article("城市更新行动加快推进");
    const planting = await article("植树造林添新绿");
    const manual = await article("一篇编辑手动归类的文章", ["epidemic-control"]);
    const first = await reassignAllTopics({ editorId: editor.id });
    expect(first).toMatchObject({ articles: 3, gained: 1, lost: 0 });
    expect(await topicsOf(renewal)).toEqual([["urban-renewal", false]]);

    const topic = await urbanRenewal();
    const rules = [{ keyword: "植树", weight: 3 }];
    const preview = await previewTopicRules({ topicId: topic.id, rules });
    expect(preview).toMatchObject({ articles: 3, current: 1, proposed: 1, gained: 1, lost: 1 });
    expect(preview?.examples.gained.map((example) => example.id)).toEqual([planting]);
    expect(preview?.examples.lost.map((example) => example.title)).toEqual(["城市更新行动加快推进"]);
    expect(await topicsOf(planting)).toEqual([]); // nothing saved

    await updateTopic({ topicId: topic.id, input: { name: topic.name, description: topic.description, rules }, expectedUpdatedAt: topic.updatedAt, editorId: editor.id });
    expect(await reassignAllTopics({ editorId: editor.id })).toMatchObject({ articles: 3, gained: 1, lost: 1 });
    expect(await topicsOf(planting)).toEqual([["urban-renewal", false]]);
    expect(await topicsOf(renewal)).toEqual([]);
    expect(await topicsOf(manual)).toEqual([["epidemic-control", true]]);
    expect(await db.auditLog.findFirst({ where: { action: "topic.reassign" }, orderBy: { id: "desc" } })).toMatchObject({ details: { articles: 3, gained: 1, lost: 1 } });
  });
});
