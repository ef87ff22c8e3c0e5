// Parses ONE article as the paper's website shows it, not a page layout: the headline
// (kicker / title / subtitle) comes FIRST, the byline sits anywhere (a □ or bare
// `记者 陈晓苏` line above or below the body, `本报讯（…）` opening the body, a `… 摄` credit
// closing a caption, a `本报特约评论员` signature), and paragraphs come one per line — or
// hard-wrapped like a page column. Cleaning, bylines, datelines and paragraph rebuilding
// are the page pipeline's. Spans are [start, end) offsets into the input text.
import { reportersOf } from "./build-article";
import {
  leadParenIsOpen,
  matchBoxByline,
  matchCommentarySignature,
  parseBylineTokens,
  parseLead,
  startsWithLead,
  type Lead,
} from "./bylines";
import { displayWidth, lineEnding, type LineEnding } from "./chars";
import { articleDate, parseIsoDate } from "./dates";
import { decodePage } from "./decode";
import { IngestError } from "./errors";
import { startsWithDash, stripDash } from "./headline";
import { splitLines, type PageLine } from "./lines";
import { joinLines } from "./normalize-text";
import { buildParagraphs } from "./paragraphs";
import { matchPhotoCredit } from "./photo-credit";
import type { ArticleKind, Byline, ParsedArticle } from "./types";

export interface TracedArticle {
  article: ParsedArticle;
  /**
   * The byline as printed, piece by piece (`□融媒首席记者 陈晓苏`, `本报讯`,
   * `（融媒首席记者 陈晓苏）`, `融媒记者 卢斌 摄`, `本报特约评论员`), cleaned. Together with
   * the article's headline and paragraphs it accounts for every character of the input.
   */
  bylineSource: string[];
}

/** Headline lines at most; more short lines at the top are taken as body. */
const MAX_HEAD_LINES = 3;
/** A headline line with nothing but layout to go by is at most this wide… */
const STRICT_HEAD_WIDTH = 30;
/** …and at most this wide when a byline line or 本报讯 right below confirms it. */
const LOOSE_HEAD_WIDTH = 40;
/** Byline lines are short; longer lines are never tried as one. */
const MAX_BYLINE_LINE = 60;

/** `（…）` around a whole line or credit: the inner text, else the text itself. */
function unbracket(text: string): string {
  const m = /^[（(]\s*([^（）()]*?)\s*[）)]$/.exec(text);
  return m === null ? text : (m[1] ?? "");
}

/** `记者 陈晓苏`, `融媒首席记者 陈晓苏 通讯员 李四`, `记者：陈晓苏`: every name has a role. */
function matchBareByline(text: string): Byline[] | null {
  const inner = unbracket(text).replace(/[:：]/g, " ");
  if (/[。！？；!?;]/.test(inner)) return null;
  const parsed = parseBylineTokens(inner);
  if (!parsed.ok || parsed.bylines.some((b) => b.role === null)) return null;
  return parsed.bylines;
}

/** A line that holds nothing but a byline: □ line, bare role + name line, commentary signature. */
function matchBylineLine(text: string): Byline[] | null {
  if (text.length > MAX_BYLINE_LINE) return null;
  return matchBoxByline(text) ?? matchCommentarySignature(unbracket(text)) ?? matchBareByline(text);
}

/** `本报讯（…）` whose bracket may run over (at most three) following hard-wrapped lines. */
function readLead(lines: readonly PageLine[], i: number, last: number): { lead: Lead; end: number } | null {
  const line = lines[i];
  if (i > last || line === undefined || !startsWithLead(line.text)) return null;
  if (leadParenIsOpen(line.text)) {
    let joined = line.text;
    for (let j = i + 1; j <= last && j <= i + 3; j++) {
      const next = lines[j]?.text ?? "";
      joined += next;
      if (/[）)]/.test(next)) {
        const lead = parseLead(joined);
        if (lead !== null && lead.paren !== null) return { lead, end: j };
        break;
      }
    }
  }
  const lead = parseLead(line.text);
  return lead === null ? null : { lead, end: i };
}

/** A line that may be a headline line when a byline line or 本报讯 follows right after it. */
function looseHead(line: PageLine): boolean {
  return line.width <= LOOSE_HEAD_WIDTH && !/[。；;]/.test(line.text) && line.ending !== "soft";
}

/** A line that reads as a headline line on its own: short, unpunctuated, no dateline. */
function strictHead(line: PageLine): boolean {
  return (
    line.width <= STRICT_HEAD_WIDTH &&
    line.ending === "none" &&
    !/[。！？；：，、,;:!?]/.test(line.text) &&
    !/^(?:\d{4}年)?\d{1,2}月\d{1,2}日/.test(line.text)
  );
}

interface Top {
  head: number[];
  /** Byline lines read above the body. */
  bylineLines: number[];
  bodyStart: number;
  /** The headline was confirmed by a byline line or 本报讯 right below it. */
  confirmed: boolean;
}

/**
 * Headline lines then byline lines (or 本报讯) within the first lines: returns them, or null
 * when the text does not start that way.
 */
function delimitedTop(lines: readonly PageLine[], bylineOf: readonly (Byline[] | null)[], from: number): Top | null {
  const head: number[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) break;
    if (bylineOf[i] != null) {
      const bylineLines: number[] = [];
      let j = i;
      while (j < lines.length && bylineOf[j] != null) bylineLines.push(j++);
      return { head, bylineLines, bodyStart: j, confirmed: head.length > 0 };
    }
    if (startsWithLead(line.text)) return { head, bylineLines: [], bodyStart: i, confirmed: head.length > 0 };
    if (head.length >= MAX_HEAD_LINES || !looseHead(line)) return null;
    head.push(i);
  }
  return null;
}

/** Splits the lines above the body into headline lines and byline lines. */
function readTop(lines: readonly PageLine[], bylineOf: readonly (Byline[] | null)[]): Top {
  const bylineLines: number[] = [];
  let from = 0;
  // Byline lines first (`记者 陈晓苏` at the top), or a headline confirmed by them.
  for (;;) {
    const top = delimitedTop(lines, bylineOf, from);
    if (top === null) break;
    for (const k of top.bylineLines) bylineLines.push(k); // no spread: there can be very many
    if (top.head.length > 0 || top.bylineLines.length === 0) return { ...top, bylineLines };
    from = top.bodyStart;
  }
  // Short unpunctuated lines before the first line that ends a sentence, is long or opens
  // with 本报讯; more than three such lines, or no body after them: no headline at all.
  const head: number[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || startsWithLead(line.text) || !strictHead(line)) break;
    head.push(i);
  }
  if (i >= lines.length || head.length > MAX_HEAD_LINES) return { head: [], bylineLines, bodyStart: from, confirmed: false };
  return { head, bylineLines, bodyStart: i, confirmed: false };
}

interface BodyPiece {
  raw: string;
  text: string;
  width: number;
  ending: LineEnding;
  /** Input line the piece comes from. */
  line: number;
  /** Rest of a 本报讯 line: its width says nothing about the column. */
  rest: boolean;
}

function linePiece(lines: readonly PageLine[], i: number): BodyPiece {
  const line = lines[i];
  return {
    raw: line?.raw ?? "",
    text: line?.text ?? "",
    width: line?.width ?? 0,
    ending: line?.ending ?? "none",
    line: i,
    rest: false,
  };
}

function textPiece(text: string, line: number, rest: boolean): BodyPiece {
  return { raw: text, text, width: displayWidth(text), ending: lineEnding(text), line, rest };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The column width when the body is hard-wrapped (most lines run on: a website paragraph
 * ends a sentence), else null: then every line is a paragraph.
 */
function wrappedColumn(pieces: readonly BodyPiece[]): number | null {
  const considered = pieces.slice(0, -1);
  const runOn = considered.filter((p) => p.ending === "none");
  if (runOn.length < 2 || runOn.length < considered.length * 0.6) return null;
  // The rest of a 本报讯 line says nothing about the column width.
  const widths = runOn.filter((p) => !p.rest).map((p) => p.width);
  const column = median(widths.length > 0 ? widths : runOn.map((p) => p.width));
  return column <= 45 ? column : null;
}

/**
 * The flag (blank line before, indent) marks paragraph starts: it is set on some lines but
 * on at most half of them. Set on (nearly) every line, as on a page with blank lines between
 * all column lines, it tells nothing.
 */
function informative(flags: readonly boolean[]): boolean {
  const set = flags.filter(Boolean).length;
  return set > 0 && set * 2 <= flags.length;
}

/**
 * A blank line precedes each line (true for the first). Read from the text itself:
 * splitLines drops the signal on long texts with few blank lines, which is exactly how
 * hard-wrapped paragraphs separated by blank lines look.
 */
function blankBefore(text: string, lines: readonly PageLine[]): boolean[] {
  return lines.map((line, i) => {
    const prev = lines[i - 1];
    if (prev === undefined) return true;
    const gap = text.slice(prev.end, line.start);
    return gap.indexOf("\n") !== gap.lastIndexOf("\n");
  });
}

/** The line was indented in the input (spaces before its first character). */
function isIndented(text: string, line: PageLine): boolean {
  const begin = text.lastIndexOf("\n", line.start - 1) + 1;
  return line.start > begin;
}

/**
 * Paragraphs of the body: one per line, or for hard-wrapped text the lines joined, split
 * at blank lines or indents when the text marks paragraphs that way, else by the page
 * pipeline's column rule.
 */
function bodyParagraphs(
  text: string,
  lines: readonly PageLine[],
  blanks: readonly boolean[],
  pieces: readonly BodyPiece[],
  column: number | null,
): string[] {
  if (column === null) return pieces.map((p) => joinLines([p.raw])).filter((p) => p.length > 0);
  const fromLines = pieces.filter((p) => !p.rest);
  const blank = (p: BodyPiece) => blanks[p.line] === true;
  const indent = (p: BodyPiece) => {
    const line = lines[p.line];
    return line !== undefined && isIndented(text, line);
  };
  const byBlank = informative(fromLines.slice(1).map(blank));
  const byIndent = informative(fromLines.map(indent));
  if (!byBlank && !byIndent) return buildParagraphs(pieces);
  const paragraphs: string[] = [];
  let current: string[] = [];
  pieces.forEach((p, k) => {
    const opens = k > 0 && !p.rest && ((byBlank && blank(p)) || (byIndent && indent(p)));
    if (opens && current.length > 0) {
      paragraphs.push(joinLines(current));
      current = [];
    }
    current.push(p.raw);
  });
  if (current.length > 0) paragraphs.push(joinLines(current));
  return paragraphs.filter((p) => p.length > 0);
}

interface EndByline {
  bylines: Byline[];
  source: string;
  /** What is left of the line: the caption or the last sentence ("" when nothing). */
  before: string;
  photo: boolean;
}

/** `…月季花。融媒记者 卢斌 摄`, `…花。（融媒记者 卢斌 摄）`, `…事项。（记者 陈晓苏）` at the body's end. */
function matchEndByline(text: string): EndByline | null {
  const credit = matchPhotoCredit(text);
  if (credit !== null) return { bylines: credit.bylines, source: credit.credit, before: credit.caption, photo: true };
  const m = /[（(]([^（）()]{2,40})[）)]$/.exec(text);
  if (m === null) return null;
  const before = text.slice(0, m.index).trim();
  if (before !== "" && lineEnding(before) === "none") return null;
  const inner = (m[1] ?? "").trim();
  const bracketCredit = matchPhotoCredit(inner);
  if (bracketCredit !== null && bracketCredit.caption === "") {
    return { bylines: bracketCredit.bylines, source: bracketCredit.credit, before, photo: true };
  }
  const bylines = matchCommentarySignature(inner) ?? matchBareByline(inner);
  return bylines === null ? null : { bylines, source: inner, before, photo: false };
}

interface Heading {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
}

/** 1 line: title; 2: kicker + title, or title + `——` subtitle; 3: kicker, title, subtitle. */
function headingOf(texts: readonly string[]): Heading {
  const clean = (t: string | undefined) => (t === undefined ? null : stripDash(t) || null);
  const [a, b, c] = texts;
  if (texts.length === 0) return { kicker: null, title: null, subtitle: null };
  if (texts.length === 1) return { kicker: null, title: clean(a), subtitle: null };
  if (texts.length === 2) {
    return startsWithDash(b ?? "") ? { kicker: null, title: clean(a), subtitle: clean(b) } : { kicker: a ?? null, title: clean(b), subtitle: null };
  }
  return { kicker: a ?? null, title: clean(b), subtitle: clean(c) };
}

/**
 * Parses one article's text and also returns what was consumed as byline text. Throws
 * RangeError when `pageDate` is not a real YYYY-MM-DD date, and IngestError('NO_ARTICLES')
 * when the text holds no body (blank, or only a byline, signature, credit or 本报讯);
 * never throws otherwise.
 */
export function parseArticleTraced(text: string, pageDate: string): TracedArticle {
  const page = parseIsoDate(pageDate);
  if (page === null) throw new RangeError(`page date must be a real YYYY-MM-DD date, got ${JSON.stringify(pageDate)}`);
  const lines = splitLines(text);
  const bylineOf = lines.map((l) => matchBylineLine(l.text));
  const top = readTop(lines, bylineOf);
  let head = top.head;

  // Byline lines after the body (□融媒首席记者 陈晓苏, 记者 陈晓苏, 本报特约评论员).
  let bodyEnd = lines.length - 1;
  const bottom: number[] = [];
  while (bodyEnd >= top.bodyStart && bylineOf[bodyEnd] != null) bottom.push(bodyEnd--);
  bottom.reverse();

  // The body, opened by 本报讯（…） when printed.
  let pieces: BodyPiece[] = [];
  let lead: Lead | null = null;
  let i = top.bodyStart;
  const read = readLead(lines, i, bodyEnd);
  if (read !== null) {
    lead = read.lead;
    if (lead.rest !== "") pieces.push(textPiece(lead.rest, i, true));
    i = read.end + 1;
  }
  for (; i <= bodyEnd; i++) pieces.push(linePiece(lines, i));

  // A credit or bracketed byline closing the last line.
  const last = pieces[pieces.length - 1];
  const end = last === undefined ? null : matchEndByline(last.text);
  if (last !== undefined && end !== null) {
    pieces.pop();
    if (end.before !== "") pieces.push(textPiece(end.before, last.line, last.rest));
  }

  // A headline with no body after it is the body.
  if (pieces.length === 0 && head.length > 0) {
    pieces = head.map((h) => linePiece(lines, h));
    head = [];
  }

  let column = wrappedColumn(pieces);
  // Hard-wrapped text: the column lines right above the body are its first lines, not
  // headline lines (unless a blank line sets the body apart).
  const blanks = blankBefore(text, lines);
  const blankMarks = informative(blanks.slice(1));
  while (column !== null && !top.confirmed && lead === null && head.length > 0) {
    const h = head[head.length - 1] ?? -1;
    const line = lines[h];
    const first = pieces[0];
    if (line === undefined || first === undefined || first.line !== h + 1) break;
    if (blankMarks && blanks[first.line] === true) break;
    const w = line.width;
    const fits = Math.abs(w - column) <= 1.5 || (isIndented(text, line) && w >= column - 2.5 && w <= column + 0.5);
    if (!fits) break;
    pieces.unshift(linePiece(lines, h));
    head = head.slice(0, -1);
    column = wrappedColumn(pieces) ?? column;
  }

  const paragraphs = bodyParagraphs(text, lines, blanks, pieces, column);
  if (paragraphs.length === 0) {
    throw new IngestError(
      "NO_ARTICLES",
      "no article body found: the text is blank or holds only a byline, a commentary signature, a photo credit or 本报讯",
    );
  }

  const bylines: Byline[] = [];
  const bylineSource: string[] = [];
  for (const k of top.bylineLines) {
    bylines.push(...(bylineOf[k] ?? []));
    bylineSource.push(lines[k]?.text ?? "");
  }
  if (lead !== null) {
    bylines.push(...lead.bylines);
    bylineSource.push(lead.marker);
    if (lead.paren !== null) bylineSource.push(lead.paren);
  }
  if (end !== null) {
    bylines.push(...end.bylines);
    bylineSource.push(end.source);
  }
  for (const k of bottom) {
    bylines.push(...(bylineOf[k] ?? []));
    bylineSource.push(lines[k]?.text ?? "");
  }

  const heading = headingOf(head.map((h) => lines[h]?.text ?? ""));
  const commentary = bylines.some((b) => (b.role ?? "").endsWith("评论员"));
  const photo = end?.photo === true && head.length === 0 && lead === null;
  const kind: ArticleKind = commentary ? "commentary" : photo ? "photo" : "news";
  // An outlet marker's date (新华社北京1月10日电) comes first, as on pages.
  const dateline = /\d{1,2}月\d{1,2}日/.exec(lead?.marker ?? "")?.[0] ?? "";
  const firstLine = lines[0];
  const lastLine = lines[lines.length - 1];
  const article: ParsedArticle = {
    kind,
    ...heading,
    bylines,
    reporters: reportersOf(bylines),
    date: articleDate(dateline !== "" ? dateline : (paragraphs[0] ?? ""), page),
    paragraphs,
    span: [firstLine?.start ?? 0, lastLine?.end ?? 0],
  };
  return { article, bylineSource };
}

/**
 * Parses the text of ONE article as the paper's website shows it (see the file comment).
 * Headline lines come first: 1 short unpunctuated line is the title, 2 are kicker + title
 * (title + subtitle when the second starts with ——), 3 are kicker, title, subtitle. Kind:
 * commentary when signed by a 评论员, photo when it ends with a `… 摄` credit and has no
 * headline and no 本报讯, else news. The date is the dateline's (year from `pageDate`, as
 * for pages), else `pageDate`. The span covers the whole text, ends trimmed.
 * Throws RangeError for an invalid `pageDate` and IngestError('NO_ARTICLES') for a text
 * with no body; never throws otherwise.
 */
export function parseArticle(text: string, pageDate: string): ParsedArticle {
  return parseArticleTraced(text, pageDate).article;
}

/** Decodes and parses a file holding one article; throws IngestError naming the file. */
export function parseArticleFile(bytes: Uint8Array, fileName: string, pageDate: string): { article: ParsedArticle; text: string } {
  const text = decodePage(bytes, fileName);
  try {
    return { article: parseArticle(text, pageDate), text };
  } catch (error) {
    if (error instanceof IngestError && error.fileName === undefined) throw IngestError.forFile(error.code, fileName, error.message);
    throw error;
  }
}
