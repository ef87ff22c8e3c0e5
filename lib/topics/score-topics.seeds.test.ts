// The 14 articles of the 5 seed pages, parsed by the ingest parser, with the default
// taxonomy: the exact set of topics each one gets, and why a reader would agree.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodePage } from "@/lib/ingest/decode";
import { parsePage } from "@/lib/ingest/parse-page";
import { scoreTopics, type ScoredArticle } from "./score-topics";
import { DEFAULT_TAXONOMY } from "./taxonomy";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");

interface SeedArticle extends ScoredArticle {
  id: string;
}

function seedArticles(): SeedArticle[] {
  const manifest = JSON.parse(readFileSync(path.join(SEEDS, "manifest.json"), "utf8")) as { pages: { file: string; date: string }[] };
  return manifest.pages.flatMap(({ file, date }) => {
    const text = decodePage(new Uint8Array(readFileSync(path.join(SEEDS, "pages", file))), file);
    return parsePage(text, date).articles.map((a, i) => ({
      id: `${file.slice(0, 3)}-${i}`,
      kicker: a.kicker,
      title: a.title,
      subtitle: a.subtitle,
      body: a.paragraphs.join("\n"),
    }));
  });
}

const EXPECTED: Record<string, { about: string; topics: string[] }> = {
  "000-0": { about: "市委网信委第三次全体会议 (数字化改革 is mentioned once in passing)", topics: ["cyberspace-affairs"] },
  "000-1": { about: "市委常委会: 镇党委换届, 芝英千年古城, 共同富裕, 安全生产", topics: ["culture", "party-building", "common-prosperity", "work-safety"] },
  "000-2": { about: "金华市领导做客《环球访谈》: 共同富裕先行示范浙中板块", topics: ["common-prosperity"] },
  "001-0": { about: "市委常委会: 总体国家安全观, 平安永康, 十四五规划建议", topics: ["safety-and-stability", "development-planning"] },
  "001-1": { about: "张群环就十四五规划向老领导征求意见: 拉长工业经济长板", topics: ["development-planning", "hardware-industry"] },
  "001-2": { about: "抗击新冠肺炎疫情总结表彰大会", topics: ["epidemic-control"] },
  "002-0": { about: "除险保安百日攻坚推进会 (安全生产, 防汛防台 are among its fronts)", topics: ["safety-and-stability", "work-safety"] },
  "002-1": { about: "朱重烈调研: 五金产业, 数字化改革, 产业数字化, 大陈村共富", topics: ["common-prosperity", "hardware-industry", "digital-economy", "digital-reform"] },
  "002-2": { about: "本报特约评论员 on 南苑区块城市更新", topics: ["urban-renewal"] },
  "003-0": { about: "photo caption: 月季 in bloom along 溪心路", topics: [] },
  "003-1": { about: "金华市数字经济创新提质一号发展工程大会", topics: ["digital-economy"] },
  "003-2": { about: "建设平安金华工作会议 (火灾教训, 公共安全整治, 防汛)", topics: ["safety-and-stability", "work-safety"] },
  "004-0": { about: "金华市数字化改革推进会暨县乡一体条抓块统动员部署会", topics: ["digital-reform"] },
  "004-1": { about: "疫情防控工作视频调度会", topics: ["epidemic-control"] },
};

const articles = seedArticles();
const byId = new Map(articles.map((a) => [a.id, a]));
const topicsOf = (id: string) => {
  const article = byId.get(id);
  if (article === undefined) throw new Error(`no seed article ${id}`);
  return scoreTopics(article, DEFAULT_TAXONOMY);
};

describe("scoreTopics on the seed pages", () => {
  it("reads the 14 seed articles through the ingest parser", () => {
    expect(articles.map((a) => a.id)).toEqual(Object.keys(EXPECTED));
  });

  for (const [id, { about, topics }] of Object.entries(EXPECTED)) {
    it(`${id} ${about} → ${topics.join(", ") || "no topic"}`, () => {
      expect(topicsOf(id).map((t) => t.slug).sort()).toEqual([...topics].sort());
    });
  }

  it("puts the topic the headline names first", () => {
    const first = (id: string) => topicsOf(id)[0]?.slug;
    expect(first("000-0")).toBe("cyberspace-affairs");
    expect(first("001-2")).toBe("epidemic-control");
    expect(first("002-0")).toBe("safety-and-stability");
    expect(first("002-2")).toBe("urban-renewal");
    expect(first("003-2")).toBe("safety-and-stability");
  });

  it("ignores a passing mention of 疫情防控 in long reports on other subjects", () => {
    for (const id of ["000-1", "002-0"]) {
      const all = scoreTopics(byId.get(id) ?? { body: "" }, DEFAULT_TAXONOMY, { threshold: 0, maxTopics: 99 });
      const epidemic = all.find((t) => t.slug === "epidemic-control");
      expect(epidemic?.matches).toEqual([{ keyword: "疫情防控", count: 1 }]);
      expect(epidemic?.score).toBeLessThan(3);
    }
  });

  it("does not tag every article with 五金 because of the slogan 世界五金之都", () => {
    const slogan = articles.filter((a) => a.body.replace(/\s/g, "").includes("世界五金之都"));
    expect(slogan.length).toBeGreaterThanOrEqual(4);
    expect(slogan.filter((a) => topicsOf(a.id).some((t) => t.slug === "hardware-industry")).map((a) => a.id)).toEqual(["002-1"]);
  });

  it("reports the matched keywords with their counts", () => {
    const [renewal] = topicsOf("002-2");
    expect(renewal?.matches).toEqual([{ keyword: "城市更新", count: 5 }, { keyword: "安置", count: 1 }]);
  });
});
