import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { getAdjacentArticles } from "./adjacent-queries";
import { getArticle } from "./queries";
import { listRelatedArticles } from "./related-queries";
import { getArticleSource } from "./source-queries";

vi.mock("server-only", () => ({}));

beforeAll(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people, topics RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
});
afterAll(async () => {
  await db.$disconnect();
});

async function idOf(title: string): Promise<number> {
  const row = await db.article.findFirstOrThrow({ where: { title }, select: { id: true } });
  return row.id;
}

async function titleOf(id: number | undefined): Promise<string | null | undefined> {
  if (id === undefined) return undefined;
  return (await db.article.findUniqueOrThrow({ where: { id }, select: { title: true } })).title;
}

/** The list's order (date desc, page order) read backwards: the reading order 上一篇/下一篇 walk. */
async function readingOrder(): Promise<number[]> {
  const rows = await db.article.findMany({ where: { status: "published" }, orderBy: [{ date: "asc" }, { id: "asc" }], select: { id: true } });
  return rows.map((row) => row.id);
}

describe("previous and next article", () => {
  it("walks every published article once, oldest to newest, and back", async () => {
    const order = await readingOrder();
    const first = order[0]!;
    expect((await getAdjacentArticles(await articleRef(first))).previous).toBeNull();

    const forwards: number[] = [first];
    for (let next = (await getAdjacentArticles(await articleRef(first))).next; next; next = (await getAdjacentArticles(next)).next) forwards.push(next.id);
    expect(forwards).toEqual(order);

    const last = order.at(-1)!;
    const backwards: number[] = [last];
    for (let previous = (await getAdjacentArticles(await articleRef(last))).previous; previous; previous = (await getAdjacentArticles(previous)).previous) {
      backwards.push(previous.id);
    }
    expect(backwards).toEqual([...order].reverse());
  });

  it("takes the previous article of the same page first, then the last one of an earlier day", async () => {
    const safety = await idOf("群策群力 合力攻坚");
    const commentary = await idOf("双向奔赴 收获幸福");
    // Both 2022-08-02, in page order; 着力数字赋能… is dated 2022-08-01.
    const { previous, next } = await getAdjacentArticles({ id: commentary, date: "2022-08-02" });
    expect(previous?.id).toBe(safety);
    expect(next?.date).toBe("2023-04-21");
    const before = await getAdjacentArticles({ id: safety, date: "2022-08-02" });
    expect(await titleOf(before.previous?.id)).toBe("着力数字赋能 推动共富先行");
    expect(before.next?.id).toBe(commentary);
  });

  it("skips drafts and deleted articles", async () => {
    const commentary = await idOf("双向奔赴 收获幸福");
    await db.article.update({ where: { id: commentary }, data: { status: "draft" } });
    try {
      const safety = await getAdjacentArticles({ id: await idOf("群策群力 合力攻坚"), date: "2022-08-02" });
      expect(safety.next?.date).toBe("2023-04-21");
    } finally {
      await db.article.update({ where: { id: commentary }, data: { status: "published" } });
    }
  });
});

async function articleRef(id: number) {
  const row = await db.article.findUniqueOrThrow({ where: { id }, select: { id: true, date: true } });
  return { id: row.id, date: row.date.toISOString().slice(0, 10) };
}

describe("related articles", () => {
  it("ranks by shared local officials plus shared topics, newest first on ties", async () => {
    const related = await listRelatedArticles(await idOf("劲头不松标准不降力度不减"));
    const titles = await Promise.all(related.map((article) => titleOf(article.id)));
    // 全面起势… shares all seven local officials; 扎实做好… four; 群策群力… (2022) and 弘扬伟大抗疫精神…
    // (2020: 章旭升, 童国华 and 疫情防控) three each; 坚持创新突破… two.
    expect(titles).toEqual(["全面起势 全力突破", "扎实做好除险保安工作", "群策群力 合力攻坚", "弘扬伟大抗疫精神 凝聚前行信心力量", "坚持创新突破 聚力提质增效"]);
    expect(related[0]?.sharedOfficials).toEqual(["章旭升", "胡勇春", "陈建勋", "童国华", "俞兰", "施礼干", "吴东明"]);
    expect(related[3]?.sharedOfficials).toEqual(["章旭升", "童国华"]);
    expect(related[3]?.sharedTopics).toEqual(["疫情防控"]);
  });

  it("leaves out the article itself, national leaders and unpublished articles", async () => {
    const id = await idOf("劲头不松标准不降力度不减");
    const top = (await listRelatedArticles(id))[0]!;
    await db.article.update({ where: { id: top.id }, data: { status: "deleted" } });
    try {
      const related = await listRelatedArticles(id, 20);
      expect(related.map((article) => article.id)).not.toContain(id);
      expect(related.map((article) => article.id)).not.toContain(top.id);
      expect(related.flatMap((article) => article.sharedOfficials)).not.toContain("习近平");
    } finally {
      await db.article.update({ where: { id: top.id }, data: { status: "published" } });
    }
  });

  it("is empty for an article that shares nothing", async () => {
    // The photo caption names no official and has no topic.
    const photo = await db.article.findFirstOrThrow({ where: { kind: "photo" }, select: { id: true } });
    expect(await listRelatedArticles(photo.id)).toEqual([]);
  });
});

describe("officials named without titles", () => {
  it("borrow the titles of the nearest dated article that prints them", async () => {
    const article = await getArticle(await idOf("着力数字赋能 推动共富先行"));
    const official = article?.officials.find((mention) => mention.name === "章旭升");
    expect(official?.titles).toEqual([]);
    // 2022-08-01: the nearest article printing his titles is 群策群力… of 2022-08-02.
    expect(official?.nearestTitles).toEqual({ titles: ["市委书记"], jurisdiction: "永康", date: "2022-08-02", articleId: await idOf("群策群力 合力攻坚") });
  });

  it("borrow nothing when no article prints a title, and never for titled or national mentions", async () => {
    const article = await getArticle(await idOf("着力数字赋能 推动共富先行"));
    expect(article?.officials.find((mention) => mention.name === "李浩锋")?.nearestTitles).toBeNull();
    expect(article?.officials.find((mention) => mention.name === "朱重烈")?.nearestTitles).toBeNull();
    const safety = await getArticle(await idOf("扎实做好除险保安工作"));
    expect(safety?.officials.find((mention) => mention.name === "习近平")?.nearestTitles).toBeNull();
  });
});

describe("the article's page", () => {
  it("is referenced by the article and gives the raw text with the article's span in it", async () => {
    const id = await idOf("群策群力 合力攻坚");
    const article = await getArticle(id);
    expect(article?.source).toMatchObject({ pageDate: "2022-08-02", fileName: "002_6ac7b1a4b5ec4ac0.txt" });
    const source = await getArticleSource(id);
    const [start, end] = source!.span!;
    // OCR pages break lines mid-sentence and print the headline after the text.
    const marked = source!.page.rawText.slice(start, end);
    expect(marked.startsWith("本报讯（融媒首席记者 陈晓苏）")).toBe(true);
    expect(marked.trimEnd().endsWith("群策群力 合力攻坚\n坚决筑牢防风险保平安护稳定的铜墙铁壁")).toBe(true);
    expect(marked).not.toContain("双向奔赴");
  });

  it("is null for an article entered without a page, and for unpublished ones", async () => {
    const entered = await db.article.create({
      data: { kind: "news", title: "编辑录入的文章", date: new Date("2024-01-01T00:00:00Z"), body: "正文。", contentHash: "test" },
    });
    expect((await getArticle(entered.id))?.source).toBeNull();
    expect(await getArticleSource(entered.id)).toBeNull();
    await db.article.delete({ where: { id: entered.id } });
    const draft = await idOf("双向奔赴 收获幸福");
    await db.article.update({ where: { id: draft }, data: { status: "draft" } });
    try {
      expect(await getArticleSource(draft)).toBeNull();
    } finally {
      await db.article.update({ where: { id: draft }, data: { status: "published" } });
    }
  });
});
