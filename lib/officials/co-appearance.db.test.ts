import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { getCoAppearanceNetwork, NETWORK_SIZE } from "./co-appearance";

vi.mock("server-only", () => ({}));

beforeAll(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people, topics RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
});
afterAll(async () => {
  await db.$disconnect();
});

const idOf = async (name: string) => (await db.person.findFirstOrThrow({ where: { name, kind: "official" }, select: { id: true } })).id;

/** Local officials' articles, from the join table, to count by hand. */
async function localMentions(): Promise<Map<string, Set<number>>> {
  const rows = await db.articleOfficial.findMany({ where: { jurisdiction: { not: "national" }, article: { status: "published" } }, select: { articleId: true, person: { select: { name: true } } } });
  const byName = new Map<string, Set<number>>();
  for (const row of rows) byName.set(row.person.name, (byName.get(row.person.name) ?? new Set()).add(row.articleId));
  return byName;
}

describe("the co-appearance network", () => {
  it("counts the officials named in the same articles as 朱重烈", async () => {
    const { neighbours } = await getCoAppearanceNetwork(await idOf("朱重烈"));
    expect(Object.fromEntries(neighbours.map((other) => [other.name, other.shared]))).toEqual({ 章旭升: 2, 李浩锋: 2, 李雄伟: 1, 胡勇春: 1, 胡天忠: 1, 朱彭年: 1 });
    expect(neighbours.slice(0, 2).map((other) => other.name).sort()).toEqual(["李浩锋", "章旭升"]);
    expect(neighbours[0]).toMatchObject({ slug: neighbours[0]!.name });
  });

  it("weights the edges among them by the articles of 朱重烈 that name both", async () => {
    const { neighbours, edges } = await getCoAppearanceNetwork(await idOf("朱重烈"));
    const nameOf = new Map(neighbours.map((other) => [other.id, other.name]));
    const named = Object.fromEntries(edges.map((edge) => [[nameOf.get(edge.source), nameOf.get(edge.target)].sort().join("–"), edge.weight]));
    expect(named["李浩锋–章旭升"]).toBe(2);
    expect(named["李浩锋–李雄伟"]).toBe(1);
    expect(named["朱彭年–胡天忠"]).toBe(1);
    // 李雄伟 is only in the 2022-08-01 article, 朱彭年 only in the 2023-04-21 one.
    expect(named["朱彭年–李雄伟"]).toBeUndefined();
    expect(edges).toHaveLength(12);
    expect(edges.every((edge) => edge.source < edge.target)).toBe(true);
  });

  it("keeps the top officials of 章旭升 by hand count, national leaders out, and every edge among them", async () => {
    const center = await idOf("章旭升");
    const { neighbours, edges } = await getCoAppearanceNetwork(center);
    const mentions = await localMentions();
    const mine = mentions.get("章旭升")!;
    const shared = new Map([...mentions].filter(([name]) => name !== "章旭升").map(([name, articles]) => [name, [...articles].filter((id) => mine.has(id)).length]));

    expect(neighbours).toHaveLength(NETWORK_SIZE);
    const top = [...shared.values()].filter((count) => count > 0).sort((a, b) => b - a).slice(0, NETWORK_SIZE);
    expect(neighbours.map((other) => other.shared)).toEqual(top);
    for (const other of neighbours) expect(other.shared).toBe(shared.get(other.name));
    expect(neighbours.map((other) => other.name)).not.toContain("习近平");
    expect(neighbours.map((other) => other.id)).not.toContain(center);

    const nameOf = new Map(neighbours.map((other) => [other.id, other.name]));
    let pairs = 0;
    for (const [i, a] of neighbours.entries()) {
      for (const b of neighbours.slice(i + 1)) {
        const both = [...mentions.get(a.name)!].filter((id) => mine.has(id) && mentions.get(b.name)!.has(id)).length;
        const edge = edges.find((e) => [e.source, e.target].sort().join() === [a.id, b.id].sort().join());
        expect(edge?.weight ?? 0, `${a.name}–${b.name}`).toBe(both);
        if (both > 0) pairs += 1;
      }
    }
    expect(edges).toHaveLength(pairs);
    expect(edges.every((edge) => nameOf.has(edge.source) && nameOf.has(edge.target))).toBe(true);
  });

  it("leaves unpublished articles out", async () => {
    const alone = await idOf("陈龙"); // named with 邢志宏 only
    expect((await getCoAppearanceNetwork(alone)).neighbours.map((other) => other.name)).toEqual(["邢志宏"]);
    const [article] = await db.articleOfficial.findMany({ where: { personId: alone }, select: { articleId: true } });
    await db.article.update({ where: { id: article!.articleId }, data: { status: "draft" } });
    try {
      expect(await getCoAppearanceNetwork(alone)).toEqual({ neighbours: [], edges: [] });
    } finally {
      await db.article.update({ where: { id: article!.articleId }, data: { status: "published" } });
    }
  });
});
