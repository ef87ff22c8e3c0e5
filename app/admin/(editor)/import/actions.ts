"use server";
// Paste a page or one article: preview the parse, then store what the editor checked.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { listPagesOn, loadAnalyzeOptions } from "@/lib/admin/import-queries";
import { importEditedPage } from "@/lib/admin/import-mutations";
import { INGEST_ERROR_MESSAGES, IMPORT_OUTCOME_MESSAGES } from "@/lib/admin/import-messages";
import { applyDraftEdits, importPayloadSchema, pastedFileName, previewPage, toDraft } from "@/lib/admin/import-preview";
import type { ArticlePreviewState, ImportState, PagePreviewState } from "@/lib/admin/import-state";
import { unassignedOutside } from "@/lib/admin/import-structure";
import { revalidateAllReaderPages } from "@/lib/admin/revalidate";
import { requireEditor } from "@/lib/auth/require-editor";
import { errorState } from "@/lib/forms";
import { analyzeArticle } from "@/lib/ingest/analyze-article";
import { decodePage } from "@/lib/ingest/decode";
import { IngestError } from "@/lib/ingest/errors";
import { parseArticle } from "@/lib/ingest/parse-article";
import { parsePage } from "@/lib/ingest/parse-page";

const dateSchema = z.iso.date("请输入有效的版面日期");
const fileNameSchema = z
  .string()
  .trim()
  .max(200, "文件名最多 200 个字符")
  .regex(/^[^/\\\0]*$/, "文件名不能包含路径")
  .transform((name) => name || null);

/** The page bytes from the uploaded file, else from the pasted text. */
async function pageInput(formData: FormData): Promise<{ bytes: Uint8Array; fileName: string | null } | null> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name.split(/[/\\]/).pop()?.slice(0, 200) || null };
  const text = formData.get("text");
  return typeof text === "string" && text.trim() !== "" ? { bytes: new TextEncoder().encode(text), fileName: null } : null;
}

export async function previewPageAction(_prev: PagePreviewState, formData: FormData): Promise<PagePreviewState> {
  await requireEditor();
  const date = dateSchema.safeParse(formData.get("date"));
  const chosenName = fileNameSchema.safeParse(formData.get("fileName") ?? "");
  const input = await pageInput(formData);
  if (!date.success || !chosenName.success || input === null) {
    const fieldErrors = {
      ...(!date.success && { date: ["请输入有效的版面日期"] }),
      ...(!chosenName.success && { fileName: chosenName.error.issues.map((issue) => issue.message) }),
      ...(input === null && { text: ["请粘贴版面文字或选择 .txt 文件"] }),
    };
    return { status: "error", message: "请修正标出的字段", fieldErrors };
  }
  try {
    const text = decodePage(input.bytes, input.fileName ?? "pasted.txt");
    const fileName = chosenName.data ?? input.fileName ?? pastedFileName(text, date.data);
    const preview = previewPage({ text, date: date.data, fileName, analyze: await loadAnalyzeOptions() });
    return { status: "success", data: { preview, pagesOnDate: await listPagesOn(date.data) } };
  } catch (error) {
    if (error instanceof IngestError) return errorState(INGEST_ERROR_MESSAGES[error.code]);
    throw error;
  }
}

export async function importPageAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const editor = await requireEditor();
  let json: unknown;
  try {
    json = JSON.parse(String(formData.get("payload") ?? ""));
  } catch {
    return errorState("提交的内容无法读取，请重新解析");
  }
  const payload = importPayloadSchema.safeParse(json);
  if (!payload.success) return errorState("提交的内容无效，请重新解析");
  const { fileName, date, text } = payload.data;
  const analyze = await loadAnalyzeOptions();
  // The server parses again: spans and printed bylines come from the parser, not the browser.
  const parsed = parsePage(text, date);
  const edited = applyDraftEdits({ text, original: parsed.articles, edits: payload.data.articles, analyze });
  if (!edited.ok && edited.isStructureInvalid) return errorState("提交的拆分或合并与版面不符，请重新解析");
  if (!edited.ok) return { status: "error", message: "请修正标出的字段", data: { errors: edited.errors } };

  const spans = edited.page.articles.map((article) => article.span);
  const unassigned = unassignedOutside(parsed.unassigned.map((item) => item.span), spans);
  const result = await importEditedPage({ fileName, date, text, page: edited.page, unassigned, editorId: editor.id });
  revalidateAllReaderPages();
  revalidatePath("/admin");
  return { status: "success", message: IMPORT_OUTCOME_MESSAGES[result.outcome], data: { result } };
}

export async function previewArticleAction(_prev: ArticlePreviewState, formData: FormData): Promise<ArticlePreviewState> {
  await requireEditor();
  const date = dateSchema.safeParse(formData.get("date"));
  const text = formData.get("text");
  const hasText = typeof text === "string" && text.trim() !== "";
  if (!date.success || !hasText) {
    return { status: "error", message: "请修正标出的字段", fieldErrors: { ...(!date.success && { date: ["请输入有效的日期"] }), ...(!hasText && { text: ["请粘贴一篇文章"] }) } };
  }
  try {
    const decoded = decodePage(new TextEncoder().encode(text), "pasted.txt");
    const draft = toDraft(analyzeArticle(parseArticle(decoded, date.data), await loadAnalyzeOptions()));
    return { status: "success", data: { draft } };
  } catch (error) {
    if (error instanceof IngestError) return errorState(INGEST_ERROR_MESSAGES[error.code]);
    throw error;
  }
}
