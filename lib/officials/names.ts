// Reading a 2–3 character personal name out of unsegmented text.
//
// The text runs on after a name ("章旭升充分肯定", "吴燕，我市", "谢纯在市机关"),
// so the length is decided by what follows: a reading is only accepted when it
// is followed by a boundary or by a word that typically follows a name in news
// prose. A reading followed by a multi-character word (出席, 主持, 介绍…) beats
// one followed by a single-character particle (在, 和, 为…); on a tie the
// 3-character reading wins, as 3-character names are the common case.

import { isHan } from "./normalize";
import { placeBeforeAdminAt } from "./places";
import { surnameLengthAt } from "./surnames";

// Words that commonly come straight after a name (verbs of news prose, time
// words, 一行/同志/等人). Each is tested with startsWith, so order is irrelevant.
const STRONG_FOLLOWERS = (
  "主持 出席 参加 陪同 调研 考察 指出 强调 讲话 会见 会谈 表示 介绍 认为 要求 希望 提出 " +
  "充分 肯定 代表 宣布 宣读 指导 督导 检查 带队 率队 率领 带领 一行 同志 分别 先后 首先 " +
  "一同 一起 共同 深入 走访 看望 慰问 听取 察看 查看 了解 实地 致辞 发言 部署 解读 点评 " +
  "通报 签署 见证 接见 主讲 授课 调度 巡查 暗访 前往 参观 观看 做客 作客 说明 回答 十分 " +
  "非常 高度 对此 专程 亲自 当选 出任 兼任 担任 主张 寄语 勉励 鼓励 叮嘱 感谢 祝贺 点赞 " +
  "详细 仔细 认真 一边 边走 随后 最后 接着 还说 又说 坦言 透露 谈到 说到 告诉 " +
  "任组长 任主任 等人 等领导 发表 作出 作了 发出 近日 日前 今天 昨天 今日 昨日 上午 下午 晚上 同志们"
).split(" ");
const WEAK_FOLLOWERS = "在和与及同对向为来到赴回也还又就是等要将的说讲率带把从给曾已都则便先均系兼作做于并称";

// Characters that practically never occur inside a given name but often
// right after one; a reading containing them (after the surname) is rejected.
const NON_NAME_CHARS = new Set(
  Array.from("的了在是与及等着们就都还又并而但把被从这那个会议市省县区委局说要将已不没所该各每时后之其此出席参加陪持调研考察指讲话见表示介绍领导"),
);

// Bigrams that start with a surname character but are ordinary words.
const NOT_NAME_BIGRAMS = new Set(
  (
    "关于 关注 关心 关键 高度 高质 高标 高水 高效 全面 全市 全省 全县 全体 全力 全部 全国 全会 常委 常务 常态 " +
    "安全 安排 方面 方向 方式 方案 向着 应当 应急 应该 应对 应用 应有 金融 文化 文明 文件 石油 马上 万元 " +
    "于是 成为 成立 成效 成绩 成果 包括 温度 单位 华人 江南 向前 向上 向全 宁可 连续 管理 管控 " +
    "尤其 尚未 司法 商务 乐于 惠民 车辆 路线 师生 宗旨 精神 纪委 纪律 宣传 宣讲 项目 简称 " +
    "任务 任何 任组 任副 任主 任第 任常 任总 齐心 易于 康养 严格 严肃 严防 严守 严厉 武装 邢台 景区 程序 谈话 游客 路径 苏州"
  ).split(" "),
);

/** How strongly the text at `i` looks like what follows a name: 3 boundary/word, 2 particle, 0 none. */
export function followerScore(s: string, i: number): number {
  const c = s[i];
  if (c === undefined || !isHan(c)) return 3;
  for (const w of STRONG_FOLLOWERS) if (s.startsWith(w, i)) return 3;
  return WEAK_FOLLOWERS.includes(c) ? 2 : 0;
}

/** Whether s[i, i+len) is shaped like a personal name (surname, Han characters, no function words). */
export function isNameShape(s: string, i: number, len: number): boolean {
  if (len < 2 || len > 3 || i < 0 || i + len > s.length) return false;
  const sl = surnameLengthAt(s, i);
  if (sl === 0 || (sl === 2 && len !== 3)) return false;
  for (let k = i; k < i + len; k++) if (!isHan(s[k])) return false;
  for (let k = i + sl; k < i + len; k++) if (NON_NAME_CHARS.has(s[k] as string)) return false;
  if (sl === 1 && s[i] === s[i + 1]) return false; // "殷殷嘱托", not a name
  if (NOT_NAME_BIGRAMS.has(s.slice(i, i + 2))) return false;
  return placeBeforeAdminAt(s, i) === undefined;
}

/** Names already confirmed (this text or the archive), indexed by their first two characters. */
export class NameIndex {
  private readonly byPrefix = new Map<string, string[]>();
  constructor(names: Iterable<string>) {
    for (const n of names) this.add(n);
  }
  add(name: string): void {
    // Only 2–3 Han characters can ever be returned as a name; anything else in the archive is ignored.
    if (name.length < 2 || name.length > 3 || !Array.from(name).every(isHan)) return;
    const key = name.slice(0, 2);
    const list = this.byPrefix.get(key);
    if (!list) this.byPrefix.set(key, [name]);
    else if (!list.includes(name)) {
      list.push(name);
      list.sort((a, b) => b.length - a.length);
    }
  }
  /** Longest indexed name starting at `i`. */
  matchAt(s: string, i: number): string | undefined {
    const list = this.byPrefix.get(s.slice(i, i + 2));
    return list?.find((n) => s.startsWith(n, i));
  }
  /** Longest indexed name ending at `end` (exclusive). */
  matchEndingAt(s: string, end: number): string | undefined {
    for (const len of [3, 2]) {
      const cand = s.slice(end - len, end);
      if (end - len >= 0 && this.byPrefix.get(cand.slice(0, 2))?.includes(cand)) return cand;
    }
    return undefined;
  }
}

/** Length (2 or 3) of the name starting at `i` given what follows it, or 0. Requires evidence. */
export function readName(s: string, i: number, known?: NameIndex): number {
  const k = known?.matchAt(s, i);
  if (k !== undefined) return k.length;
  const s3 = isNameShape(s, i, 3) ? followerScore(s, i + 3) : 0;
  const s2 = isNameShape(s, i, 2) ? followerScore(s, i + 2) : 0;
  if (s3 === 0 && s2 === 0) return 0;
  return s3 >= s2 ? 3 : 2;
}

/** A list item delimited by "、" on the right ("、胡天忠、"): its length, or 0. */
export function readDelimitedName(s: string, i: number): number {
  for (const len of [2, 3]) if (s[i + len] === "、" && isNameShape(s, i, len)) return len;
  return 0;
}

// What may stand right before a name mentioned as "X总书记" / "X思想".
const PRECEDERS = "贯彻 落实 学习 遵循 按照 根据 关于 践行 领会 传达 坚持 牢记 深入 认真 用 以 对 在 和 与 及 是 为 将 把 由 向 同 的".split(" ");

/** Length (2 or 3) of the name ending at `end` (exclusive), read backwards, or 0. */
export function readNameBefore(s: string, end: number, known?: NameIndex): number {
  const k = known?.matchEndingAt(s, end);
  if (k !== undefined) return k.length;
  const score = (len: number): number => {
    const i = end - len;
    if (!isNameShape(s, i, len)) return 0;
    if (i === 0 || !isHan(s[i - 1])) return 2;
    return PRECEDERS.some((p) => i >= p.length && s.startsWith(p, i - p.length)) ? 2 : 1;
  };
  const s3 = score(3);
  const s2 = score(2);
  if (s3 === 0 && s2 === 0) return 0;
  return s3 >= s2 ? 3 : 2;
}
