// Officials named in an article of 永康日报, recognised from the patterns of
// the language (titles, 市领导 lists, name + verb), not from a list of people.
// Pure and synchronous; linear in the text length.
//
// Pipeline: prepare the text (normalize.ts), find mentions (mentions.ts),
// join mentions written as one enumeration ("金华市委书记陈龙，市委副书记、
// 市长邢志宏"), give each enumeration its jurisdiction and the action that
// follows it (actions.ts), then merge per name.

import { actionAfter, actionBefore, pronounActions, type OfficialAction } from "./actions";
import { findMentions, type Mention } from "./mentions";
import { NameIndex } from "./names";
import { prepare } from "./normalize";
import { HOME_JURISDICTION, NATIONAL_JURISDICTION } from "./places";
import { protocolRank } from "./titles";

export type { OfficialAction } from "./actions";
export type Jurisdiction = "永康" | "金华" | "浙江" | "national" | string;

export interface OfficialMention {
  /** 2 or 3 characters. */
  name: string;
  /** Titles as written, e.g. ["市委副书记", "市长"]; [] when only listed (市领导X) or mentioned bare. */
  titles: string[];
  /** Where the title belongs: 永康 by default, 金华 for 金华市委书记…, national for 习近平总书记. */
  jurisdiction: Jurisdiction;
  /** What they did where the text says so, deduplicated, in first-seen order. */
  actions: OfficialAction[];
  /** Mentions in the text (titled + listed + bare). */
  count: number;
}

export interface ExtractOptions {
  /** Names the archive has already confirmed; they help recognise bare mentions. */
  knownNames?: readonly string[];
}

// Building the index of a large knownNames array once per array, not per article.
const knownIndexCache = new WeakMap<readonly string[], NameIndex>();
function knownIndex(names: readonly string[] | undefined): NameIndex | undefined {
  if (!names || names.length === 0) return undefined;
  let idx = knownIndexCache.get(names);
  if (!idx) knownIndexCache.set(names, (idx = new NameIndex(names)));
  return idx;
}

/** Consecutive mentions separated only by "、", "，", 和, 及, 与 belong to one enumeration. */
function joined(s: string, from: number, to: number): boolean {
  if (to < from || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!"、，,和及与以同".includes(s[i] as string)) return false;
  return true;
}

function groupMentions(s: string, mentions: Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  for (const m of mentions) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (group && prev && prev.kind !== "national" && m.kind !== "national" && joined(s, prev.end, m.start)) group.push(m);
    else groups.push([m]);
  }
  return groups;
}

interface Person {
  first: number;
  count: number;
  titles: string[];
  titledJurisdiction: string | undefined;
  listedJurisdiction: string | undefined;
  actions: { at: number; action: OfficialAction }[];
}

export function extractOfficials(text: string, options?: ExtractOptions): OfficialMention[] {
  const s = prepare(text);
  const groups = groupMentions(s, findMentions(s, knownIndex(options?.knownNames)));
  const people = new Map<string, Person>();
  const person = (name: string, pos: number): Person => {
    let p = people.get(name);
    if (!p) {
      p = { first: pos, count: 0, titles: [], titledJurisdiction: undefined, listedJurisdiction: undefined, actions: [] };
      people.set(name, p);
    }
    p.first = Math.min(p.first, pos);
    return p;
  };

  const singles: { end: number; name: string }[] = [];
  for (const group of groups) {
    const start = group[0]?.start ?? 0;
    const end = group[group.length - 1]?.end ?? 0;
    const after = actionAfter(s, end);
    const before = actionBefore(s, start);
    const members = group.flatMap((m) => m.members.map((member) => ({ member, kind: m.kind })));
    // An enumeration that starts with 金华市… carries 金华 to the unprefixed titles after it,
    // until protocol order shows the list has moved on to the home city's leaders.
    let context: string | undefined;
    let prevRank: number | undefined;
    for (const { member, kind } of members) {
      const p = person(member.name, member.pos);
      p.count += 1;
      const stated = member.jurisdiction;
      if (member.titles.length > 0) {
        const rank = protocolRank(member.titles);
        if (stated === undefined && prevRank !== undefined && (rank < prevRank || (rank === prevRank && rank <= 4))) {
          context = HOME_JURISDICTION;
        }
        prevRank = rank;
      }
      const jurisdiction = stated ?? (member.inherits ? (context ?? HOME_JURISDICTION) : undefined);
      if (stated !== undefined) context = stated;
      for (const t of member.titles) if (!p.titles.includes(t)) p.titles.push(t);
      if (jurisdiction !== undefined) {
        if (member.titles.length > 0 || kind === "national") p.titledJurisdiction ??= jurisdiction;
        else p.listedJurisdiction ??= jurisdiction;
      }
      if (before !== undefined) p.actions.push({ at: start, action: before });
      if (after !== undefined) p.actions.push({ at: end, action: after });
    }
    const only = members.length === 1 ? members[0] : undefined;
    if (only) singles.push({ end, name: only.member.name });
  }

  // "他强调": the most recent single-person mention before the pronoun (never a national leader).
  const local = singles.filter((x) => people.get(x.name)?.titledJurisdiction !== NATIONAL_JURISDICTION);
  let k = -1;
  for (const { at, action } of pronounActions(s)) {
    while (k + 1 < local.length && (local[k + 1]?.end ?? Infinity) <= at) k++;
    const last = local[k];
    if (last) people.get(last.name)?.actions.push({ at, action });
  }

  return [...people.entries()]
    .sort((a, b) => a[1].first - b[1].first)
    .map(([name, p]) => {
      const jurisdiction = p.titledJurisdiction ?? p.listedJurisdiction ?? HOME_JURISDICTION;
      // National leaders are mentioned in passing; what they did elsewhere is not this event.
      const actions =
        jurisdiction === NATIONAL_JURISDICTION
          ? []
          : [...new Set(p.actions.sort((a, b) => a.at - b.at).map((a) => a.action))];
      return { name, titles: p.titles, jurisdiction, actions, count: p.count };
    });
}
