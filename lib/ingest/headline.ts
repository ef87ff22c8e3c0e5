// Headline blocks. News prints kicker (引题) / title (主题) / subtitle (副题) AFTER the body
// in OCR order; a commentary prints title and `——` subtitle BEFORE its signature.
import { groupLines, type PageLine } from "./lines";

export interface Headline {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  /** Line indices that hold the headline. */
  used: number[];
  /** Line indices left over (teasers for other pages, stray fragments). */
  extra: number[];
}

const DASH = /^[—–\-－─━~～]{1,3}\s*/;

export function startsWithDash(text: string): boolean {
  return /^[—–\-－─━]/.test(text);
}

export function stripDash(text: string): string {
  return text.replace(DASH, "").trim();
}

/**
 * Teasers for other pages: `C 从严从紧从快 …` (page letter first), `…特别报道`, `详见A2版`,
 * `（下转第2版）`.
 */
export function isTeaserLine(text: string): boolean {
  return (
    /^[A-Z][0-9]{0,2}(?:\s|版)/.test(text) ||
    /(?:特别报道|专题报道|系列报道)$/.test(text) ||
    /(?:详见|见第?)\s*[A-Z0-9一二三四五六七八九十]+\s*版/.test(text) ||
    /^[（(]?[上下]转第?/.test(text)
  );
}

/** Endings typical of a kicker (…上强调, …召开) when kicker and title share a group. */
const KICKER_END = /(?:强调|指出|表示|要求|召开|举行|举办|开幕|闭幕|调研|会见|讲话)$/;

const EMPTY: Headline = { kicker: null, title: null, subtitle: null, used: [], extra: [] };

/**
 * Reads a news headline from the lines that follow the body (none of them ends a sentence).
 * Groups are separated by blank lines: a lone first line followed by another group is the
 * kicker; the next group gives title and subtitle; anything after is extra. One line alone
 * is the title. `atPageEnd`: nothing follows on the page, so trailing lines may be teasers.
 */
export function newsHeadline(lines: readonly PageLine[], tail: readonly number[], atPageEnd = true): Headline {
  const text = (i: number | undefined) => (i === undefined ? "" : (lines[i]?.text ?? ""));
  const groups = groupLines(lines, tail);
  const firstTeaser = groups.findIndex((g) => g.some((i) => isTeaserLine(text(i))));
  const usable = firstTeaser === -1 ? groups : groups.slice(0, firstTeaser);
  const g0 = usable[0];
  if (g0 === undefined) return { ...EMPTY, extra: [...tail] };

  let kicker: number | undefined;
  let titleGroup: number[];
  let next = 1;
  const g1 = usable[1];
  if (g0.length === 1 && g1 !== undefined && !startsWithDash(text(g1[0]))) {
    kicker = g0[0];
    titleGroup = g1;
    next = 2;
  } else if (g0.length === 2 && usable.length === 1 && KICKER_END.test(text(g0[0])) && !startsWithDash(text(g0[1]))) {
    kicker = g0[0];
    titleGroup = [g0[1] ?? -1];
  } else if (g0.length >= 3) {
    kicker = g0[0];
    titleGroup = g0.slice(1);
  } else {
    titleGroup = g0;
  }
  const title = titleGroup[0];
  let subtitle = titleGroup[1];
  const used = [kicker, title, subtitle].filter((i): i is number => i !== undefined);
  const extra = titleGroup.slice(2);
  const after = usable[next];
  // A subtitle printed apart from its title: a `——` line, or, when another item follows
  // (so it cannot be a teaser at the page end), the single line closing the block.
  const apart =
    after !== undefined &&
    after.length === 1 &&
    (startsWithDash(text(after[0])) || (kicker !== undefined && !atPageEnd && usable.length === next + 1 && groups.length === usable.length));
  if (subtitle === undefined && apart && after !== undefined) {
    subtitle = after[0];
    used.push(after[0] ?? -1);
    next++;
  }
  for (const g of groups.slice(next)) for (const i of g) extra.push(i); // no spread: groups can be huge
  return {
    kicker: kicker === undefined ? null : text(kicker),
    title: title === undefined ? null : stripDash(text(title)) || null,
    subtitle: subtitle === undefined ? null : stripDash(text(subtitle)) || null,
    used: used.sort((a, b) => a - b),
    extra: extra.sort((a, b) => a - b),
  };
}

export interface CommentaryHeading {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  /** First line of the heading; equals the signature line when there is none. */
  first: number;
}

/**
 * The heading printed right before a commentary's signature line `sig`: the group just
 * above it (title, `——` subtitle), plus the single-line group before that when the group
 * holds only the `——` subtitle. Never reaches above `lowest`, never takes a line that ends
 * a sentence.
 */
export function commentaryHeading(lines: readonly PageLine[], sig: number, lowest: number): CommentaryHeading {
  const candidates: number[] = [];
  for (let i = sig - 1; i >= lowest && candidates.length < 4; i--) {
    const line = lines[i];
    if (line === undefined || line.ending !== "none") break;
    candidates.unshift(i);
  }
  const groups = groupLines(lines, candidates);
  let group = groups[groups.length - 1] ?? [];
  const prev = groups[groups.length - 2];
  const lastText = lines[group[group.length - 1] ?? -1]?.text ?? "";
  if (group.length === 1 && startsWithDash(lastText) && prev !== undefined && prev.length === 1) {
    group = [...prev, ...group];
  }
  // Only a group of exactly three lines carries a kicker; from a longer run of headline
  // lines take just title and subtitle (the lines above may be the previous headline).
  if (group.length > 3) group = group.slice(startsWithDash(lastText) ? -2 : -1);
  if (group.length === 0) return { kicker: null, title: null, subtitle: null, first: sig };
  const texts = group.map((i) => lines[i]?.text ?? "");
  const [a, b, c] = texts;
  let kicker: string | null = null;
  let title: string | null;
  let subtitle: string | null = null;
  if (texts.length === 3) {
    kicker = a ?? null;
    title = b ?? null;
    subtitle = c ?? null;
  } else {
    title = a ?? null;
    subtitle = b ?? null;
  }
  return {
    kicker,
    title: title === null ? null : stripDash(title) || null,
    subtitle: subtitle === null ? null : stripDash(subtitle) || null,
    first: group[0] ?? sig,
  };
}
