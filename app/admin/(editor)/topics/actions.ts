"use server";
// The topic taxonomy: edit one topic's name, description and rules, preview what new rules
// would do, and re-run the rules over the archive.
import { z } from "zod";
import { knownErrorState } from "@/lib/admin/action-errors";
import { revalidateTopicChange } from "@/lib/admin/revalidate";
import type { ReassignState, RulePreviewState, TopicFormState } from "@/lib/admin/topic-form-state";
import { reassignAllTopics, updateTopic } from "@/lib/admin/topic-mutations";
import { previewTopicRules } from "@/lib/admin/topic-queries";
import { parseTopicForm, topicFormValues } from "@/lib/admin/topic-schema";
import { requireEditor } from "@/lib/auth/require-editor";
import { DuplicateError, VersionConflictError } from "@/lib/errors";
import { errorState, INVALID_FORM_MESSAGE } from "@/lib/forms";

const topicIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
const updatedAtSchema = z.iso.datetime();
const STALE_FORM = "表单已过期，请刷新页面";

export async function updateTopicAction(_prev: TopicFormState, formData: FormData): Promise<TopicFormState> {
  const editor = await requireEditor();
  const values = topicFormValues(formData);
  const topicId = topicIdSchema.safeParse(formData.get("topicId"));
  const updatedAt = updatedAtSchema.safeParse(formData.get("updatedAt"));
  if (!topicId.success || !updatedAt.success) return { ...errorState(STALE_FORM), data: { values } };
  const parsed = parseTopicForm(values);
  if (!parsed.success) return { status: "error", message: INVALID_FORM_MESSAGE, fieldErrors: parsed.fieldErrors, data: { values, updatedAt: updatedAt.data } };
  try {
    const saved = await updateTopic({ topicId: topicId.data, input: parsed.data, expectedUpdatedAt: updatedAt.data, editorId: editor.id });
    revalidateTopicChange({ slug: saved.slug, isEverywhere: saved.isNameChanged });
    return { status: "success", message: "已保存。新导入的文章立即按新规则归类；已有文章要点「按规则重新分配」才会改变。", data: { values, updatedAt: saved.updatedAt } };
  } catch (error) {
    if (error instanceof DuplicateError) return { status: "error", message: INVALID_FORM_MESSAGE, fieldErrors: { name: ["已有同名的主题"] }, data: { values, updatedAt: updatedAt.data } };
    if (error instanceof VersionConflictError) return { ...errorState("这个主题在你编辑期间已被他人修改，你的修改没有保存，仍在表单中；请刷新页面查看后再改。"), data: { values, updatedAt: updatedAt.data } };
    return { ...knownErrorState(error), data: { values, updatedAt: updatedAt.data } };
  }
}

export async function previewTopicRulesAction(_prev: RulePreviewState, formData: FormData): Promise<RulePreviewState> {
  await requireEditor();
  const topicId = topicIdSchema.safeParse(formData.get("topicId"));
  if (!topicId.success) return errorState(STALE_FORM);
  const parsed = parseTopicForm(topicFormValues(formData));
  if (!parsed.success) return { status: "error", message: INVALID_FORM_MESSAGE, fieldErrors: parsed.fieldErrors };
  const preview = await previewTopicRules({ topicId: topicId.data, rules: parsed.data.rules });
  if (!preview) return errorState("找不到这个主题");
  return { status: "success", data: { preview } };
}

// Takes (state, formData) from useActionState and needs neither.
export async function reassignTopicsAction(): Promise<ReassignState> {
  const editor = await requireEditor();
  const result = await reassignAllTopics({ editorId: editor.id });
  revalidateTopicChange({ isEverywhere: true });
  return { status: "success", message: `已按规则重新评分 ${result.articles} 篇文章：新增 ${result.gained} 项、去掉 ${result.lost} 项，现有规则归类 ${result.assignments} 项（编辑手动选择的主题保持不变）。` };
}
