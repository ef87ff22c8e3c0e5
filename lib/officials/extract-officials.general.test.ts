// Generalisation: articles written for these tests in the paper's style, with
// names and titles that appear nowhere in the seeds, so the extractor is
// shown to work from language patterns rather than from known people.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractOfficials, type OfficialAction } from "./extract-officials";

const fixture = (id: string): string => readFileSync(new URL(`./__fixtures__/${id}.txt`, import.meta.url), "utf8");

type Row = [string, string[], string, OfficialAction[]];
const simple = (text: string, options?: Parameters<typeof extractOfficials>[1]): Row[] =>
  extractOfficials(text, options).map((o) => [o.name, o.titles, o.jurisdiction, o.actions]);

const EXPECTED: Record<string, Row[]> = {
  // titles before names, an enumeration joined by "、" and "，" into a 市领导 list
  "gen-01-rural": [
    ["王建国", ["市委副书记"], "永康", ["出席", "指出", "强调"]],
    ["李晓东", ["市人大常委会主任"], "永康", ["出席"]],
    ["赵立平", ["市政协主席"], "永康", ["出席"]],
    ["孙丽", [], "永康", ["出席"]],
    ["钱国平", [], "永康", ["出席"]],
    ["冯雷", [], "永康", ["出席"]],
  ],
  // 2-char name + 一行 / 说 / 表示, "她强调", company names, byline with 通讯员
  "gen-02-enterprise": [
    ["周敏", ["副市长"], "永康", ["调研", "强调"]],
    ["陈刚", ["市经信局局长"], "永康", ["陪同"]],
  ],
  // 金华市副市长 visiting; 3-char name with 一 inside
  "gen-03-jinhua-visit": [
    ["林一鸣", ["金华市副市长"], "金华", ["指出"]],
    ["陈思远", ["市委常委", "宣传部部长"], "永康", ["陪同"]],
  ],
  // 2-char names next to verbs, compound surname in a list
  "gen-04-two-char": [
    ["刘洋", ["市委书记"], "永康", ["主持", "强调"]],
    ["王强", [], "永康", ["出席"]],
    ["李娜", [], "永康", ["出席"]],
    ["张伟", [], "永康", ["出席"]],
    ["欧阳明", [], "永康", ["出席"]],
  ],
  // 省委常委、金华市委书记 (the more local title wins), 习近平新时代…思想
  "gen-05-province": [
    ["朱晓东", ["省委常委", "金华市委书记"], "金华", ["调研", "强调"]],
    ["习近平", [], "national", []],
    ["方华", ["金华市委常委", "秘书长"], "金华", ["陪同"]],
    ["何志强", [], "永康", ["陪同"]],
    ["叶青", [], "永康", ["陪同"]],
  ],
  // comma-joined enumeration of home leaders, name split by a line break, 老领导们
  "gen-06-enumeration": [
    ["郑宏伟", ["市委书记"], "永康", ["参加"]],
    ["孔令辉", ["市委副书记", "代市长"], "永康", ["参加", "主持"]],
    ["杜海燕", ["市人大常委会主任"], "永康", ["参加"]],
    ["许文", ["市政协主席"], "永康", ["参加"]],
  ],
  // national leaders split across OCR lines (习近\n平总书记, 习\n近平法治思想), 李强总理
  "gen-07-national": [
    ["习近平", ["总书记"], "national", []],
    ["李强", ["总理"], "national", []],
    ["郑宏伟", ["市委书记", "市委全面依法治市委员会主任"], "永康", ["主持", "指出"]],
  ],
  // photo caption with an official and a photographer
  "gen-08-caption": [["郑宏伟", ["市委书记"], "永康", []]],
  // organisations, companies, 市领导干部大会, 老领导们, 本报特约评论员
  "gen-09-no-officials": [],
  // bare mentions only: nothing without the archive's help (see below)
  "gen-10-known": [],
  // 金华 enumeration inherited by the second leader; then our own leaders; OCR-spaced line
  "gen-11-jinhua-leaders": [
    ["王卫东", ["金华市委副书记", "市长"], "金华", ["调研", "强调"]],
    ["郑静", ["市委常委", "组织部部长"], "金华", ["调研", "指出"]],
    ["郑宏伟", ["市委书记"], "永康", ["陪同"]],
    ["孔令辉", ["市委副书记", "代市长"], "永康", ["陪同"]],
  ],
  // 副省长 → 浙江; protocol order ends the 金华 inheritance; 义乌 leader
  "gen-12-province-and-neighbour": [
    ["许明远", ["副省长"], "浙江", ["调研"]],
    ["林一鸣", ["金华市副市长"], "金华", ["陪同"]],
    ["郑宏伟", ["市委书记"], "永康", ["陪同"]],
    ["徐立新", ["市委常委", "常务副市长"], "永康", ["陪同"]],
    ["王健", ["义乌市委副书记", "市长"], "义乌", []],
  ],
};

const JOURNALISTS = ["周海涛", "林晓", "吴思远", "蒋文", "应晓明", "吕丹", "王立平", "陈晓苏", "张赤奎"];

describe("articles with other officials", () => {
  it.each(Object.keys(EXPECTED))("%s", (id) => {
    expect(simple(fixture(id))).toEqual(EXPECTED[id]);
  });

  it("never returns a journalist, even when the archive lists the name", () => {
    for (const id of Object.keys(EXPECTED)) {
      const names = extractOfficials(fixture(id), { knownNames: JOURNALISTS }).map((o) => o.name);
      expect(names.filter((n) => JOURNALISTS.includes(n)), id).toEqual([]);
    }
  });

  it("recognises bare mentions of names the archive has confirmed", () => {
    const got = extractOfficials(fixture("gen-10-known"), { knownNames: ["胡海峰", "王力"] });
    // 王力 is also the start of the company 王力安防: not followed by anything name-like, so not a mention.
    expect(got).toEqual([{ name: "胡海峰", titles: [], jurisdiction: "永康", actions: ["强调"], count: 2 }]);
  });
});

describe("sentence patterns", () => {
  const cases: [string, Row[]][] = [
    ["会议由市委副书记、市长胡勇春主持。", [["胡勇春", ["市委副书记", "市长"], "永康", ["主持"]]]],
    [
      "市委常委、常务副市长徐立新，副市长应晓霞参加调研。",
      [
        ["徐立新", ["市委常委", "常务副市长"], "永康", ["参加"]],
        ["应晓霞", ["副市长"], "永康", ["参加"]],
      ],
    ],
    ["副市长周敏说，要做好服务。", [["周敏", ["副市长"], "永康", []]]],
    ["副市长陈大为出席会议。", [["陈大为", ["副市长"], "永康", ["出席"]]]],
    ["市委书记章旭升在全市经济工作会议上作重要讲话。", [["章旭升", ["市委书记"], "永康", ["讲话"]]]],
    ["市委书记章旭升会见了客商代表。", [["章旭升", ["市委书记"], "永康", ["会见"]]]],
    ["出席会议的领导有市委书记章旭升、市委副书记胡勇春。", [
      ["章旭升", ["市委书记"], "永康", ["出席"]],
      ["胡勇春", ["市委副书记"], "永康", ["出席"]],
    ]],
    ["武义县委书记吴春燕来永交流。", [["吴春燕", ["武义县委书记"], "武义", []]]],
    ["中共中央总书记、国家主席、中央军委主席习近平发表重要讲话。", [
      ["习近平", ["中共中央总书记", "国家主席", "中央军委主席"], "national", []],
    ]],
    ["学习李强总理讲话精神。", [["李强", ["总理"], "national", []]]],
    ["市领导胡天忠、俞兰等出席。", [
      ["胡天忠", [], "永康", ["出席"]],
      ["俞兰", [], "永康", ["出席"]],
    ]],
    ["在主会场出席会议的市领导有章旭升、胡勇春、俞兰。", [
      ["章旭升", [], "永康", ["出席"]],
      ["胡勇春", [], "永康", ["出席"]],
      ["俞兰", [], "永康", ["出席"]],
    ]],
    ["市四套班子领导章旭升、胡勇春出席。", [
      ["章旭升", [], "永康", ["出席"]],
      ["胡勇春", [], "永康", ["出席"]],
    ]],
    ["市委书记章旭升，市委副书记、市长胡勇春等市领导出席。", [
      ["章旭升", ["市委书记"], "永康", ["出席"]],
      ["胡勇春", ["市委副书记", "市长"], "永康", ["出席"]],
    ]],
    // not officials
    ["市级领导干部参加。班子领导干部述职。", []],
    ["由市委书记任组长，市长任第一副组长。", []],
    ["市领导高度重视，市领导班子成员包联企业。", []],
    ["市委书记项目攻坚，市委书记带头抓。", []],
    ["市长热线、市长信箱受理群众诉求。主任会议审议。", []],
    ["会上，金华市领导对永康给予肯定。", []],
    ["习近平总书记殷殷嘱托，他强调，要加强调研。其他参加人员。", [["习近平", ["总书记"], "national", []]]],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(simple(text)).toEqual(expected);
  });

  it("tolerates line breaks and OCR padding inside names and titles", () => {
    expect(simple("市委副书记、\n市长胡\n勇春主持会议。")).toEqual([["胡勇春", ["市委副书记", "市长"], "永康", ["主持"]]]);
    expect(simple("市 领 导 章 旭 升 、 胡 勇 春 出 席 会 议 。")).toEqual([
      ["章旭升", [], "永康", ["出席"]],
      ["胡勇春", [], "永康", ["出席"]],
    ]);
  });
});
