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
  unassigned: Span[];
}

/** A stable name for pasted text: same text and date, same page (re-importing updates it). */
export function pastedFileName(text: string, date: string): string {
  return `paste-${date}-${createHash("sha256").update(text).digest("hex").slice(0, 12)}.txt`;
}

export function toDraft(article: AnalyzedArticle): DraftArticle {
  return {
    kind: article.kind,
    kicker: article.kicker ?? "",
    title: article.title ?? "",
    subtitle: article.subtitle ?? "",
    reporters: article.reporters.join("、"),
    date: article.date,
    body: article.paragraphs.join("\n\n"),
    span: article.span,
    officials: article.officials.map((official) => official.name),
    topics: article.topics.map((topic) => topic.slug),
    isPublished: true,
  };
}

/** Throws IngestError NO_ARTICLES when the parser finds no article. */
export function previewPage(options: { text: string; date: string; fileName: string; analyze: AnalyzeOptions }): PagePreview {
  const parsed = parsePage(options.text, options.date);
  if (parsed.articles.length === 0) throw new IngestError("NO_ARTICLES", `${options.fileName}: no recognisable article on this page`);
  return {
    fileName: options.fileName,
    date: options.date,
    text: options.text,
    articles: parsed.articles.map((article) => toDraft(analyzeArticle(article, options.analyze))),
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

/**
 * The parser's articles with the editor's edits applied by position. Spans and printed
 * bylines come from the parse; officials and topics are extracted again from the edited
 * text. Returns per-article field errors when an edit is invalid.
 */
export function applyDraftEdits(
  original: readonly ParsedArticle[],
  edits: ImportPayload["articles"],
  analyze: AnalyzeOptions,
): { ok: true; page: EditedPage } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = [];
  const articles: AnalyzedArticle[] = [];
  edits.forEach((edit, index) => {
    // Officials and topics are not taken from the browser: they are extracted again below.
    const { kind, kicker, title, subtitle, reporters, date, body } = edit;
    const parsed = articleInputSchema.safeParse({ kind, kicker, title, subtitle, reporters, date, body });
    const base = original[index];
    if (!parsed.success || !base) {
      errors[index] = parsed.success ? {} : (z.flattenError(parsed.error).fieldErrors as DraftErrors[number]);
      return;
    }
    const article = parsed.data;
    const bylines = bylinesFor(base.bylines, base.reporters, article.reporters);
    const paragraphs = article.body.split("\n\n");
    articles.push(analyzeArticle({ ...base, ...pickText(article), reporters: article.reporters, date: article.date, bylines, paragraphs }, analyze));
  });
  if (errors.length > 0 || edits.length !== original.length) return { ok: false, errors };
  return { ok: true, page: { articles, isPublished: edits.map((edit) => edit.isPublished) } };
}

const pickText = ({ kind, kicker, title, subtitle }: Pick<ParsedArticle, "kind" | "kicker" | "title" | "subtitle">) => ({ kind, kicker, title, subtitle });
