"use server";
// Server actions of the article screens. Each is a public POST endpoint: it checks the
// caller first, validates its input, calls lib, then revalidates what changed.
import { redirect } from "next/navigation";
import { z } from "zod";
import { knownErrorState } from "@/lib/admin/action-errors";
import { CONFLICT_MESSAGE, type ArticleFormState, type ButtonActionState } from "@/lib/admin/article-form-state";
import { listTopicOptions, suggestForText } from "@/lib/admin/article-queries";
import { describeConflict, snapshotOfInput } from "@/lib/admin/conflict";
import { revalidateArticlePages } from "@/lib/admin/revalidate";
import { getRevisionSnapshot } from "@/lib/admin/revision-queries";
import { changeArticleStatus, createArticle, revertArticle, updateArticle } from "@/lib/articles/mutations";
import { articleFormValues, articleInputSchema, versionSchema, type ArticleInput } from "@/lib/articles/schema";
import { requireEditor } from "@/lib/auth/require-editor";
import { VersionConflictError } from "@/lib/errors";
import { errorState, invalidFormState } from "@/lib/forms";
import type { StoredArticle } from "@/lib/admin/article-store";

const idSchema = z.coerce.number().int().positive();
const statusChangeSchema = z.enum(["publish", "unpublish", "delete", "undelete"]);
const STALE_MESSAGE = "这篇文章已被他人修改，请刷新页面后再操作";

export async function createArticleAction(_prev: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const editor = await requireEditor();
  const values = articleFormValues(formData);
  const parsed = articleInputSchema.safeParse(values);
  if (!parsed.success) return { ...invalidFormState(parsed.error), data: { values } };

  let id: number;
  try {
    const result = await createArticle({ input: parsed.data, editorId: editor.id, isPublished: formData.get("intent") === "publish" });
    revalidateArticlePages(result);
    id = result.id;
  } catch (error) {
    return { ...knownErrorState(error), data: { values } };
  }
  redirect(`/admin/articles/${id}?saved=1`);
}

export async function updateArticleAction(articleId: number, _prev: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const editor = await requireEditor();
  const id = idSchema.parse(articleId);
  const values = articleFormValues(formData);
  const version = versionSchema.safeParse(formData.get("version"));
  if (!version.success) return { ...errorState("表单缺少版本信息，请刷新页面"), data: { values } };
  const parsed = articleInputSchema.safeParse(values);
  if (!parsed.success) return { ...invalidFormState(parsed.error), data: { values, baseVersion: version.data } };

  const intent = formData.get("intent");
  const nextStatus = intent === "publish" ? "published" : intent === "unpublish" ? "draft" : undefined;
  try {
    const result = await updateArticle({ id, input: parsed.data, expectedVersion: version.data, editorId: editor.id, nextStatus });
    revalidateArticlePages(result);
    const done = nextStatus === "published" ? "已保存并发布" : nextStatus === "draft" ? "已保存并撤回为草稿" : "已保存";
    return { status: "success", message: `${done}（第 ${result.version} 版）`, data: { values, baseVersion: result.version } };
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const conflict = await conflictView(id, version.data, parsed.data, error.current as StoredArticle);
      return { status: "error", message: CONFLICT_MESSAGE, data: { values, baseVersion: version.data, conflict } };
    }
    return { ...knownErrorState(error), data: { values, baseVersion: version.data } };
  }
}

async function conflictView(id: number, baseVersion: number, input: ArticleInput, current: StoredArticle) {
  const [base, topics] = await Promise.all([getRevisionSnapshot(id, baseVersion), listTopicOptions()]);
  const topicNames = new Map(topics.map((topic) => [topic.slug, topic.name]));
  const yours = snapshotOfInput(input, { ...current.snapshot, status: base?.status ?? current.snapshot.status }, topicNames);
  return describeConflict({ current: current.snapshot, currentVersion: current.version, base, yours });
}

export async function changeArticleStatusAction(articleId: number, change: string, _prev: ButtonActionState, formData: FormData): Promise<ButtonActionState> {
  const editor = await requireEditor();
  const id = idSchema.parse(articleId);
  const parsedChange = statusChangeSchema.parse(change);
  const version = versionSchema.safeParse(formData.get("version"));
  if (!version.success) return errorState("表单缺少版本信息，请刷新页面");
  try {
    const result = await changeArticleStatus({ id, change: parsedChange, expectedVersion: version.data, editorId: editor.id });
    revalidateArticlePages(result);
  } catch (error) {
    if (error instanceof VersionConflictError) return errorState(STALE_MESSAGE);
    return knownErrorState(error);
  }
  const done = { publish: "已发布", unpublish: "已撤回为草稿", delete: "已删除（可恢复）", undelete: "已恢复为草稿" }[parsedChange];
  return { status: "success", message: done };
}

export async function revertArticleAction(articleId: number, toVersion: number, _prev: ButtonActionState, formData: FormData): Promise<ButtonActionState> {
  const editor = await requireEditor();
  const id = idSchema.parse(articleId);
  const from = idSchema.parse(toVersion);
  const version = versionSchema.safeParse(formData.get("version"));
  if (!version.success) return errorState("表单缺少版本信息，请刷新页面");
  try {
    const result = await revertArticle({ id, toVersion: from, expectedVersion: version.data, editorId: editor.id });
    revalidateArticlePages(result);
    return { status: "success", message: `已恢复第 ${from} 版的内容，保存为第 ${result.version} 版` };
  } catch (error) {
    if (error instanceof VersionConflictError) return errorState(STALE_MESSAGE);
    return knownErrorState(error);
  }
}

const suggestTextSchema = z.object({
  kicker: z.string().max(200).nullable(),
  title: z.string().max(200).nullable(),
  subtitle: z.string().max(200).nullable(),
  body: z.string().max(100_000),
});

/** What the extractors find in the form's text: officials' names and topic slugs. */
export async function suggestEntitiesAction(text: unknown): Promise<{ officials: string[]; topics: string[] }> {
  await requireEditor();
  const parsed = suggestTextSchema.safeParse(text);
  if (!parsed.success) return { officials: [], topics: [] };
  return suggestForText(parsed.data);
}
