// The paste-a-page workflow's pure part: page text → editable drafts, and the editor's
// edited drafts → the analysed articles importPage stores.
import { createHash } from "node:crypto";
import { z } from "zod";
import { analyzeArticle, type AnalyzeOptions, type AnalyzedArticle } from "@/lib/ingest/analyze-article";
import { IngestError } from "@/lib/ingest/errors";
import { parsePage } from "@/lib/ingest/parse-page";
import type { ParsedArticle, Span } from "@/lib/ingest/types";
import { articleInputSchema, type ArticleField } from "@/lib/articles/schema";
import { bylinesFor } from "./article-entities";
import { initialOrigins, isValidTiling, resolveOrigin, type Origin, type SourceArticle } from "./import-structure";

export interface DraftArticle {
  kind: ParsedArticle["kind"];
  kicker: string;
  title: string;
  subtitle: string;
  /** Names joined by 、 */
  reporters: string;
  date: string;
  body: string;
  span: Span;
  /** Which parsed units the draft is made of (import-structure.ts); the server checks it. */
  origin: Origin;
  officials: string[];
  topics: string[];
  isPublished: boolean;
}

export interface PagePreview {
  fileName: string;
  date: string;
  /** The decoded page text; spans index it. */
  text: string;
  articles: DraftArticle[];
  /** The parser's articles, for splitting and merging drafts in the browser. */
  sources: SourceArticle[];
  unassigned: Span[];
}

/** A stable name for pasted text: same text and date, same page (re-importing updates it). */
export function pastedFileName(text: string, date: string): string {
  return `paste-${date}-${createHash("sha256").update(text).digest("hex").slice(0, 12)}.txt`;
}

export function toDraft(article: AnalyzedArticle, origin: Origin = [0, 1 + article.paragraphs.length]): DraftArticle {
  return {
    kind: article.kind,
    kicker: article.kicker ?? "",
    title: article.title ?? "",
    subtitle: article.subtitle ?? "",
    reporters: article.reporters.join("、"),
    date: article.date,
    body: article.paragraphs.join("\n\n"),
    span: article.span,
    origin,
    officials: article.officials.map((official) => official.name),
    topics: article.topics.map((topic) => topic.slug),
    isPublished: true,
  };
}

/** Throws IngestError NO_ARTICLES when the parser finds no article. */
export function previewPage(options: { text: string; date: string; fileName: string; analyze: AnalyzeOptions }): PagePreview {
  const parsed = parsePage(options.text, options.date);
  if (parsed.articles.length === 0) throw new IngestError("NO_ARTICLES", `${options.fileName}: no recognisable article on this page`);
  const sources = sourcesOf(parsed.articles);
  const origins = initialOrigins(sources);
  return {
    fileName: options.fileName,
    date: options.date,
    text: options.text,
    articles: parsed.articles.map((article, index) => toDraft(analyzeArticle(article, options.analyze), origins[index])),
    sources,
    unassigned: parsed.unassigned.map((item) => item.span),
  };
}

const draftEditSchema = z.object({
  kind: z.string(),
  kicker: z.string().max(1000),
  title: z.string().max(1000),
  subtitle: z.string().max(1000),
  reporters: z.string().max(1000),
  date: z.string().max(20),
  body: z.string().max(200_000),
  origin: z.tuple([z.number().int().min(0).max(1_000_000), z.number().int().min(0).max(1_000_000)]),
  isPublished: z.boolean(),
});

export const importPayloadSchema = z.object({
  fileName: z.string().trim().min(1).max(200).regex(/^[^/\\\0]+$/, "文件名不能包含路径"),
  date: z.iso.date("请输入有效的版面日期"),
  text: z.string().min(1).max(2 * 1024 * 1024),
  articles: z.array(draftEditSchema).min(1).max(100),
});

export type ImportPayload = z.infer<typeof importPayloadSchema>;
export type DraftErrors = Partial<Record<ArticleField, string[]>>[];

export interface EditedPage {
  articles: AnalyzedArticle[];
  /** Per article: publish it (else it is stored as a draft). */
  isPublished: boolean[];
}

export const sourcesOf = (articles: readonly ParsedArticle[]): SourceArticle[] => articles.map((article) => ({ span: article.span, paragraphs: article.paragraphs }));

export interface ApplyDraftEditsOptions {
  /** The page text the server parsed; spans index it. */
  text: string;
  /** The server's own parse of the page. */
  original: readonly ParsedArticle[];
  edits: ImportPayload["articles"];
  analyze: AnalyzeOptions;
}

export type AppliedEdits = { ok: true; page: EditedPage } | { ok: false; errors: DraftErrors; isStructureInvalid: boolean };

/**
 * The editor's drafts over the server's parse. Each draft's origin must be part of a tiling of
 * the parse (split and merge only regroup it); its span and printed bylines are derived from
 * the origin, never read from the browser. Officials and topics are extracted again from the
 * edited text. Returns per-draft field errors when an edit is invalid.
 */
export function applyDraftEdits({ text, original, edits, analyze }: ApplyDraftEditsOptions): AppliedEdits {
  const sources = sourcesOf(original);
  if (!isValidTiling(edits.map((edit) => edit.origin), sources)) return { ok: false, errors: [], isStructureInvalid: true };
  const errors: DraftErrors = [];
  const articles: AnalyzedArticle[] = [];
  edits.forEach((edit, index) => {
    // Officials and topics are not taken from the browser: they are extracted again below.
    const { kind, kicker, title, subtitle, reporters, date, body } = edit;
    const parsed = articleInputSchema.safeParse({ kind, kicker, title, subtitle, reporters, date, body });
    if (!parsed.success) {
      errors[index] = z.flattenError(parsed.error).fieldErrors as DraftErrors[number];
      return;
    }
    const article = parsed.data;
    const { span, heads } = resolveOrigin(text, sources, edit.origin);
    const printed = heads.map((head) => original[head] as ParsedArticle);
    const bylines = bylinesFor(uniqueByName(printed.flatMap((source) => source.bylines)), [...new Set(printed.flatMap((source) => source.reporters))], article.reporters);
    const paragraphs = article.body.split("\n\n");
    articles.push(analyzeArticle({ ...pickText(article), reporters: article.reporters, date: article.date, bylines, paragraphs, span }, analyze));
  });
  if (errors.length > 0) return { ok: false, errors, isStructureInvalid: false };
  return { ok: true, page: { articles, isPublished: edits.map((edit) => edit.isPublished) } };
}

const pickText = ({ kind, kicker, title, subtitle }: Pick<ParsedArticle, "kind" | "kicker" | "title" | "subtitle">) => ({ kind, kicker, title, subtitle });

function uniqueByName<T extends { name: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.name) && Boolean(seen.add(item.name)));
}
