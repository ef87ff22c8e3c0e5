import { describe, expect, it } from "vitest";
import { matchBoxByline, matchCommentarySignature, parseBylineTokens, parseLead } from "./bylines";
import { matchPhotoCredit } from "./photo-credit";

describe("matchBoxByline", () => {
  it("reads this paper's role and name", () => {
    expect(matchBoxByline("□融媒首席记者 陈晓苏")).toEqual([{ name: "陈晓苏", role: "融媒首席记者", organization: "本报" }]);
    expect(matchBoxByline("□首席记者 张赤奎")).toEqual([{ name: "张赤奎", role: "首席记者", organization: "本报" }]);
  });

  it("splits another paper's name off the role", () => {
    expect(matchBoxByline("□金华日报记者 盛游")).toEqual([{ name: "盛游", role: "记者", organization: "金华日报" }]);
  });

  it("reads several people and a role glued to its name", () => {
    expect(matchBoxByline("□融媒记者 王晓峰 李敏 通讯员 张三")).toEqual([
      { name: "王晓峰", role: "融媒记者", organization: "本报" },
      { name: "李敏", role: "融媒记者", organization: "本报" },
      { name: "张三", role: "通讯员", organization: null },
    ]);
    expect(matchBoxByline("□本报记者陈晓苏")).toEqual([{ name: "陈晓苏", role: "记者", organization: "本报" }]);
  });

  it("is not fooled by a □ bullet in running text", () => {
    expect(matchBoxByline("□要坚持问题导向，推动工作落实")).toBeNull();
    expect(matchBoxByline("□")).toBeNull();
  });
});

describe("parseLead", () => {
  it("reads 本报讯 followed by the body", () => {
    expect(parseLead("本报讯 9月22日下午，市委网络")).toMatchObject({ marker: "本报讯", paren: null, bylines: [], rest: "9月22日下午，市委网络" });
  });

  it("reads a bracketed byline of several papers", () => {
    expect(parseLead("本报讯（金华日报记者 楼盼 融媒首席记者 陈晓苏）8月1日下午至")).toEqual({
      marker: "本报讯",
      paren: "（金华日报记者 楼盼 融媒首席记者 陈晓苏）",
      bylines: [
        { name: "楼盼", role: "记者", organization: "金华日报" },
        { name: "陈晓苏", role: "融媒首席记者", organization: "本报" },
      ],
      rest: "8月1日下午至",
      outlet: "本报",
    });
  });

  it("reads an outlet dateline and gives its reporters the outlet", () => {
    expect(parseLead("新华社北京1月10日电（记者 张三 李四）记者从…")).toMatchObject({
      marker: "新华社北京1月10日电",
      bylines: [
        { name: "张三", role: "记者", organization: "新华社" },
        { name: "李四", role: "记者", organization: "新华社" },
      ],
      rest: "记者从…",
    });
  });

  it("leaves a bracket that is not a byline in the body", () => {
    expect(parseLead("本报讯（记者节特别报道）全市")).toMatchObject({ paren: null, bylines: [], rest: "（记者节特别报道）全市" });
  });

  it("does not match ordinary text", () => {
    expect(parseLead("会议强调，要认真学习")).toBeNull();
  });
});

describe("matchCommentarySignature", () => {
  it("keeps an unsigned column's signature as the name", () => {
    expect(matchCommentarySignature("本报特约评论员")).toEqual([{ name: "本报特约评论员", role: "特约评论员", organization: "本报" }]);
    expect(matchCommentarySignature("本报评论员")).toEqual([{ name: "本报评论员", role: "评论员", organization: "本报" }]);
  });

  it("reads a named commentator", () => {
    expect(matchCommentarySignature("特约评论员 王明")).toEqual([{ name: "王明", role: "特约评论员", organization: "本报" }]);
  });

  it("ignores body text mentioning a commentator", () => {
    expect(matchCommentarySignature("本报特约评论员指出，要坚持")).toBeNull();
  });
});

describe("matchPhotoCredit", () => {
  it("splits the credit off the end of a caption line", () => {
    expect(matchPhotoCredit("季花。融媒记者 卢斌 摄")).toEqual({
      caption: "季花。",
      credit: "融媒记者 卢斌 摄",
      bylines: [{ name: "卢斌", role: "融媒记者", organization: "本报" }],
    });
  });

  it("reads a credit alone on its line and several photographers", () => {
    expect(matchPhotoCredit("融媒记者 卢斌 通讯员 张三 摄")).toMatchObject({
      caption: "",
      bylines: [
        { name: "卢斌", role: "融媒记者" },
        { name: "张三", role: "通讯员" },
      ],
    });
    expect(matchPhotoCredit("卢斌 摄")).toMatchObject({ caption: "", bylines: [{ name: "卢斌", role: null }] });
  });

  it("does not take a word ending in 摄 for a credit", () => {
    expect(matchPhotoCredit("组织记者们进行拍摄")).toBeNull();
    expect(matchPhotoCredit("正在拍摄")).toBeNull();
  });
});

describe("parseBylineTokens", () => {
  it("gives a correspondent's unit as the organisation", () => {
    expect(parseBylineTokens("通讯员 市公安局 李四").bylines).toEqual([{ name: "李四", role: "通讯员", organization: "市公安局" }]);
  });

  it("rejects tokens that are neither papers, roles, units nor names", () => {
    expect(parseBylineTokens("记者 张三 要强化政治意识，坚").ok).toBe(false);
    expect(parseBylineTokens("记者 张三 金华日报").ok).toBe(false);
  });
});
