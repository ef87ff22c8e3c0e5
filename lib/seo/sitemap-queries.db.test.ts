import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { parseSitemapId, sitemapIds } from "./sitemap-chunks";
import { getSitemapBounds, listSitemapEntries } from "./sitemap-queries";

vi.mock("server-only", () => ({}));

beforeAll(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people, topics RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
});
afterAll(async () => {
  await db.$disconnect();
});

const urlsOf = async (id: string) => (await listSitemapEntries(parseSitemapId(id)!)).map((entry) => entry.url);

describe("the sitemap on the seeds", () => {
  it("has the sections, one file of people and one of articles", async () => {
    expect(sitemapIds(await getSitemapBounds())).toEqual(["sections", "people-0", "articles-0"]);
  });

  it("lists every published article once, with its last change", async () => {
    const published = await db.article.findMany({ where: { status: "published" }, select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    const entries = await listSitemapEntries(parseSitemapId("articles-0")!);
    expect(entries).toEqual(published.map((article) => ({ url: `${env.SITE_URL}/articles/${article.id}`, lastModified: article.updatedAt })));
  });

  it("lists officials and journalists with published articles, under their own paths", async () => {
    const urls = await urlsOf("people-0");
    expect(urls).toContain(`${env.SITE_URL}/officials/${encodeURIComponent("章旭升")}`);
    expect(urls).toContain(`${env.SITE_URL}/reporters/${encodeURIComponent("陈晓苏")}`);
    const people = await db.person.count();
    expect(urls).toHaveLength(people);
  });

  it("lists the home page, the indexes and every topic with articles", async () => {
    const urls = await urlsOf("sections");
    expect(urls.slice(0, 4)).toEqual(["/", "/officials", "/topics", "/reporters"].map((path) => `${env.SITE_URL}${path}`));
    expect(urls).toContain(`${env.SITE_URL}/topics/epidemic-control`);
  });
});

describe("the sitemap as the archive grows", () => {
  it("puts ids past 50,000 in a second file and leaves drafts out", async () => {
    const data = { kind: "news" as const, date: new Date("2024-01-01T00:00:00Z"), body: "正文。", contentHash: "test" };
    await db.article.createMany({
      data: [
        { ...data, id: 50_000, title: "第五万篇" },
        { ...data, id: 50_001, title: "第五万零一篇" },
        { ...data, id: 50_002, title: "草稿", status: "draft" },
      ],
    });
    try {
      expect(sitemapIds(await getSitemapBounds())).toEqual(["sections", "people-0", "articles-0", "articles-1"]);
      expect(await urlsOf("articles-0")).toContain(`${env.SITE_URL}/articles/50000`);
      expect(await urlsOf("articles-1")).toEqual([`${env.SITE_URL}/articles/50001`]);
    } finally {
      await db.article.deleteMany({ where: { id: { in: [50_000, 50_001, 50_002] } } });
    }
  });

  it("drops a person whose articles are all unpublished", async () => {
    const official = await db.person.create({ data: { name: "测试官员", slug: "测试官员", kind: "official" } });
    const draft = await db.article.create({
      data: { kind: "news", title: "只有草稿", date: new Date("2024-01-01T00:00:00Z"), body: "正文。", contentHash: "test", status: "draft" },
    });
    await db.articleOfficial.create({ data: { articleId: draft.id, personId: official.id, jurisdiction: "永康" } });
    try {
      expect(await urlsOf("people-0")).not.toContain(`${env.SITE_URL}/officials/${encodeURIComponent("测试官员")}`);
    } finally {
      await db.article.delete({ where: { id: draft.id } });
      await db.person.delete({ where: { id: official.id } });
    }
  });
});
