// The 14 articles of the 5 seed pages (seeds/pages), copied verbatim into
// __fixtures__ (OCR line breaks kept, blank lines dropped, bylines and
// headlines included). Each article pins the exact officials, in order of
// first mention, with titles, jurisdiction and actions.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractOfficials, type OfficialAction } from "./extract-officials";

const fixture = (id: string): string => readFileSync(new URL(`./__fixtures__/${id}.txt`, import.meta.url), "utf8");

/** [name, titles, jurisdiction, actions]; actions undefined = not pinned. */
type Row = [string, string[], string, OfficialAction[] | undefined];
const XI: Row = ["习近平", ["总书记"], "national", []];
const listed = (action: OfficialAction, ...names: string[]): Row[] => names.map((n) => [n, [], "永康", [action]]);

const EXPECTED: Record<string, Row[]> = {
  // 市委网信委第三次全体会议
  "seed-000-1": [
    XI,
    ["章旭升", ["市委书记", "市委网络安全和信息化委员会主任"], "永康", ["出席", "指出", "强调"]],
    ...listed("出席", "张群环", "周启标", "程学军", "胡天忠", "喻文明", "朱茂均"),
  ],
  // 市委常委会
  "seed-000-2": [XI, ["章旭升", ["市委书记"], "永康", ["主持"]]],
  // 金华市领导做客环球网 (金华日报 byline 盛游)
  "seed-000-3": [
    ["陈龙", ["金华市委书记"], "金华", []],
    ["邢志宏", ["市委副书记", "市长"], "金华", []],
  ],
  // 市委常委会 (2020-12)
  "seed-001-1": [XI, ["章旭升", ["市委书记"], "永康", ["主持"]]],
  // 张群环主持座谈会 (byline 张赤奎; 老领导们 / 市级老领导 are not officials)
  "seed-001-2": [
    ["张群环", ["市委副书记", "市长"], "永康", ["主持"]],
    ["童国华", [], "永康", ["参加"]],
  ],
  // 抗疫总结表彰大会
  "seed-001-3": [
    ["章旭升", ["市委书记"], "永康", ["强调", "指出"]],
    ["张群环", ["市委副书记", "市长"], "永康", ["主持"]],
    ...listed("出席", "陈美蓉", "程学军", "吴婉珍", "胡天忠", "喻文明", "童国华", "朱志昂", "郑云涛", "李浩锋", "朱茂均", "朱长林"),
    XI,
  ],
  // 除险保安百日攻坚推进会
  "seed-002-1": [
    ["章旭升", ["市委书记"], "永康", ["强调", "指出"]],
    XI,
    ["胡勇春", ["市委副书记", "市长"], "永康", ["主持"]],
    ...listed("出席", "陈建勋", "郑云涛", "蒋华蒙"),
  ],
  // 朱重烈在永调研 (bylines 楼盼, 陈晓苏; 星月集团, 王力安防 are companies)
  "seed-002-2": [
    ["朱重烈", ["金华市委书记"], "金华", ["调研", "强调", "指出", "考察"]],
    XI,
    ["李雄伟", ["金华市委常委", "秘书长"], "金华", ["陪同"]],
    ["章旭升", [], "永康", ["陪同"]],
    ["李浩锋", [], "永康", ["陪同"]],
  ],
  // 本报特约评论员 commentary
  "seed-002-3": [],
  // photo caption, 融媒记者 卢斌 摄
  "seed-003-1": [],
  // 金华数字经济 "一号发展工程" 大会
  "seed-003-2": [
    XI,
    ["章旭升", ["市委书记"], "永康", ["参加"]],
    ...listed("参加", "胡勇春", "李浩锋", "胡天忠", "朱彭年"),
    ["朱重烈", ["金华市委书记"], "金华", undefined],
  ],
  // 建设平安金华工作会议 (习近平法治思想: no title written)
  "seed-003-3": [
    ["习近平", [], "national", []],
    ...listed("参加", "章旭升", "胡勇春", "陈建勋", "喻文明", "郑云涛", "施礼干", "杨兵", "蒋华蒙", "黄瑞燕"),
  ],
  // 金华市数字化改革推进会 (和法检代理“两长” is not a name)
  "seed-004-1": [
    ["吴燕", ["金华市委常委", "纪委书记"], "金华", ["参加"]],
    ["章旭升", ["市委书记"], "永康", ["参加", "指出"]],
    ...listed("参加", "胡勇春", "陈美蓉", "朱世道", "陈建勋", "蒋震雷", "喻文明", "童国华", "俞兰", "施礼干", "吴东明", "蒋华蒙"),
  ],
  // 疫情防控工作视频调度会
  "seed-004-2": [
    ["章旭升", ["市委书记", "市新冠肺炎疫情防控工作领导小组第一组长"], "永康", ["强调", "指出"]],
    ...listed("出席", "胡勇春", "陈建勋", "童国华", "俞兰", "施礼干", "吴东明", "卢轶", "谢纯"),
  ],
};

const JOURNALISTS = ["陈晓苏", "张赤奎", "楼盼", "卢斌", "盛游"];
const ids = Object.keys(EXPECTED);

describe("seed articles", () => {
  it("covers all 14 articles of the 5 seed pages", () => {
    expect(ids).toHaveLength(14);
  });

  it.each(ids)("%s: exact officials, titles, jurisdictions, actions", (id) => {
    const got = extractOfficials(fixture(id));
    const rows = EXPECTED[id] ?? [];
    expect(got.map((o) => [o.name, o.titles, o.jurisdiction])).toEqual(rows.map(([n, t, j]) => [n, t, j]));
    rows.forEach(([, , , actions], i) => {
      if (actions !== undefined) expect(got[i]?.actions, got[i]?.name).toEqual(actions);
    });
  });

  it("counts titled and bare mentions", () => {
    const count = (id: string, name: string) => extractOfficials(fixture(id)).find((o) => o.name === name)?.count;
    expect(count("seed-000-1", "章旭升")).toBe(5);
    expect(count("seed-000-3", "陈龙")).toBe(2);
    expect(count("seed-000-3", "邢志宏")).toBe(2);
    expect(count("seed-001-1", "习近平")).toBe(5);
    expect(count("seed-001-2", "张群环")).toBe(4);
    expect(count("seed-002-2", "朱重烈")).toBe(8);
    expect(count("seed-004-2", "章旭升")).toBe(4);
  });

  it("never returns a journalist, even when the archive lists the name", () => {
    for (const id of ids) {
      const names = extractOfficials(fixture(id), { knownNames: JOURNALISTS }).map((o) => o.name);
      for (const j of JOURNALISTS) expect(names, id).not.toContain(j);
    }
  });

  it("gives the same result with blank lines between OCR lines (raw page layout)", () => {
    for (const id of ids) {
      const spaced = fixture(id).split("\n").join("\n\n");
      expect(extractOfficials(spaced), id).toEqual(extractOfficials(fixture(id)));
    }
  });

  it("gives the same result when the archive already knows every seed official", () => {
    const known = [...new Set(Object.values(EXPECTED).flatMap((rows) => rows.map(([n]) => n)))];
    for (const id of ids) expect(extractOfficials(fixture(id), { knownNames: known }), id).toEqual(extractOfficials(fixture(id)));
  });
});
