// An article as getArticle returns it, for the pure builders' tests.
import type { ArticleDetail } from "@/lib/articles/queries";

export function articleDetail(overrides: Partial<ArticleDetail> = {}): ArticleDetail {
  return {
    id: 7,
    kind: "news",
    kicker: "章旭升在全市除险保安百日攻坚行动工作推进会上强调",
    title: "群策群力 合力攻坚",
    subtitle: "坚决筑牢防风险保平安护稳定的铜墙铁壁",
    date: "2022-08-02",
    bylines: [{ name: "陈晓苏", role: "融媒首席记者", organization: "本报", reporterSlug: "陈晓苏" }],
    paragraphs: ["8月2日下午，我市召开除险保安百日攻坚行动工作推进会。", "市委副书记、市长胡勇春主持会议。"],
    officials: [
      { name: "章旭升", slug: "章旭升", titles: ["市委书记"], jurisdiction: "永康", nearestTitles: null },
      { name: "习近平", slug: "习近平", titles: ["总书记"], jurisdiction: "national", nearestTitles: null },
    ],
    topics: [{ slug: "safety-and-stability", name: "平安建设与除险保安" }],
    updatedAt: "2024-05-01T08:00:00.000Z",
    source: { pageId: 3, pageDate: "2022-08-02", fileName: "002_6ac7b1a4b5ec4ac0.txt", span: [1, 1528] },
    ...overrides,
  };
}
