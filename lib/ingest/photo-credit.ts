// Photo credits: `…月季花。融媒记者 卢斌 摄` ends a caption. Input is cleaned text.
import { HAN, NAME_TOKEN, ORG_TOKEN, parseBylineTokens, ROLE, ROLE_NAME_TOKEN, ROLE_TOKEN } from "./bylines";
import type { Byline } from "./types";

/** A role at the end of a glued caption token: `季花。融媒记者`. */
const ROLE_AT_END = new RegExp(`${ROLE}$`);
const TIGHT_ORG_AT_END = new RegExp(`(?:本报|新华社|中新社|[${HAN}]{2}(?:日报|晚报))$`);

export interface PhotoCredit {
  /** Caption text printed before the credit on the same line ("" when none). */
  caption: string;
  /** The credit as printed: `融媒记者 卢斌 摄`. */
  credit: string;
  bylines: Byline[];
}

/** A line ending with a photo credit: `…月季花。融媒记者 卢斌 摄`. */
export function matchPhotoCredit(text: string): PhotoCredit | null {
  if (!text.endsWith("摄")) return null;
  const spaced = /\s摄$/.test(text);
  const tokens = text.slice(0, -1).trimEnd().split(" ");
  const opensCredit = (t: string) => ROLE_TOKEN.test(t) || ROLE_NAME_TOKEN.test(t) || ORG_TOKEN.test(t);
  const inCredit = (t: string) => opensCredit(t) || NAME_TOKEN.test(t);
  let k = tokens.length;
  while (k > 0 && inCredit(tokens[k - 1] ?? "")) k--;
  // The credit opens with a paper or a role word.
  let j = k;
  while (j < tokens.length && !opensCredit(tokens[j] ?? "")) j++;
  let captionPart: string;
  let creditPart: string;
  if (j < tokens.length) {
    captionPart = tokens.slice(0, j).join(" ");
    creditPart = tokens.slice(j).join(" ");
  } else {
    const glued = tokens[k - 1] ?? "";
    // Only the token's tail can hold the role: bounded search, linear on any input.
    const tailFrom = Math.max(0, glued.length - 16);
    const role = k > 0 ? ROLE_AT_END.exec(glued.slice(tailFrom)) : null;
    if (role !== null) {
      // The role is glued to the caption text: `季花。融媒记者`.
      let cut = tailFrom + role.index;
      const orgFrom = Math.max(0, cut - 8);
      const org = TIGHT_ORG_AT_END.exec(glued.slice(orgFrom, cut));
      if (org !== null) cut = orgFrom + org.index;
      captionPart = [...tokens.slice(0, k - 1), glued.slice(0, cut)].join(" ").trim();
      creditPart = [glued.slice(cut), ...tokens.slice(k)].join(" ");
    } else if (spaced && tokens.length === 1 && NAME_TOKEN.test(tokens[0] ?? "")) {
      // A lone `姓名 摄` line.
      captionPart = "";
      creditPart = tokens[0] ?? "";
    } else {
      return null;
    }
  }
  const parsed = parseBylineTokens(creditPart);
  if (!parsed.ok) return null;
  return { caption: captionPart, credit: `${creditPart} 摄`, bylines: parsed.bylines };
}
