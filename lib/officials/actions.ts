// What an official did, read from the words right after a mention (or a
// list of mentions): "主持会议", "在会上强调", "在永康分会场参加会议",
// "来我市调研", "分别陪同调研", "一行…考察".
//
// Matching is anchored at the end of the mention and only skips a few
// bounded fillers, so verbs elsewhere in the sentence are not picked up and
// word-internal look-alikes ("加强调研" contains 强调) cannot match.

export type OfficialAction = "主持" | "强调" | "出席" | "参加" | "陪同" | "调研" | "指出" | "讲话" | "会见" | "考察";

const NO_PUNCT = "[^，。；：！？,;:!?]";
const NO_PUNCT_OR_DUN = "[^，。；：！？、,;:!?]";

// Every quantifier is bounded, so a match attempt costs a small constant.
const AFTER = new RegExp(
  "(?:分别|一行|同志|等人|等|也|还|均|亲自|专程|先后|首先|再次|共同|一同|一起){0,3}" +
    // "…王利元等市领导出席": a closing collective noun.
    `(?:${NO_PUNCT_OR_DUN}{0,4}?领导(?:同志)?)?` +
    // "…和法检代理“两长”在永康分会场参加": the list may end in non-names.
    `(?:(?:和|及|以及)${NO_PUNCT_OR_DUN}{1,12}?)?` +
    // "在会上", "在市机关会议中心主会场", "在讲话时", "在听取汇报后".
    `(?:在${NO_PUNCT}{1,30}?(?:上|中|时|期间|会场|现场|后))?` +
    // "来我市", "深入企业", "赴东城街道".
    `(?:(?:来到|来|到|赴|回|深入)${NO_PUNCT_OR_DUN}{0,10}?)?` +
    "(主持|强调|出席|参加|陪同|调研|指出|会见|考察|(?:作|发表)?了?(?:重要)?讲话)",
  "y",
);

function normalise(verb: string): OfficialAction {
  return (verb.endsWith("讲话") ? "讲话" : verb) as OfficialAction;
}

/** The action written right after position `i` (the end of a mention), if any. */
export function actionAfter(s: string, i: number): OfficialAction | undefined {
  AFTER.lastIndex = i;
  const m = AFTER.exec(s);
  return m?.[1] !== undefined ? normalise(m[1]) : undefined;
}

// "出席会议的领导有市委书记…", "陪同调研的有…", "出席会议的" + "市领导有…".
const BEFORE = /(出席|参加|陪同|会见)(?:会议|活动|仪式|调研|考察)?的(?:领导|还)?有?$/;

/** The action written right before position `i` (the start of a mention), if any. */
export function actionBefore(s: string, i: number): OfficialAction | undefined {
  const m = BEFORE.exec(s.slice(Math.max(0, i - 12), i));
  return m?.[1] !== undefined ? normalise(m[1]) : undefined;
}

/**
 * Third-person pronouns followed by an action ("他强调", "他在会上指出"):
 * positions of the pronoun and the action. "其他", "吉他" and "他们" are not pronouns for one person.
 */
export function pronounActions(s: string): { at: number; action: OfficialAction }[] {
  const out: { at: number; action: OfficialAction }[] = [];
  const re = /[他她]/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const i = m.index;
    const prev = s[i - 1];
    if (s[i + 1] === "们" || (prev !== undefined && "其吉利排".includes(prev))) continue;
    const a = actionAfter(s, i + 1);
    if (a !== undefined) out.push({ at: i, action: a });
  }
  return out;
}
