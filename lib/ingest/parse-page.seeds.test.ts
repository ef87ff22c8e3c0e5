import { describe, expect, it } from "vitest";
import { firstSentence, lastSentence, seedPages } from "./__fixtures__/support";
import { decodePage } from "./decode";
import { parsePage } from "./parse-page";
import type { Byline, ParsedArticle, ParsedPage } from "./types";

interface Expected {
  kind: ParsedArticle["kind"];
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  bylines: Byline[];
  reporters: string[];
  date: string;
  first: string;
  last: string;
}

const CHEN = { name: "陈晓苏", role: "融媒首席记者", organization: "本报" };
const CHEN_CHIEF = { name: "陈晓苏", role: "首席记者", organization: "本报" };
const ZHANG_CHIEF = { name: "张赤奎", role: "首席记者", organization: "本报" };

const EXPECTED: Record<string, Expected[]> = {
  "000": [
    {
      kind: "news",
      kicker: "章旭升在市委网络安全和信息化委员会第三次全体会议上强调",
      title: "着力实现依法治网与以德润网有机统一",
      subtitle: null,
      bylines: [CHEN],
      reporters: ["陈晓苏"],
      date: "2021-09-22",
      first: "9月22日下午，市委网络安全和信息化委员会举行第三次全体会议。",
      last: "他强调，市委网信办和各成员单位要切实担负起网信工作的政治责任，打通数据壁垒，发挥专业特长，创新管理机制，各司其职、协同配合，持续加强管网治网工作体系、制度体系、技术体系、人才体系、保障体系建设，不断提升网信工作能力水平，为我市网信事业发展提供坚强保障。",
    },
    {
      kind: "news",
      kicker: "市委常委会传达学习上级有关精神 研究多项重点工作",
      title: "解放思想改革创新 担当务实推动发展",
      subtitle: null,
      bylines: [CHEN],
      reporters: ["陈晓苏"],
      date: "2021-09-22",
      first: "9月22日，市委常委会召开会议，传达学习习近平总书记在陕西榆林考察时的重要讲话精神，研究我市贯彻落实意见，同时，听取关于2021年镇党委换届工作相关情况、支持芝英千年古城建设实施意见的汇报，部署下步重点工作。",
      last: "会议还研究了其他事项。",
    },
    {
      kind: "news",
      kicker: "金华市领导做客环球网《环球访谈》新闻直播间",
      title: "畅谈加快打造共同富裕先行示范浙中板块",
      subtitle: null,
      bylines: [{ name: "盛游", role: "记者", organization: "金华日报" }],
      reporters: ["盛游"],
      date: "2021-09-22",
      first: "面对共同富裕新使命新任务，金华市已有哪些实践基础，又将如何谋篇布局？",
      last: "邢志宏介绍了前两届金华发展大会在推动金华籍人才和资本、项目回归方面收到的成效，第三届金华发展大会的新亮点、新特色，并分享近年来金华市利用自身特点优势进行招才引智、招大引强的经验做法。",
    },
  ],
  "001": [
    {
      kind: "news",
      kicker: "市委常委会传达上级有关精神，研究市委市政府全会筹备事项",
      title: "拼搏实干争先进位 开创发展崭新局面",
      subtitle: null,
      bylines: [CHEN_CHIEF],
      reporters: ["陈晓苏"],
      date: "2020-12-23",
      first: "12月23日下午，市委常委会召开会议，传达学习习近平总书记在中共中央政治局第二十六次集体学习时的重要讲话精神，研究我市贯彻落实意见；听取了市委十四届九次全体（扩大）会议暨市政府十七届八次全体会议筹备情况的汇报，部署下一步重点工作。",
      last: "会议还审议通过了《永康市五大重点工作指挥部方案》，听取了关于2020年全市网信工作情况和“龙山经验”高峰论坛筹备情况的汇报，并研究了其他事项。",
    },
    {
      kind: "news",
      kicker: "张群环主持召开座谈会向市级老领导征求意见",
      title: "拉长工业经济长板 补齐民生事业短板",
      subtitle: null,
      bylines: [ZHANG_CHIEF],
      reporters: ["张赤奎"],
      date: "2020-12-22",
      first: "12月22日，市委副书记、市长张群环主持召开座谈会，就“十四五”规划和二〇三五年远景目标建议向市级老领导征求意见。",
      last: "同时，要进一步提高规划的执行力，不断提升信服力。",
    },
    {
      kind: "news",
      kicker: "章旭升在全市抗击新冠肺炎疫情总结表彰大会上强调",
      title: "弘扬伟大抗疫精神 凝聚前行信心力量",
      subtitle: null,
      bylines: [CHEN_CHIEF],
      reporters: ["陈晓苏"],
      date: "2020-12-23",
      first: "12月23日上午，继金华市抗击新冠肺炎疫情总结表彰大会之后，我市也召开总结表彰大会，隆重表彰为抗击新冠肺炎疫情作出突出贡献的先进个人和集体。",
      last: "同时，要未雨绸缪、加强引导，做好外来人员留永回永服务工作，让更多人感受永康的城市温度和发展热度，共同激发前行的信心和力量。",
    },
  ],
  "002": [
    {
      kind: "news",
      kicker: "章旭升在全市除险保安百日攻坚行动工作推进会上强调",
      title: "群策群力 合力攻坚",
      subtitle: "坚决筑牢防风险保平安护稳定的铜墙铁壁",
      bylines: [CHEN],
      reporters: ["陈晓苏"],
      date: "2022-08-02",
      first: "8月2日下午，我市召开除险保安百日攻坚行动工作推进会。",
      last: "要加大统筹协调力度，强化“一把手工程”抓紧抓严抓细抓到位意识，形成从发现问题到交办问题、落实整改、跟踪问效、督查通报的闭环管理模式，环环相扣、层层递进，确保工作责任再压实；要把功夫下在日常，把工作做在前面，以“晾晒不留情、整改不打折”为准则，不遮丑、不护短、求实效，确保晾晒机制再抓实；要更好发挥市镇两级社会治理中心作用，广泛发动社会组织、群众参与治理，提高群众参与度，确保基层治理再夯实，群策群力打好除险保安主动仗。",
    },
    {
      kind: "news",
      kicker: "朱重烈在永调研时强调",
      title: "着力数字赋能 推动共富先行",
      subtitle: null,
      bylines: [{ name: "楼盼", role: "记者", organization: "金华日报" }, CHEN],
      reporters: ["楼盼", "陈晓苏"],
      date: "2022-08-01",
      first: "8月1日下午至8月2日上午，金华市委书记朱重烈来我市调研。",
      last: "调研期间，朱重烈一行还参观了总部中心等地，听取有关工作情况汇报。",
    },
    {
      kind: "commentary",
      kicker: null,
      title: "双向奔赴 收获幸福",
      subtitle: "论坚定不移推进城市更新行动",
      bylines: [{ name: "本报特约评论员", role: "特约评论员", organization: "本报" }],
      reporters: [],
      date: "2022-08-02",
      first: "城市更新需要力度，更要有温度，要促成“人”与“城”双向奔赴。",
      last: "党和政府与人民心心相印，城市更新没有理由不取得胜利。",
    },
  ],
  "003": [
    {
      kind: "photo",
      kicker: null,
      title: null,
      subtitle: null,
      bylines: [{ name: "卢斌", role: "融媒记者", organization: "本报" }],
      reporters: ["卢斌"],
      date: "2023-04-21",
      first: "进入4月下旬，永城悄悄开启了“月季时间”，道路两侧，粉色、红色、橙色的月季争相绽放，连风中都带着甜蜜的气息。",
      last: "图为溪心路绿化带上盛开的月季花。",
    },
    {
      kind: "news",
      kicker: "金华市数字经济创新提质“一号发展工程”大会召开",
      title: "坚持创新突破 聚力提质增效",
      subtitle: "为奋进现代都市区注入强劲数字动能",
      bylines: [CHEN],
      reporters: ["陈晓苏"],
      date: "2023-04-21",
      first: "4月21日下午，金华市数字经济创新提质“一号发展工程”大会以视频形式召开。",
      last: "站在新起点上，各地各部门要拿出更大的闯劲、拼劲和定力，心往一处想、劲往一处使，全面加强组织领导，压实部门主体责任，加大政策支持力度，用好考核评价、督查激励等手段，持续营造大力发展数字经济的浓厚氛围，共同推动全市数字经济奋楫勇进、争创一流，切实把“最大变量”变成“最大增量”。",
    },
    {
      kind: "news",
      kicker: "建设平安金华工作会议召开",
      title: "扎实做好除险保安工作",
      subtitle: "提升全域本质安全水平",
      bylines: [CHEN],
      reporters: ["陈晓苏"],
      date: "2023-04-21",
      first: "4月21日下午，建设平安金华工作会议以视频形式召开。",
      last: "会议还就做好防汛防台工作提出要求，要构建完善上下贯通、条块结合、衔接有序的防汛应急指挥体系，加密布设专业监测设备，落实预警和应急响应联动机制，紧盯安全风险重点区域，持续滚动开展全域风险排查和隐患整治，确保安全度汛。",
    },
  ],
  "004": [
    {
      kind: "news",
      kicker: "金华市数字化改革推进会召开",
      title: "全面起势 全力突破",
      subtitle: "坚决打赢数字化改革翻身仗",
      bylines: [{ name: "张赤奎", role: "融媒首席记者", organization: "本报" }],
      reporters: ["张赤奎"],
      date: "2022-01-11",
      first: "1月11日，金华市数字化改革推进会暨“县乡一体、条抓块统”县域整体智治改革动员部署会召开。",
      last: "就贯彻落实会议精神，市委书记章旭升指出，要加大数字化改革统筹力，“一把手”要真正沉下去，扑下身子抓落实，分管领导要发挥示范引领作用，定期分析研判、查找不足、全面突破；要对照“三张清单”，贯彻“五个必须”要求，全面梳理今年数字化改革工作重点，全力抓好多跨场景运用、重构重塑改革体系等工作；要建立健全通报约谈机制，“一把手”要主动研究、主动谋划、狠抓落实，牵头部门既要敢于“亮剑”、又要善于“亮剑”，打造更多具有永康辨识度的标志性成果，推动数字化改革取得实效。",
    },
    {
      kind: "news",
      kicker: "章旭升在疫情防控工作视频调度会上强调",
      title: "劲头不松标准不降力度不减",
      subtitle: "慎终如始抓好疫情防控工作",
      bylines: [CHEN],
      reporters: ["陈晓苏"],
      date: "2022-01-11",
      first: "1月11日下午，我市召开疫情防控工作视频调度会。",
      last: "要强化工作督查指导，确保疫情防控不留漏洞、不留死角、不留盲区；强化社会宣传引导，着力培育市民养成文明健康生活习惯，筑牢全民防守的铜墙铁壁，为统筹疫情防控和经济社会发展营造良好氛围。",
    },
  ],
};

const TEASERS_004 = ["C 从严从紧从快 打好打赢疫情防控战", "青春集结筑起防疫长城", "“同心战‘疫’永康力量”特别报道"];

const parsed = seedPages().map((page) => {
  const text = decodePage(page.bytes, page.file);
  return { ...page, key: page.file.slice(0, 3), text, result: parsePage(text, page.date) };
});

const noSpace = (s: string) => s.replace(/\s/g, "");
const headlines = (result: ParsedPage) =>
  result.articles.flatMap((a) => [a.kicker, a.title, a.subtitle]).filter((h): h is string => h !== null);

describe("parsePage on the seed pages", () => {
  it("finds the 14 items of the five seed pages", () => {
    expect(parsed.map((p) => p.result.articles.length)).toEqual([3, 3, 3, 3, 2]);
  });

  describe.each(parsed)("page $file", ({ key, text, result }) => {
    const expected = EXPECTED[key] ?? [];

    it.each(expected.map((e, i) => [i, e] as const))("item %i has the printed kind, headline, bylines, date and body", (i, e) => {
      const a = result.articles[i];
      expect(a).toBeDefined();
      if (a === undefined) return;
      expect({ kind: a.kind, kicker: a.kicker, title: a.title, subtitle: a.subtitle }).toEqual({
        kind: e.kind,
        kicker: e.kicker,
        title: e.title,
        subtitle: e.subtitle,
      });
      expect(a.bylines).toEqual(e.bylines);
      expect(a.reporters).toEqual(e.reporters);
      expect(a.date).toBe(e.date);
      expect(firstSentence(a.paragraphs)).toBe(e.first);
      expect(lastSentence(a.paragraphs)).toBe(e.last);
    });

    it("keeps byline text out of every body", () => {
      for (const a of result.articles) {
        for (const p of a.paragraphs) {
          expect(p).not.toMatch(/本报讯|□|记者| 摄|摄$|评论员/);
        }
      }
    });

    it("keeps headline text out of every body", () => {
      const lines = headlines(result);
      for (const a of result.articles) {
        for (const p of a.paragraphs) {
          for (const h of lines) {
            expect(p === h || p.endsWith(h) || p.startsWith(h)).toBe(false);
          }
        }
      }
    });

    it("keeps unassigned text out of every article", () => {
      for (const u of result.unassigned) {
        for (const a of result.articles) {
          expect([a.kicker, a.title, a.subtitle, ...a.paragraphs].some((f) => f?.includes(u.text))).toBe(false);
        }
      }
    });

    it("gives ordered, non-overlapping spans that hold the item's byline, body and headline", () => {
      const spans = [...result.articles.map((a) => a.span), ...result.unassigned.map((u) => u.span)].sort((x, y) => x[0] - y[0]);
      spans.forEach(([start, end], i) => {
        expect(start).toBeLessThan(end);
        const next = spans[i + 1];
        if (next !== undefined) expect(end).toBeLessThanOrEqual(next[0]);
      });
      result.articles.forEach((a, i) => {
        const previous = result.articles[i - 1];
        if (previous !== undefined) expect(previous.span[1]).toBeLessThanOrEqual(a.span[0]);
        const slice = noSpace(text.slice(a.span[0], a.span[1]));
        expect(slice).toContain(noSpace((a.paragraphs[0] ?? "").slice(0, 12)));
        const lastHeadline = a.subtitle ?? a.title;
        if (a.kind === "news" && lastHeadline !== null) expect(slice.endsWith(noSpace(lastHeadline))).toBe(true);
        if (a.kind === "commentary" && a.title !== null) expect(slice.startsWith(noSpace(a.title))).toBe(true);
      });
      for (const u of result.unassigned) expect(noSpace(text.slice(u.span[0], u.span[1]))).toBe(noSpace(u.text));
    });
  });

  it("puts the three teaser lines of page 004 in unassigned", () => {
    const page = parsed.find((p) => p.key === "004");
    expect(page?.result.unassigned.map((u) => u.text)).toEqual(TEASERS_004);
  });

  it("leaves nothing unassigned on the pages without teasers", () => {
    for (const page of parsed.filter((p) => p.key !== "004")) expect(page.result.unassigned).toEqual([]);
  });

  it("collapses letter-spacing and spaced numbers but keeps the deliberate slogan space", () => {
    const bodies = parsed.map((p) => p.result.articles.map((a) => a.paragraphs.join("\n")).join("\n")).join("\n");
    expect(bodies).toContain("发展开展了大量调查研究，形成了");
    expect(bodies).toContain("12月23日下午");
    expect(bodies).toContain("织密监测预警网，严防");
    expect(bodies).toContain("起草小组参考了各部门单位“十三五”工作总结");
    expect(bodies).toContain("“世界五金之都 品质活力永康”");
    expect(bodies).toContain("不足5000元增长至5万元");
    expect(bodies).not.toMatch(/[\u4e00-\u9fff，。] [\u4e00-\u9fff，。] /);
  });

  it("starts the news body with the text after the byline", () => {
    const page000 = parsed.find((p) => p.key === "000");
    expect(page000?.result.articles[0]?.paragraphs[0]?.startsWith("9月22日下午，市委网络安全和信息化委员会举行第三次全体会议。")).toBe(true);
  });

  it("joins the lines of a paragraph without spaces and splits paragraphs at sentence ends", () => {
    const page000 = parsed.find((p) => p.key === "000");
    const first = page000?.result.articles[1];
    expect(first?.paragraphs[1]).toBe("市委书记章旭升主持会议。");
    expect(first?.paragraphs.length).toBe(8);
  });
});
