// Titles written before a name: "市委书记", "市委副书记、市长",
// "金华市委常委、秘书长", "市新冠肺炎疫情防控工作领导小组第一组长".
//
// A title always ends with a position word (书记, 市长, 主任…); a chain is a
// run of such titles joined by "、" right before the name. Where the first
// title of a chain starts is not marked in unsegmented text ("环球网特邀金华
// 市委书记陈龙"), so it starts at the leftmost anchor (a place + admin level,
// an admin level, a national organ or an organ word) after the last character
// that cannot belong to a title (由, 在, 邀, 陪…).

import { isHan } from "./normalize";
import { ADMIN_CHARS, NATIONAL_JURISDICTION, PROVINCE_JURISDICTION, placeBeforeAdminAt } from "./places";

const POSITION_WORDS = (
  "总书记 书记 市长 省长 县长 区长 镇长 乡长 主任 主席 部长 秘书长 常委 委员 委员长 组长 院长 检察长 " +
  "局长 厅长 处长 总理 主委 政委 指挥长 总指挥 会长 专员 巡视员 调研员 党组成员"
)
  .split(" ")
  .sort((a, b) => b.length - a.length);

/** Finds every position word; a name may start where one ends. */
export function positionWordEnds(s: string): number[] {
  const re = new RegExp(POSITION_WORDS.join("|"), "g");
  const ends: number[] = [];
  for (let m = re.exec(s); m !== null; m = re.exec(s)) ends.push(m.index + m[0].length);
  return ends;
}

function positionSuffixLength(s: string, start: number, end: number): number {
  for (const w of POSITION_WORDS) if (end - w.length >= start && s.startsWith(w, end - w.length)) return w.length;
  return 0;
}

const MAX_TITLE = 40;
// Characters never found inside the titles this paper writes, but found right
// before them ("会议由市委副书记…", "特邀金华市委书记…", "陪同…").
const STOP_CHARS = "的了在由向对邀请陪见是为到来赴以将把被给让";
const NATIONAL_TOKENS = ["中共中央", "中央", "国务院", "国家", "全国"];
const ORGAN_TOKENS = [
  "中共", "原", "代市长", "代县长", "代区长", "代省长", "代理", "常务", "副", "党组", "党委", "党工委",
  "纪委", "监委", "政协", "人大", "宣传部", "组织部", "统战部", "政法委", "秘书长",
];
// An admin character after these is part of an ordinary word (城市, 社区, 同乡会), not a title's start.
const ADMIN_WORD_PREV: Readonly<Record<string, string>> = {
  市: "城全都超夜门股该本各",
  省: "全外本各该",
  县: "全各该本",
  区: "社城园景山街小发辖片新老矿保示",
  镇: "城乡村集重古",
  乡: "同城家老下故返",
};
// With no anchor the title is the whole run after the last stop character, if short enough to be one.
const MAX_UNANCHORED = 12;

function isAnchor(s: string, j: number, runStart: number): boolean {
  if (placeBeforeAdminAt(s, j) !== undefined) return true;
  if (NATIONAL_TOKENS.some((t) => s.startsWith(t, j)) || ORGAN_TOKENS.some((t) => s.startsWith(t, j))) return true;
  const c = s[j] as string;
  if (!ADMIN_CHARS.includes(c)) return false;
  return j === runStart || !(ADMIN_WORD_PREV[c] ?? "").includes(s[j - 1] as string);
}

function firstTitleStart(s: string, runStart: number, end: number, posLen: number): number {
  let k = runStart;
  for (let j = end - posLen - 1; j >= runStart; j--) {
    if (STOP_CHARS.includes(s[j] as string)) {
      k = j + 1;
      break;
    }
  }
  for (let j = k; j < end - posLen; j++) if (isAnchor(s, j, k)) return j;
  return end - k <= MAX_UNANCHORED ? k : end - posLen;
}

/** Where a title belongs, when the title says so; undefined means "same as the context". */
export function titleJurisdiction(title: string): string | undefined {
  const t = title.startsWith("中共") && !title.startsWith("中共中央") ? title.slice(2) : title;
  const place = placeBeforeAdminAt(t, 0);
  if (place !== undefined) return place;
  // "副省长", "常务副省长", "副总理": the level is after the rank prefix.
  const level = t.replace(/^(?:常务)?[副代]?/, "");
  if (level.startsWith("省")) return PROVINCE_JURISDICTION;
  if (NATIONAL_TOKENS.some((n) => t.startsWith(n)) || level === "总书记" || level === "总理") return NATIONAL_JURISDICTION;
  return undefined;
}

/**
 * Protocol rank of a chain (lower is higher), used to tell where an
 * enumeration crosses from one city's leaders to another's: lists follow
 * protocol order, so "金华市副市长A，市委书记B" (rank rises) or a second
 * 书记/市长 means B is not 金华's, while "金华市委书记A，市委副书记、市长B" is.
 * 1–4 are posts a city has only one of.
 */
export function protocolRank(titles: readonly string[]): number {
  let best = 8;
  for (const t of titles) {
    const r = /[市县区省]委书记$/.test(t) ? 1
      : /(?:^|[^副])[市县区省]长$/.test(t) ? 2
      : /(?:^|[^副])人大常委会主任$/.test(t) ? 3
      : /(?:^|[^副])政协主席$/.test(t) ? 4
      : t.endsWith("副书记") ? 5
      : t.endsWith("常委") ? 6
      : /副[市县区省]长$/.test(t) ? 7
      : 8;
    best = Math.min(best, r);
  }
  return best;
}

export interface TitleChain {
  /** Index where the first title starts. */
  start: number;
  titles: string[];
  /** Jurisdiction written in the chain (the last explicit one), if any. */
  jurisdiction: string | undefined;
}

/**
 * Reads the chain of titles ending right before `nameStart`. `blocked(i)` says
 * whether s[i] belongs to another mention (a title never runs into a name).
 */
export function readTitleChain(s: string, nameStart: number, blocked: (i: number) => boolean): TitleChain | undefined {
  const titles: string[] = [];
  let end = nameStart;
  let start = nameStart;
  for (;;) {
    let k = end;
    while (k > 0 && end - k < MAX_TITLE && isHan(s[k - 1]) && !blocked(k - 1)) k--;
    const posLen = positionSuffixLength(s, k, end);
    if (posLen === 0) break;
    const prevEnd = k - 1;
    const chained = s[prevEnd] === "、" && positionSuffixLength(s, Math.max(0, prevEnd - MAX_TITLE), prevEnd) > 0;
    // A title after "、" in a chain is the whole segment; the first one needs its start found.
    start = chained ? k : firstTitleStart(s, k, end, posLen);
    titles.unshift(s.slice(start, end));
    if (!chained) break;
    end = prevEnd;
  }
  if (titles.length === 0) return undefined;
  let jurisdiction: string | undefined;
  for (const t of titles) jurisdiction = titleJurisdiction(t) ?? jurisdiction;
  return { start, titles, jurisdiction };
}
