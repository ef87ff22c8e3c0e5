import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { getTopic, listTopicArticles, listTopics } from "./queries";

vi.mock("server-only", () => ({}));

const SLUG = "test-queries-topic";

beforeAll(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people, topics RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
  // Topic assignment at import may or may not have run: test on a topic of our own.
  const topic = await db.topic.create({
    data: {
      slug: SLUG,
      name: "测试查询主题",
      description: "只用于测试的主题。",
      rules: [{ keyword: "平安", weight: 1 }, { keyword: "除险保安", weight: 3 }],
      position: -1,
    },
  });
  const articles = await db.article.findMany({ where: { title: { in: ["群策群力 合力攻坚", "扎实做好除险保安工作", "双向奔赴 收获幸福"] } }, select: { id: true, title: true } });
  await db.articleTopic.createMany({ data: articles.map((article) => ({ articleId: article.id, topicId: topic.id, score: 10 })) });
  // A draft does not count.
  await db.article.updateMany({ where: { title: "双向奔赴 收获幸福" }, data: { status: "draft" } });
});
afterAll(async () => {
  await db.article.updateMany({ where: { title: "双向奔赴 收获幸福" }, data: { status: "published" } });
  await db.$disconnect();
});

describe("topics", () => {
  it("lists topics in the editors' order with counts of published articles", async () => {
    const topics = await listTopics();
    expect(topics[0]).toEqual({ slug: SLUG, name: "测试查询主题", description: "只用于测试的主题。", articleCount: 2 });
    const assigned = await db.articleTopic.groupBy({ by: ["topicId"], where: { article: { status: "published" } }, _count: { _all: true } });
    const total = assigned.reduce((sum, row) => sum + row._count._all, 0);
    expect(topics.reduce((sum, topic) => sum + topic.articleCount, 0)).toBe(total);
  });

  it("shows a topic's rules heaviest first and the officials most named in its articles", async () => {
    const topic = await getTopic(SLUG);
    expect(topic?.rules).toEqual([
      { keyword: "除险保安", weight: 3 },
      { keyword: "平安", weight: 1 },
    ]);
    const counts = Object.fromEntries(topic?.topOfficials.map((official) => [official.name, official.count]) ?? []);
    expect(counts).toMatchObject({ 章旭升: 2, 陈建勋: 2, 胡勇春: 2, 郑云涛: 2, 蒋华蒙: 2, 喻文明: 1 });
    expect(topic?.topOfficials[0]?.count).toBe(2);
    expect(topic?.topOfficials.map((official) => official.name)).not.toContain("习近平");
  });

  it("pages a topic's articles and is null for an unknown slug", async () => {
    const topic = await getTopic(SLUG);
    const page = await listTopicArticles(topic!.id, 1);
    expect(page.items.map((item) => item.title)).toEqual(["扎实做好除险保安工作", "群策群力 合力攻坚"]);
    expect(page.items[0]?.topics).toContainEqual({ slug: SLUG, name: "测试查询主题" });
    expect(await getTopic("no-such-topic")).toBeNull();
  });
});
