import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { getReporter, listReporterArticles, listReporters } from "./queries";

vi.mock("server-only", () => ({}));

beforeAll(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people, topics RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
});
afterAll(async () => {
  await db.$disconnect();
});

describe("the reporters index", () => {
  it("lists every credited journalist with their article count, most first", async () => {
    const reporters = await listReporters();
    expect(reporters.map((reporter) => reporter.name).sort()).toEqual(["卢斌", "张赤奎", "楼盼", "盛游", "陈晓苏"].sort());
    expect(reporters[0]).toMatchObject({ name: "陈晓苏" });
    expect(reporters.find((reporter) => reporter.name === "张赤奎")?.articleCount).toBe(2);
  });
});

describe("a reporter's profile", () => {
  it("counts 张赤奎's articles by year and kind, with the roles printed", async () => {
    const reporter = await getReporter("张赤奎");
    expect(reporter).toMatchObject({
      name: "张赤奎",
      articleCount: 2,
      firstDate: "2020-12-22",
      lastDate: "2022-01-11",
      roles: ["融媒首席记者", "首席记者"].sort(),
      years: [
        { year: "2022", count: 1 },
        { year: "2020", count: 1 },
      ],
      kinds: [{ kind: "news", count: 2 }],
    });
    expect(reporter?.topOfficials.map((official) => official.name)).toContain("章旭升");
  });

  it("pages the articles crediting a reporter, agreeing with the join table", async () => {
    const reporter = await getReporter("陈晓苏");
    const expected = await db.articleByline.count({ where: { person: { name: "陈晓苏" } } });
    expect(reporter?.articleCount).toBe(expected);
    const page = await listReporterArticles(reporter!.id, 1);
    expect(page.total).toBe(expected);
    expect(page.items.every((item) => item.reporters.includes("陈晓苏"))).toBe(true);
  });

  it("is null for an unknown name or an official", async () => {
    expect(await getReporter("无名")).toBeNull();
    expect(await getReporter("章旭升")).toBeNull();
  });
});
