import { describe, expect, it } from "vitest";
import { displayWidth, lineEnding } from "./chars";
import {
  cleanText,
  collapseDigitSpacing,
  collapseLetterSpacing,
  collapsePunctuationSpacing,
  joinLines,
  normalizeSpaces,
  toFullWidthPunctuation,
  toHalfWidthAlnum,
} from "./normalize-text";

describe("normalizeSpaces", () => {
  it("turns U+3000, NBSP and tabs into one ASCII space", () => {
    expect(normalizeSpaces("融媒首席记者\u3000陈晓苏")).toBe("融媒首席记者 陈晓苏");
    expect(normalizeSpaces("a\u00a0\tb")).toBe("a b");
  });

  it("collapses runs of spaces", () => {
    expect(normalizeSpaces("群策群力   合力攻坚")).toBe("群策群力 合力攻坚");
  });
});

describe("toHalfWidthAlnum", () => {
  it("makes full-width digits and letters half-width", () => {
    expect(toHalfWidthAlnum("２０２１年ＡＢｃ")).toBe("2021年ABc");
  });

  it("leaves full-width punctuation alone", () => {
    expect(toHalfWidthAlnum("（送审稿）“十四五”，")).toBe("（送审稿）“十四五”，");
  });
});

describe("toFullWidthPunctuation", () => {
  it("makes ASCII commas, semicolons, colons, question and exclamation marks next to CJK full-width", () => {
    expect(toFullWidthPunctuation("会议强调,要坚持;二是:好吗?好!")).toBe("会议强调，要坚持；二是：好吗？好！");
  });

  it("makes ASCII brackets and quotes next to CJK full-width", () => {
    expect(toFullWidthPunctuation('全体(扩大)会议,"世界五金之都"')).toBe("全体（扩大）会议，“世界五金之都”");
  });

  it("turns a full stop after an ideograph into 。", () => {
    expect(toFullWidthPunctuation("研究了其他事项.")).toBe("研究了其他事项。");
  });

  it("does not touch punctuation between digits or in Latin text", () => {
    expect(toFullWidthPunctuation("10:30 1,000 3.5 100-1=0 www.example.cn (a, b)")).toBe("10:30 1,000 3.5 100-1=0 www.example.cn (a, b)");
    expect(toFullWidthPunctuation("增长3.5%")).toBe("增长3.5%");
  });
});

describe("collapseLetterSpacing", () => {
  it("removes OCR letter-spacing inside a run of single characters", () => {
    expect(collapseLetterSpacing("发 展 开 展 了 大 量 调 查 研 究 ，形 成 了")).toBe("发展开展了大量调查研究，形成了");
    expect(collapseLetterSpacing("双 向 奔 赴 需 要 心 贴 心 、优 服 务 。")).toBe("双向奔赴需要心贴心、优服务。");
  });

  it("joins a letter-spaced run to the words on both sides", () => {
    expect(collapseLetterSpacing("起草小组参 考 了 各 部 门 单 位“ 十 三")).toBe("起草小组参考了各部门单位“十三");
    expect(collapseLetterSpacing("织密 监 测 预 警 网 ，严 防 聚 集 性 疫 情 发生。")).toBe("织密监测预警网，严防聚集性疫情发生。");
  });

  it("keeps the deliberate space in a slogan", () => {
    expect(collapseLetterSpacing("“世界五金之都 品质活力永康”")).toBe("“世界五金之都 品质活力永康”");
  });

  it("keeps the deliberate space in a two-phrase headline", () => {
    expect(collapseLetterSpacing("群策群力 合力攻坚")).toBe("群策群力 合力攻坚");
    expect(collapseLetterSpacing("解放思想改革创新 担当务实推动发展")).toBe("解放思想改革创新 担当务实推动发展");
  });

  it("keeps a single character next to a word, as in a byline broken across lines", () => {
    expect(collapseLetterSpacing("金华日报记者 楼盼 融")).toBe("金华日报记者 楼盼 融");
  });

  it("never glues Latin letters or digits", () => {
    expect(collapseLetterSpacing("C 从严从紧从快 打好打赢疫情防控战")).toBe("C 从严从紧从快 打好打赢疫情防控战");
    expect(collapseLetterSpacing("A B C")).toBe("A B C");
  });
});

describe("collapseDigitSpacing", () => {
  it("removes spaces between numbers and CJK", () => {
    expect(collapseDigitSpacing("12 月 23 日下午")).toBe("12月23日下午");
    expect(collapseDigitSpacing("不足 5000元增长至 5 万元")).toBe("不足5000元增长至5万元");
    expect(collapseDigitSpacing("陈晓苏） 8 月 1 日")).toBe("陈晓苏）8月1日");
  });

  it("keeps the space after a page label that mixes letters and digits", () => {
    expect(collapseDigitSpacing("A2 五金产业数字化转型提速")).toBe("A2 五金产业数字化转型提速");
  });

  it("keeps spaces between numbers and Latin text", () => {
    expect(collapseDigitSpacing("COVID 19 and 5 G")).toBe("COVID 19 and 5 G");
  });
});

describe("collapsePunctuationSpacing", () => {
  it("removes spaces next to full-width punctuation", () => {
    expect(collapsePunctuationSpacing("能 ；要")).toBe("能；要");
    expect(collapsePunctuationSpacing("本报讯（ 记者 张三 ）")).toBe("本报讯（记者 张三）");
  });

  it("removes spaces just inside quotes", () => {
    expect(collapsePunctuationSpacing("“ 十三五 ”")).toBe("“十三五”");
  });

  it("keeps the space between a quoted phrase and the next phrase", () => {
    expect(collapsePunctuationSpacing("“八八战略” 再出发")).toBe("“八八战略” 再出发");
  });
});

describe("cleanText", () => {
  it("applies every rule and trims", () => {
    expect(cleanText("  本报讯 12 月 23 日下午,市委常 ")).toBe("本报讯12月23日下午，市委常");
    expect(cleanText("抓 手 和 载 体 ，全 力 推 进 项 目 落 地 见")).toBe("抓手和载体，全力推进项目落地见");
    expect(cleanText("笔者与 10 多")).toBe("笔者与10多");
  });

  it("leaves clean text untouched", () => {
    const clean = "为建设“世界五金之都 品质活力永康”提供强大网络舆论支持。";
    expect(cleanText(clean)).toBe(clean);
  });

  it("is idempotent", () => {
    for (const s of ["发 展 开 展 了", "12 月 23 日", " 本报讯（融媒首席记者　陈晓苏）8月", "群策群力 合力攻坚", "A2 五金"]) {
      expect(cleanText(cleanText(s))).toBe(cleanText(s));
    }
  });

  it("never adds or removes an ideograph", () => {
    const s = "起草小组参 考 了 各 部 门 单 位“ 十 三 五”,１２月 ３ 日 A2 五金";
    const han = (x: string) => x.replace(/[^\u4e00-\u9fff]/g, "");
    expect(han(cleanText(s))).toBe(han(s));
  });
});

describe("joinLines", () => {
  it("joins the lines of a paragraph without a space, collapsing spacing across the line break", () => {
    expect(joinLines(["建设“世界五金之都 品质", "活力永康”主题主线"])).toBe("建设“世界五金之都 品质活力永康”主题主线");
    expect(joinLines(["织", "密 监 测 预 警 网 ，严 防 聚 集 性 疫 情 发", "生。"])).toBe("织密监测预警网，严防聚集性疫情发生。");
    expect(joinLines(["起草小组参 考 了 各 部 门 单 位“ 十 三", "五”工作总结"])).toBe("起草小组参考了各部门单位“十三五”工作总结");
  });
});

describe("displayWidth and lineEnding", () => {
  it("counts ideographs as 1 and ASCII and curly quotes as half", () => {
    expect(displayWidth("会议强调")).toBe(4);
    expect(displayWidth("2021年")).toBe(3);
    expect(displayWidth("“两战”")).toBe(3);
  });

  it("tells sentence ends, soft ends and run-on lines apart", () => {
    expect(lineEnding("强保障。")).toBe("full");
    expect(lineEnding("变成“最大增量”。”")).toBe("full");
    expect(lineEnding("要认真学习；")).toBe("soft");
    expect(lineEnding("建设“世界五金之都，品质活力永康”")).toBe("none");
    expect(lineEnding("全体（扩大）")).toBe("none");
  });
});
