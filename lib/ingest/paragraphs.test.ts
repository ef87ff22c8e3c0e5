import { describe, expect, it } from "vitest";
import { displayWidth, lineEnding } from "./chars";
import { buildParagraphs, columnWidth, type Piece } from "./paragraphs";

const pieces = (...lines: string[]): Piece[] => lines.map((raw) => ({ raw, width: displayWidth(raw), ending: lineEnding(raw) }));

describe("buildParagraphs", () => {
  it("starts a new paragraph after a short line that ends a sentence", () => {
    expect(
      buildParagraphs(pieces("本报讯 9月22日，市委常委会召", "开会议，传达学习习近平总书记在陕", "西榆林考察时的重要讲话精神，研究", "报，部署下步重点工作。", "市委书记章旭升主持会议。", "会议强调，要认真学习贯彻习近", "平总书记在陕西榆林考察时的重要讲", "化繁荣发展新局面。")),
    ).toEqual([
      "本报讯9月22日，市委常委会召开会议，传达学习习近平总书记在陕西榆林考察时的重要讲话精神，研究报，部署下步重点工作。",
      "市委书记章旭升主持会议。",
      "会议强调，要认真学习贯彻习近平总书记在陕西榆林考察时的重要讲化繁荣发展新局面。",
    ]);
  });

  it("starts a new paragraph at an indented line after a full line that ends a sentence", () => {
    const result = buildParagraphs(
      pieces("市委书记、市委网络安全和信息", "化委员会主任章旭升充分肯定去年以", "来我市网信工作取得的成绩，突出表", "络强国的“重要窗口”贡献永康力量。", "章旭升强调，要强化政治意识，坚", "持党管互联网不动摇，严格落实网络"),
    );
    expect(result).toHaveLength(2);
    expect(result[1]).toBe("章旭升强调，要强化政治意识，坚持党管互联网不动摇，严格落实网络");
  });

  it("continues the paragraph when a full-width line follows a sentence that ended at the line end", () => {
    const result = buildParagraphs(
      pieces("会议强调，芝英作为金华唯一入", "选全省首批千年古城试点，这是我市", "加快新型城镇化建设的重大机遇，有", "利于彰显文化底蕴、提升城市品位。", "要统一思想、抢抓机遇，为推进芝英千", "年古城建设提供支持。"),
    );
    expect(result).toHaveLength(1);
  });

  it("keeps an indented first line that ends a sentence in its paragraph", () => {
    const result = buildParagraphs(pieces("城市更新没有理由不取得胜利。", "双向奔赴需要心贴心、优服务。", "南苑区块退休职工、下岗工人、老干部", "较多。"));
    expect(result).toEqual(["城市更新没有理由不取得胜利。", "双向奔赴需要心贴心、优服务。南苑区块退休职工、下岗工人、老干部较多。"]);
  });

  it("joins lines without spaces and cleans the joined text", () => {
    expect(buildParagraphs(pieces("织", "密 监 测 预 警 网 ，严 防 聚 集 性 疫 情 发", "生。"))).toEqual(["织密监测预警网，严防聚集性疫情发生。"]);
  });
});

describe("columnWidth", () => {
  it("is the median width of the lines that run on", () => {
    expect(columnWidth(pieces("一二三四", "一二三四五六七八九十一二三四五六", "一二三四五六七八九十一二三四五六七", "一二三四五六七八九十一二三四五六", "完。"))).toBe(16);
  });
});
