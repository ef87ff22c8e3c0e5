import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { reassignTopics } from "./reassign";

let db: Database;

beforeAll(() => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people, topics RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
});

async function topicsOf(title: string): Promise<string[]> {
  const article = await db.article.findFirstOrThrow({ where: { title }, select: { topics: { select: { topic: { select: { slug: true } } } } } });
  return article.topics.map((entry) => entry.topic.slug).sort();
}

describe("topics", () => {
  it("are assigned at import from the default rules", async () => {
    expect(await db.topic.count()).toBeGreaterThanOrEqual(12);
    expect(await topicsOf("弘扬伟大抗疫精神 凝聚前行信心力量")).toEqual(["epidemic-control"]);
    expect(await topicsOf("双向奔赴 收获幸福")).toEqual(["urban-renewal"]);
    expect(await topicsOf("全面起势 全力突破")).toEqual(["digital-reform"]);
  });

  it("follow changed rules when reassigned, keeping an editor's manual assignment", async () => {
    const urbanRenewal = await db.topic.findUniqueOrThrow({ where: { slug: "urban-renewal" } });
    const epidemic = await db.topic.findUniqueOrThrow({ where: { slug: "epidemic-control" } });
    const commentary = await db.article.findFirstOrThrow({ where: { kind: "commentary" } });
    await db.articleTopic.create({ data: { articleId: commentary.id, topicId: epidemic.id, score: 0, isManual: true } });
    await db.topic.update({ where: { id: urbanRenewal.id }, data: { rules: [{ keyword: "不会出现的关键词", weight: 3 }] } });

    const summary = await reassignTopics(db);
    expect(summary.articles).toBe(14);
    expect(await topicsOf("双向奔赴 收获幸福")).toEqual(["epidemic-control"]);
    const manual = await db.articleTopic.findUniqueOrThrow({ where: { articleId_topicId: { articleId: commentary.id, topicId: epidemic.id } } });
    expect(manual.isManual).toBe(true);
  });

  it("are not duplicated when the default topics are ensured again", async () => {
    const before = await db.topic.count();
    await importPageFiles(db, await readSeedManifest());
    expect(await db.topic.count()).toBe(before);
  });
});
