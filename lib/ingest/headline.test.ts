import { describe, expect, it } from "vitest";
import { commentaryHeading, isTeaserLine, newsHeadline, stripDash } from "./headline";
import { splitLines } from "./lines";
import { range } from "./segment-page";

function headlineOf(text: string) {
  const lines = splitLines(text);
  return newsHeadline(lines, range(0, lines.length));
}

describe("newsHeadline", () => {
  it("reads kicker, blank line, title", () => {
    expect(headlineOf("某某在会上强调\n\n坚持创新突破 聚力提质增效\n")).toMatchObject({
      kicker: "某某在会上强调",
      title: "坚持创新突破 聚力提质增效",
      subtitle: null,
      extra: [],
    });
  });

  it("reads a subtitle printed on the line right after the title", () => {
    expect(headlineOf("某某会议召开\n\n全面起势 全力突破\n坚决打赢翻身仗\n")).toMatchObject({
      kicker: "某某会议召开",
      title: "全面起势 全力突破",
      subtitle: "坚决打赢翻身仗",
    });
  });

  it("takes one headline line alone as the title", () => {
    expect(headlineOf("五金博览会下月开幕")).toMatchObject({ kicker: null, title: "五金博览会下月开幕", subtitle: null });
  });

  it("takes two consecutive lines as title and subtitle, unless the first reads like a kicker", () => {
    expect(headlineOf("锚定目标抓落实\n以更大力度推动发展")).toMatchObject({ kicker: null, title: "锚定目标抓落实", subtitle: "以更大力度推动发展" });
    expect(headlineOf("某某在调研时强调\n着力数字赋能 推动共富先行")).toMatchObject({ kicker: "某某在调研时强调", title: "着力数字赋能 推动共富先行" });
  });

  it("strips the dash of a subtitle printed on its own", () => {
    expect(headlineOf("某某会议召开\n\n扎实做好安全工作\n\n——写在大会召开之际")).toMatchObject({
      title: "扎实做好安全工作",
      subtitle: "写在大会召开之际",
      extra: [],
    });
  });

  it("leaves teasers and anything after a full headline as extra lines", () => {
    const h = headlineOf("某某会议召开\n\n劲头不松\n慎终如始\n\nC 从严从紧从快 打好防疫战\n\n青春集结\n“同心战疫”特别报道\n");
    expect(h).toMatchObject({ kicker: "某某会议召开", title: "劲头不松", subtitle: "慎终如始" });
    expect(h.used).toEqual([0, 1, 2]);
    expect(h.extra).toEqual([3, 4, 5]);
  });
});

describe("commentaryHeading", () => {
  it("takes title and dash subtitle printed together above the signature", () => {
    const lines = splitLines("着力数字赋能 推动共富先行\n\n双向奔赴 收获幸福\n——论推进城市更新\n\n本报特约评论员\n");
    expect(commentaryHeading(lines, 3, 0)).toEqual({ kicker: null, title: "双向奔赴 收获幸福", subtitle: "论推进城市更新", first: 1 });
  });

  it("takes the title above a dash subtitle printed apart", () => {
    const lines = splitLines("标题一行\n\n——三论优化营商环境\n\n本报评论员\n");
    expect(commentaryHeading(lines, 2, 0)).toMatchObject({ title: "标题一行", subtitle: "三论优化营商环境", first: 0 });
  });

  it("never takes a line that ends a sentence", () => {
    const lines = splitLines("会议还研究了其他事项。\n\n本报评论员\n");
    expect(commentaryHeading(lines, 1, 0)).toEqual({ kicker: null, title: null, subtitle: null, first: 1 });
  });
});

describe("isTeaserLine and stripDash", () => {
  it("recognises teasers for other pages", () => {
    expect(isTeaserLine("C 从严从紧从快 打好打赢疫情防控战")).toBe(true);
    expect(isTeaserLine("A2 五金产业数字化转型提速")).toBe(true);
    expect(isTeaserLine("“同心战‘疫’永康力量”特别报道")).toBe(true);
    expect(isTeaserLine("详见第3版")).toBe(true);
    expect(isTeaserLine("群策群力 合力攻坚")).toBe(false);
  });

  it("strips a leading dash only", () => {
    expect(stripDash("——论坚定不移推进城市更新行动")).toBe("论坚定不移推进城市更新行动");
    expect(stripDash("双向奔赴——收获幸福")).toBe("双向奔赴——收获幸福");
  });
});

describe("newsHeadline with title and subtitle set apart", () => {
  it("takes a third lone line as the subtitle when another item follows", () => {
    const lines = splitLines("某某会议召开\n\n群策群力 合力攻坚\n\n坚决筑牢铜墙铁壁\n");
    expect(newsHeadline(lines, [0, 1, 2], false)).toMatchObject({ kicker: "某某会议召开", title: "群策群力 合力攻坚", subtitle: "坚决筑牢铜墙铁壁", extra: [] });
  });

  it("leaves a third lone line at the page end apart, as it may be a teaser", () => {
    const lines = splitLines("某某会议召开\n\n群策群力 合力攻坚\n\n青春集结筑起防疫长城\n");
    expect(newsHeadline(lines, [0, 1, 2], true)).toMatchObject({ title: "群策群力 合力攻坚", subtitle: null, extra: [2] });
  });
});
