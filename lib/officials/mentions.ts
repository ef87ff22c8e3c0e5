// Finding mentions in prepared (byline-masked, whitespace-free) text, in four
// passes, each claiming the characters of the names it finds so later passes
// cannot reread them:
//   1. lists after 市领导 / 我市领导 / 金华市领导 / 省领导;
//   2. title chains before a name (市委副书记、市长胡勇春);
//   3. national leaders written name-first (习近平总书记, 习近平法治思想);
//   4. bare mentions of names found above or confirmed by the archive.

import { isHan } from "./normalize";
import { HOME_JURISDICTION, NATIONAL_JURISDICTION, PROVINCE_JURISDICTION, placeBeforeAdminAt } from "./places";
import { followerScore, NameIndex, readDelimitedName, readName, readNameBefore } from "./names";
import { positionWordEnds, readTitleChain } from "./titles";

export interface Member {
  name: string;
  /** Index of the name in the prepared text. */
  pos: number;
  titles: string[];
  /** Jurisdiction the mention states (title prefix, list trigger, national form). */
  jurisdiction: string | undefined;
  /** Unprefixed titles take the jurisdiction of the enumeration they are in. */
  inherits: boolean;
}

export interface Mention {
  kind: "list" | "titled" | "national" | "bare";
  start: number;
  end: number;
  members: Member[];
}

class Claims {
  private readonly taken: Uint8Array;
  constructor(n: number) {
    this.taken = new Uint8Array(n);
  }
  has = (i: number): boolean => this.taken[i] === 1;
  any(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.taken[i] === 1) return true;
    return false;
  }
  claim(from: number, to: number): void {
    this.taken.fill(1, from, to);
  }
}

/** Names separated by "、" (or a final 和/及) starting at `i`; the first must be readable. */
function readNames(s: string, i: number, known: NameIndex | undefined, claims: Claims): { pos: number; len: number }[] {
  const out: { pos: number; len: number }[] = [];
  for (let p = i; ; ) {
    const len = readDelimitedName(s, p) || readName(s, p, known);
    if (len === 0 || claims.any(p, p + len)) break;
    out.push({ pos: p, len });
    p += len;
    const sep = s[p];
    if (sep === "、") p += 1;
    else if (sep === "和" || sep === "及") p += 1;
    else break;
  }
  return out;
}

function listTrigger(s: string, lingdao: number): { start: number; jurisdiction: string } | undefined {
  // "市四套班子领导", "市级领导": the home city's leaders too.
  if (s.startsWith("班子", lingdao - 2)) return { start: lingdao - 2, jurisdiction: HOME_JURISDICTION };
  if (s.startsWith("市级", lingdao - 2)) return { start: lingdao - 2, jurisdiction: HOME_JURISDICTION };
  const admin = s[lingdao - 1];
  if (admin !== "市" && admin !== "省") return undefined;
  if (admin === "市" && s[lingdao - 2] === "我") return { start: lingdao - 2, jurisdiction: HOME_JURISDICTION };
  for (const len of [2, 3]) {
    const place = placeBeforeAdminAt(s, lingdao - 1 - len);
    if (place !== undefined && place.length === len) return { start: lingdao - 1 - len, jurisdiction: place };
  }
  return { start: lingdao - 1, jurisdiction: admin === "省" ? PROVINCE_JURISDICTION : HOME_JURISDICTION };
}

function findLists(s: string, known: NameIndex | undefined, claims: Claims): Mention[] {
  const out: Mention[] = [];
  for (let k = s.indexOf("领导"); k >= 0; k = s.indexOf("领导", k + 2)) {
    const trigger = listTrigger(s, k);
    if (!trigger) continue;
    // "出席会议的市领导有…", "…还有…".
    const from = s.startsWith("还有", k + 2) ? k + 4 : s[k + 2] === "有" ? k + 3 : k + 2;
    const names = readNames(s, from, known, claims);
    const last = names[names.length - 1];
    if (!last) continue;
    for (const n of names) claims.claim(n.pos, n.pos + n.len);
    const members = names.map(({ pos, len }) => ({
      name: s.slice(pos, pos + len),
      pos,
      titles: [],
      jurisdiction: trigger.jurisdiction,
      inherits: false,
    }));
    out.push({ kind: "list", start: trigger.start, end: last.pos + last.len, members });
  }
  return out;
}

function findTitled(s: string, known: NameIndex | undefined, claims: Claims): Mention[] {
  const out: Mention[] = [];
  for (const p of positionWordEnds(s)) {
    const len = claims.has(p) ? 0 : readName(s, p, known);
    if (len === 0 || claims.any(p, p + len)) continue;
    const chain = readTitleChain(s, p, claims.has);
    if (!chain) continue;
    claims.claim(p, p + len);
    const head: Member = { name: s.slice(p, p + len), pos: p, titles: chain.titles, jurisdiction: chain.jurisdiction, inherits: true };
    const members = [head];
    let end = p + len;
    // "副市长周敏、林一鸣出席": further names share the enumeration, not the title.
    if (s[end] === "、") {
      for (const n of readNames(s, end + 1, known, claims)) {
        claims.claim(n.pos, n.pos + n.len);
        members.push({ name: s.slice(n.pos, n.pos + n.len), pos: n.pos, titles: [], jurisdiction: undefined, inherits: true });
        end = n.pos + n.len;
      }
    }
    out.push({ kind: "titled", start: chain.start, end, members });
  }
  return out;
}

const NATIONAL_AFTER_NAME = /总书记|(?<!副)总理|(?:新时代中国特色社会主义|法治|生态文明|强军|外交|经济|文化)思想/g;

function findNational(s: string, known: NameIndex | undefined, claims: Claims): Mention[] {
  const out: Mention[] = [];
  NATIONAL_AFTER_NAME.lastIndex = 0;
  for (let m = NATIONAL_AFTER_NAME.exec(s); m !== null; m = NATIONAL_AFTER_NAME.exec(s)) {
    const k = m.index;
    const len = claims.has(k - 1) ? 0 : readNameBefore(s, k, known);
    if (len === 0 || claims.any(k - len, k)) continue;
    claims.claim(k - len, k);
    const titles = m[0].endsWith("思想") ? [] : [m[0]];
    const member = { name: s.slice(k - len, k), pos: k - len, titles, jurisdiction: NATIONAL_JURISDICTION, inherits: false };
    out.push({ kind: "national", start: k - len, end: k + m[0].length, members: [member] });
  }
  return out;
}

/** Every other occurrence of a name found above (any context) or of an archive name (only where it reads as a name). */
function findBare(s: string, found: NameIndex, known: NameIndex | undefined, foundNames: ReadonlySet<string>, claims: Claims): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < s.length; i++) {
    if (claims.has(i) || !isHan(s[i])) continue;
    const a = found.matchAt(s, i);
    const b = known?.matchAt(s, i);
    const name = a !== undefined && (b === undefined || a.length >= b.length) ? a : b;
    if (name === undefined || claims.any(i, i + name.length)) continue;
    if (!foundNames.has(name) && followerScore(s, i + name.length) === 0) continue;
    claims.claim(i, i + name.length);
    const member = { name, pos: i, titles: [], jurisdiction: undefined, inherits: false };
    out.push({ kind: "bare", start: i, end: i + name.length, members: [member] });
    i += name.length - 1;
  }
  return out;
}

/** All mentions in `s`, sorted by start. */
export function findMentions(s: string, known: NameIndex | undefined): Mention[] {
  const claims = new Claims(s.length);
  const structured = [...findLists(s, known, claims), ...findTitled(s, known, claims), ...findNational(s, known, claims)];
  const foundNames = new Set(structured.flatMap((m) => m.members.map((x) => x.name)));
  const bare = findBare(s, new NameIndex(foundNames), known, foundNames, claims);
  return [...structured, ...bare].sort((x, y) => x.start - y.start);
}
