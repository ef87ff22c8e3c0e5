import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { getOfficial, listOfficialArticles, listOfficials, listTopOfficials } from "./queries";

vi.mock("server-only", () => ({}));

beforeAll(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people, topics RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
});
afterAll(async () => {
  await db.$disconnect();
});

describe("the officials index", () => {
  it("lists local officials by article count with first and last dates, national leaders apart", async () => {
    const { local, national } = await listOfficials();
    expect(local[0]).toEqual({ name: "章旭升", slug: "章旭升", articleCount: 10, firstDate: "2020-12-23", lastDate: "2023-04-21", jurisdiction: "永康" });
    expect(local.find((official) => official.name === "朱重烈")).toMatchObject({ articleCount: 2, firstDate: "2022-08-01", lastDate: "2023-04-21", jurisdiction: "金华" });
    expect(local.map((official) => official.articleCount)).toEqual(local.map((official) => official.articleCount).sort((a, b) => b - a));
    expect(national.map((official) => official.name)).toEqual(["习近平"]);
    expect(local.map((official) => official.name)).not.toContain("习近平");
    const people = await db.person.count({ where: { kind: "official" } });
    expect(local.length + national.length).toBe(people);
  });

  it("sorts by name in pinyin order when asked", async () => {
    const { local } = await listOfficials("name");
    const names = local.map((official) => official.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-CN")));
    expect(names.indexOf("陈龙")).toBeLessThan(names.indexOf("章旭升"));
  });
});

describe("an official's profile", () => {
  it("builds the title timeline of 张群环: one chain carried over the untitled mention", async () => {
    const official = await getOfficial("张群环");
    expect(official).toMatchObject({ name: "张群环", articleCount: 3, firstDate: "2020-12-22", lastDate: "2021-09-22", jurisdiction: "永康" });
    expect(official?.timeline).toEqual([
      { titles: ["市委副书记", "市长"], jurisdiction: "永康", firstDate: "2020-12-22", lastDate: "2021-09-22", articleCount: 3 },
    ]);
  });

  it("builds the title timeline of 胡勇春: untitled mentions before the first printed title stand apart", async () => {
    expect((await getOfficial("胡勇春"))?.timeline).toEqual([
      { titles: [], jurisdiction: "永康", firstDate: "2022-01-11", lastDate: "2022-01-11", articleCount: 2 },
      { titles: ["市委副书记", "市长"], jurisdiction: "永康", firstDate: "2022-08-02", lastDate: "2023-04-21", articleCount: 3 },
    ]);
  });

  it("keeps ad-hoc chains apart and attributes untitled mentions to the usual one", async () => {
    const timeline = (await getOfficial("章旭升"))?.timeline ?? [];
    expect(timeline.map((span) => [span.titles.join("、"), span.firstDate, span.lastDate, span.articleCount])).toEqual([
      ["市委书记", "2020-12-23", "2023-04-21", 8],
      ["市委书记、市委网络安全和信息化委员会主任", "2021-09-22", "2021-09-22", 1],
      ["市委书记、市新冠肺炎疫情防控工作领导小组第一组长", "2022-01-11", "2022-01-11", 1],
    ]);
  });

  it("pages the official's articles and is null for an unknown name", async () => {
    const official = await getOfficial("章旭升");
    const page = await listOfficialArticles(official!.id, 1);
    expect(page.total).toBe(10);
    expect(page.items.every((item) => item.officials.includes("章旭升"))).toBe(true);
    expect(await getOfficial("不存在的人")).toBeNull();
    expect(await getOfficial("陈晓苏")).toBeNull(); // a journalist, not an official
  });

  it("leaves national leaders out of the top officials of a set", async () => {
    const top = await listTopOfficials({}, { limit: 3 });
    expect(top[0]).toMatchObject({ name: "章旭升", count: 10 });
    expect(top.map((official) => official.name)).not.toContain("习近平");
  });
});
