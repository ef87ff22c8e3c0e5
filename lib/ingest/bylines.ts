// Byline grammar (role words, names, papers) and three printed forms: the □ line,
// 本报讯（…） / 新华社…电（…）, and the commentary signature. Input is cleaned text.
// Photo credits are in photo-credit.ts.
import type { Byline } from "./types";

export const HAN = "\\u4e00-\\u9fff";
/** Papers and agencies as printed before a role: 金华日报记者, 新华社记者, 本报记者. */
const ORG = `(?:本报|新华社|中新社|[${HAN}]{2,6}?(?:日报|晚报|报社|电视台|融媒体中心))`;
/** Role words, with the paper's own prefixes: 融媒首席记者, 首席记者, 摄影记者, 特约评论员. */
export const ROLE = `(?:(?:融媒体?|全媒体|特约|首席|高级|资深|见习|实习|摄影)*(?:记者|通讯员|评论员|摄影师|摄影|实习生|编辑))`;
const NAME = `(?:[${HAN}]{2,4}|[${HAN}]{1,6}·[${HAN}]{1,8})`;

export const ORG_TOKEN = new RegExp(`^${ORG}$`);
export const ROLE_TOKEN = new RegExp(`^(${ORG})?(${ROLE})$`);
export const ROLE_NAME_TOKEN = new RegExp(`^(${ORG})?(${ROLE})(${NAME})$`);
export const NAME_TOKEN = new RegExp(`^${NAME}$`);
/** A correspondent's unit printed between role and name: 通讯员 市公安局 李四. */
const ORGANISATION_TOKEN = new RegExp(
  `^(?=[${HAN}]{4,})[${HAN}]{2,10}(?:局|委|办|部|厅|中心|公司|集团|医院|学校|大学|街道|政府|委员会|研究院|研究所|管委会|派出所|支队|大队)$`,
);

export const THIS_PAPER = "本报";

/** Punctuation of running text: a line holding it is not a byline line. */
const SENTENCE_PUNCT = /[，。；：！？,.;:!?]/;

export interface BylineParse {
  bylines: Byline[];
  /** Every token was understood as a paper, a role or a name. */
  ok: boolean;
}

function defaultOrganization(role: string, fallback: string | null): string | null {
  return role.includes("通讯员") ? null : fallback;
}

/**
 * Parses `金华日报记者 楼盼 融媒首席记者 陈晓苏` (tokens separated by spaces or 、).
 * A role applies to the names after it; its paper is the printed one, else `fallbackOrg`
 * (本报 in this paper's own bylines). A unit name after a role (`通讯员 市公安局 李四`) is the
 * organisation of the names that follow it.
 */
export function parseBylineTokens(text: string, fallbackOrg: string | null = THIS_PAPER): BylineParse {
  const tokens = text.split(/[\s、，,]+/).filter((t) => t.length > 0);
  const bylines: Byline[] = [];
  let ok = tokens.length > 0;
  const state: { pendingOrg: string | null; role: string | null; roleOrg: string | null; unusedOrg: boolean } = {
    pendingOrg: null,
    role: null,
    roleOrg: null,
    unusedOrg: false,
  };
  const setRole = (org: string | undefined, role: string) => {
    state.role = role;
    state.roleOrg = org ?? state.pendingOrg ?? defaultOrganization(role, fallbackOrg);
    state.pendingOrg = null;
  };
  for (const token of tokens) {
    let m: RegExpExecArray | null;
    if ((m = ROLE_TOKEN.exec(token)) !== null) {
      setRole(m[1], m[2] ?? token);
    } else if ((m = ROLE_NAME_TOKEN.exec(token)) !== null) {
      setRole(m[1], m[2] ?? "");
      bylines.push({ name: m[3] ?? "", role: state.role, organization: state.roleOrg });
      state.unusedOrg = false;
    } else if (ORG_TOKEN.test(token)) {
      state.pendingOrg = token;
    } else if (state.role !== null && ORGANISATION_TOKEN.test(token)) {
      state.roleOrg = token;
      state.unusedOrg = true;
    } else if (NAME_TOKEN.test(token)) {
      const organization = state.role === null ? state.pendingOrg : state.roleOrg;
      bylines.push({ name: token, role: state.role, organization });
      state.unusedOrg = false;
    } else {
      ok = false;
    }
  }
  // A paper or organisation printed after the last name belongs to nobody: not a byline.
  const dangling = state.unusedOrg || state.pendingOrg !== null;
  return { bylines, ok: ok && !dangling && bylines.length > 0 };
}

/** `□融媒首席记者 陈晓苏` (□ or ■ first, then only bylines). */
export function matchBoxByline(text: string): Byline[] | null {
  const first = text.charAt(0);
  if ((first !== "□" && first !== "■") || text.length > 60 || SENTENCE_PUNCT.test(text)) return null;
  const parsed = parseBylineTokens(text.slice(1));
  return parsed.ok ? parsed.bylines : null;
}

/** Outlet datelines other than 本报讯: 新华社北京1月10日电, 金华日报讯. */
export const WIRE_LEAD = new RegExp(
  `^(新华社|中新社|人民日报|光明日报|经济日报|[${HAN}]{2,4}(?:日报|晚报))([${HAN}]{0,6}?)((?:\\d{1,2}月\\d{1,2}日)?)(电|讯)`,
);
const LOCAL_LEAD = /^本报讯/;

export interface Lead {
  /** The outlet marker as printed: 本报讯, 新华社北京1月10日电. */
  marker: string;
  /** The bracketed byline as printed, brackets included, or null. */
  paren: string | null;
  bylines: Byline[];
  /** Text after the marker and the byline: the start of the body. */
  rest: string;
  /** Organisation of the outlet (本报 for 本报讯). */
  outlet: string;
}

/** True when a (cleaned) line opens with an outlet marker (本报讯, 新华社…电). */
export function startsWithLead(text: string): boolean {
  return LOCAL_LEAD.test(text) || WIRE_LEAD.test(text);
}

/** True when the line opens a bracketed byline that it does not close. */
export function leadParenIsOpen(text: string): boolean {
  const marker = leadMarker(text);
  if (marker === null) return false;
  const after = text.slice(marker.length).trimStart();
  return (after.startsWith("（") || after.startsWith("(")) && !/[）)]/.test(after);
}

function leadMarker(text: string): string | null {
  if (LOCAL_LEAD.test(text)) return "本报讯";
  const m = WIRE_LEAD.exec(text);
  return m === null ? null : m[0];
}

/** Parses `本报讯（融媒首席记者 陈晓苏）8月2日下午…`; the text may span joined lines. */
export function parseLead(text: string): Lead | null {
  const marker = leadMarker(text);
  if (marker === null) return null;
  const wire = marker === "本报讯" ? null : WIRE_LEAD.exec(text);
  const outlet = wire === null ? THIS_PAPER : (wire[1] ?? THIS_PAPER);
  const after = text.slice(marker.length);
  const open = /^\s*[（(]/.exec(after);
  if (open !== null) {
    const close = after.search(/[）)]/);
    if (close > 0 && close <= 80) {
      const inner = after.slice(open[0].length, close);
      const parsed = parseBylineTokens(inner, outlet);
      if (parsed.ok) {
        const paren = after.slice(open[0].length - 1, close + 1);
        return { marker, paren, bylines: parsed.bylines, rest: after.slice(close + 1).trim(), outlet };
      }
    }
  }
  return { marker, paren: null, bylines: [], rest: after.trim(), outlet };
}

/** `本报特约评论员`, `本报评论员`, `特约评论员 王某`: a whole line signing a commentary. */
export function matchCommentarySignature(text: string): Byline[] | null {
  if (!text.includes("评论员") || text.length > 40 || SENTENCE_PUNCT.test(text)) return null;
  const body = text.replace(/^[□■]\s*/, "");
  const m = new RegExp(`^(${ORG})?((?:特约)?评论员)$`).exec(body);
  if (m !== null) {
    return [{ name: body, role: m[2] ?? "评论员", organization: m[1] ?? THIS_PAPER }];
  }
  const parsed = parseBylineTokens(body);
  const first = parsed.bylines[0];
  if (!parsed.ok || first === undefined || !(first.role ?? "").endsWith("评论员")) return null;
  return parsed.bylines;
}
