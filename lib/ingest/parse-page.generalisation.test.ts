// Pages written for these tests in the paper's style (other names, headlines and dates):
// the parser must read them with no knowledge of the seed pages.
import { describe, expect, it } from "vitest";
import { firstSentence, fixtureBytes, lastSentence } from "./__fixtures__/support";
import { parsePageFile } from "./parse-page";
import type { ParsedArticle } from "./types";

function parseFixture(name: string, date: string) {
  return parsePageFile(fixtureBytes(name), name, date);
}

function summary(a: ParsedArticle | undefined) {
  if (a === undefined) return undefined;
  return {
    kind: a.kind,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    bylines: a.bylines,
    reporters: a.reporters,
    date: a.date,
    first: firstSentence(a.paragraphs),
    last: lastSentence(a.paragraphs),
  };
}

describe("a January page with a New Year's Eve dateline, a mid-page photo and teasers (2024-01-03)", () => {
  const page = parseFixture("page-2024-01-03.txt", "2024-01-03");

  it("finds two news items and a photo between them", () => {
    expect(page.articles.map((a) => a.kind)).toEqual(["news", "photo", "news"]);
  });

  it("dates 12月31日 on a January page to the previous year", () => {
    expect(summary(page.articles[0])).toEqual({
      kind: "news",
      kicker: "三千干部群众登高迎新年",
      title: "强健体魄迎新岁 昂扬斗志启新程",
      subtitle: null,
      bylines: [
        { name: "王晓峰", role: "融媒记者", organization: "本报" },
        { name: "李明", role: "通讯员", organization: null },
      ],
      reporters: ["王晓峰", "李明"],
      date: "2023-12-31",
      first: "12月31日，我市举行2024年新年登高健身活动。",
      last: "近年来，我市深入实施全民健身国家战略，持续完善城乡体育设施，广泛开展群众性体育活动，全民健身氛围日益浓厚。",
    });
    expect(page.articles[0]?.paragraphs).toHaveLength(4);
    expect(page.articles[0]?.paragraphs[1]).toContain("相互加油鼓劲，不时驻足欣赏沿途风景。");
    expect(page.articles[0]?.paragraphs[0]).toContain("3000余名");
  });

  it("reads a caption that follows a headline, with its credit on a line of its own", () => {
    expect(summary(page.articles[1])).toEqual({
      kind: "photo",
      kicker: null,
      title: null,
      subtitle: null,
      bylines: [{ name: "周立", role: "融媒记者", organization: "本报" }],
      reporters: ["周立"],
      date: "2024-01-02",
      first: "1月2日，市民在西津桥畔观赏冬日晨景。",
      last: "近日，我市气温回升，不少市民走出家门，享受冬日暖阳。",
    });
  });

  it("reads a dateline split across the byline line and the next line", () => {
    expect(summary(page.articles[2])).toEqual({
      kind: "news",
      kicker: "吕建平在全市经济工作务虚会上强调",
      title: "锚定目标抓落实 奋勇争先开新局",
      subtitle: "以更大力度推动经济高质量发展",
      bylines: [{ name: "徐冬梅", role: "融媒首席记者", organization: "本报" }],
      reporters: ["徐冬梅"],
      date: "2024-01-02",
      first: "1月2日上午，市委召开全市经济工作务虚会，总结回顾2023年经济工作，分析研判当前经济形势，谋划部署2024年重点工作。",
      last: "要坚持以人民为中心的发展思想，扎实办好民生实事，不断增强群众的获得感、幸福感、安全感。",
    });
  });

  it("keeps the teasers for other pages apart, with the page label's space", () => {
    expect(page.unassigned.map((u) => u.text)).toEqual(["A2 五金产业数字化转型提速", "“新春走基层”系列报道"]);
    const lastArticle = page.articles[2];
    for (const u of page.unassigned) expect(u.span[0]).toBeGreaterThan(lastArticle?.span[1] ?? Infinity);
  });
});

describe("a page with three byline styles and a commentary in the middle (2023-11-15)", () => {
  const page = parseFixture("page-2023-11-15.txt", "2023-11-15");

  it("finds news, commentary, news, news in print order and nothing left over", () => {
    expect(page.articles.map((a) => a.kind)).toEqual(["news", "commentary", "news", "news"]);
    expect(page.unassigned).toEqual([]);
  });

  it("reads a bracketed byline of three people of two papers broken across lines", () => {
    expect(summary(page.articles[0])).toEqual({
      kind: "news",
      kicker: "郑国华来永督导平安建设工作时强调",
      title: "坚持发展“枫桥经验” 筑牢平安基层基础",
      subtitle: null,
      bylines: [
        { name: "何敏", role: "记者", organization: "金华日报" },
        { name: "应佳", role: "融媒记者", organization: "本报" },
        { name: "胡明", role: "通讯员", organization: null },
      ],
      reporters: ["何敏", "应佳", "胡明"],
      date: "2023-11-14",
      first: "11月14日下午，金华市委副书记、政法委书记郑国华来我市督导平安建设工作。",
      last: "他强调，要坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在基层、消除在萌芽状态，持续提升群众安全感和满意度，为高质量发展营造安全稳定的社会环境。",
    });
  });

  it("gives the commentary the heading printed above its signature, not the news before it", () => {
    expect(summary(page.articles[1])).toEqual({
      kind: "commentary",
      kicker: null,
      title: "让“小窗口”释放“大能量”",
      subtitle: "三论优化营商环境",
      bylines: [{ name: "本报评论员", role: "评论员", organization: "本报" }],
      reporters: [],
      date: "2023-11-15",
      first: "营商环境没有最好，只有更好。",
      last: "只要每一位窗口工作人员都用心用情，就一定能让企业和群众感受到这座城市的温度。",
    });
    expect(page.articles[1]?.paragraphs[0]).toContain("窗口服务的好坏，直接影响着");
  });

  it("dates an article without a dateline to the page date", () => {
    expect(summary(page.articles[2])).toEqual({
      kind: "news",
      kicker: "多措并举迎峰度冬",
      title: "全力保障电力平稳供应",
      subtitle: null,
      bylines: [{ name: "刘志远", role: "首席记者", organization: "本报" }],
      reporters: ["刘志远"],
      date: "2023-11-15",
      first: "面对冬季用电高峰，我市提前谋划、多措并举，全力保障全市电力平稳有序供应。",
      last: "供电部门还组建了30支党员服务队，深入企业和社区开展安全用电检查，帮助用户排查用电隐患。",
    });
    expect(page.articles[2]?.paragraphs[1]).toContain("改造10千伏线路120余公里");
  });

  it("takes a lone headline line as the title", () => {
    expect(summary(page.articles[3])).toEqual({
      kind: "news",
      kicker: null,
      title: "五金博览会下月开幕",
      subtitle: null,
      bylines: [{ name: "卢斌", role: "融媒记者", organization: "本报" }],
      reporters: ["卢斌"],
      date: "2023-11-15",
      first: "11月15日上午，2023中国（永康）五金博览会新闻发布会召开。",
      last: "据介绍，本届博览会设置智能门业、电动工具、厨具炊具等多个专业展区，预计吸引国内外参展企业1200余家。",
    });
    expect(page.articles[3]?.paragraphs[0]).toContain("以“世界五金之都 品质活力永康”为主题");
  });

  it("cleans letter-spaced quotes inside a body", () => {
    expect(page.articles[0]?.paragraphs.join("")).toContain("要坚持和发展新时代“枫桥经验”，把矛盾纠纷");
  });
});

describe("a page with a wire story and a correspondent's story (2022-03-06)", () => {
  const page = parseFixture("page-2022-03-06.txt", "2022-03-06");

  it("reads an outlet dateline (新华社…电) with its bracketed reporters", () => {
    expect(summary(page.articles[0])).toEqual({
      kind: "news",
      kicker: null,
      title: "浙江今年将新建高标准农田100万亩",
      subtitle: null,
      bylines: [
        { name: "张晓明", role: "记者", organization: "新华社" },
        { name: "王丽", role: "记者", organization: "新华社" },
      ],
      reporters: ["张晓明", "王丽"],
      date: "2022-03-05",
      first: "记者从浙江省农业农村厅获悉，今年我省将新建高标准农田100万亩，进一步夯实粮食安全基础。",
      last: "据介绍，新建的高标准农田将重点布局在粮食生产功能区，同步推进灌溉排水、田间道路等配套设施建设，力争亩均粮食产能提高10%以上。",
    });
  });

  it("reads a correspondent-only byline (no paper)", () => {
    expect(summary(page.articles[1])).toEqual({
      kind: "news",
      kicker: "我市启动春季植树造林活动",
      title: "全民植绿添新景 绿色发展入画来",
      subtitle: null,
      bylines: [{ name: "应晓燕", role: "通讯员", organization: null }],
      reporters: ["应晓燕"],
      date: "2022-03-04",
      first: "3月4日，我市启动春季植树造林活动，各镇街区干部群众纷纷走上山头，挥锹培土、扶苗浇水，为家乡增添新绿。",
      last: "今年，我市计划新增造林面积5000亩，建设森林城镇2个、森林村庄10个，持续巩固国家森林城市创建成果。",
    });
    expect(page.unassigned).toEqual([]);
  });
});
