"use server";
// Corrections of officials: rename, merge two spellings, fix titles, turn into a journalist.
// Each action checks the caller first, validates its form, calls lib, then revalidates.
import { redirect } from "next/navigation";
import type { z } from "zod";
import { knownErrorState } from "@/lib/admin/action-errors";
import type { ConvertOfficialState, MentionTitlesState, MergeOfficialState, RenameOfficialState, ReplaceTitleState } from "@/lib/admin/official-form-state";
import { findOfficialByName } from "@/lib/admin/official-queries";
import { convertOfficialSchema, mentionTitlesSchema, mergeOfficialSchema, renameOfficialSchema, replaceTitleSchema } from "@/lib/admin/official-schema";
import { revalidateOfficialChange } from "@/lib/admin/revalidate";
import { requireEditor } from "@/lib/auth/require-editor";
import { NameTakenError, VersionConflictError } from "@/lib/errors";
import { errorState, formFields, invalidFormState, type FormState } from "@/lib/forms";
import { convertOfficialToJournalist, mergeOfficials, renameOfficial } from "@/lib/officials/mutations";
import { replaceOfficialTitle, setMentionTitles } from "@/lib/officials/title-mutations";

const HIDDEN_FIELDS = new Set(["personId", "articleId", "version"]);

/** Field errors to show; a broken hidden field means a stale or forged form, not a typing slip. */
function refused<Field extends string, Data>(error: z.ZodError, data?: Data): FormState<Field, Data> {
  if (error.issues.some((issue) => HIDDEN_FIELDS.has(String(issue.path[0])))) return { ...errorState<Field>("请求无效，请刷新页面"), data };
  return { ...invalidFormState<Field>(error), data };
}

export async function renameOfficialAction(_prev: RenameOfficialState, formData: FormData): Promise<RenameOfficialState> {
  const editor = await requireEditor();
  const fields = formFields(formData);
  const parsed = renameOfficialSchema.safeParse(fields);
  if (!parsed.success) return refused(parsed.error, { name: fields.name });
  try {
    const change = await renameOfficial({ personId: parsed.data.personId, name: parsed.data.name, editorId: editor.id });
    revalidateOfficialChange(change);
    if (change.articleIds.length === 0 && change.slugs.length === 0) return { status: "success", message: "名字没有变化" };
    return { status: "success", message: `已改名为「${parsed.data.name}」，${change.articleIds.length} 篇文章随之更新`, data: { name: parsed.data.name } };
  } catch (error) {
    if (error instanceof NameTakenError) {
      return {
        status: "error",
        message: "请修正标出的字段",
        fieldErrors: { name: [`「${parsed.data.name}」已是另一位领导。如果是同一个人，请用下方的「合并」。`] },
        data: { name: parsed.data.name, existingId: error.existingId },
      };
    }
    return { ...knownErrorState(error), data: { name: fields.name } };
  }
}

export async function mergeOfficialAction(_prev: MergeOfficialState, formData: FormData): Promise<MergeOfficialState> {
  const editor = await requireEditor();
  const fields = formFields(formData);
  const parsed = mergeOfficialSchema.safeParse(fields);
  if (!parsed.success) return refused(parsed.error, { targetName: fields.targetName });
  const target = await findOfficialByName(parsed.data.targetName);
  if (!target) return { status: "error", message: "请修正标出的字段", fieldErrors: { targetName: ["档案中没有这位领导；若只是拼写有误，请用上方的「改名」"] }, data: { targetName: fields.targetName } };
  if (target.id === parsed.data.personId) return { status: "error", message: "请修正标出的字段", fieldErrors: { targetName: ["不能合并到自己"] }, data: { targetName: fields.targetName } };
  try {
    revalidateOfficialChange(await mergeOfficials({ sourceId: parsed.data.personId, targetId: target.id, editorId: editor.id }));
  } catch (error) {
    return { ...knownErrorState(error), data: { targetName: fields.targetName } };
  }
  redirect(`/admin/officials/${target.id}?merged=1`);
}

export async function replaceTitleAction(_prev: ReplaceTitleState, formData: FormData): Promise<ReplaceTitleState> {
  const editor = await requireEditor();
  const fields = formFields(formData);
  const parsed = replaceTitleSchema.safeParse(fields);
  if (!parsed.success) return refused(parsed.error, { toTitle: fields.toTitle });
  try {
    const { fromTitle, toTitle } = parsed.data;
    const change = await replaceOfficialTitle({ personId: parsed.data.personId, from: fromTitle, to: toTitle, editorId: editor.id });
    revalidateOfficialChange(change);
    if (change.changed === 0) return { status: "error", message: `没有文章中出现职务「${fromTitle}」`, data: { toTitle } };
    const done = toTitle === "" ? `已从 ${change.changed} 篇文章中删去职务「${fromTitle}」` : `已在 ${change.changed} 篇文章中把「${fromTitle}」改为「${toTitle}」`;
    return { status: "success", message: done };
  } catch (error) {
    return { ...knownErrorState(error), data: { toTitle: fields.toTitle } };
  }
}

export async function setMentionTitlesAction(_prev: MentionTitlesState, formData: FormData): Promise<MentionTitlesState> {
  const editor = await requireEditor();
  const fields = formFields(formData);
  const parsed = mentionTitlesSchema.safeParse(fields);
  if (!parsed.success) return refused(parsed.error, { titles: fields.titles });
  const { personId, articleId, version, titles } = parsed.data;
  try {
    const change = await setMentionTitles({ personId, articleId, titles, expectedVersion: version, editorId: editor.id });
    revalidateOfficialChange(change);
    return { status: "success", message: `已保存（文章第 ${change.version} 版）`, data: { titles: titles.join("、"), version: change.version } };
  } catch (error) {
    if (error instanceof VersionConflictError) return { ...errorState("这篇文章已被他人修改，请刷新页面后再改"), data: { titles: fields.titles } };
    return { ...knownErrorState(error), data: { titles: fields.titles } };
  }
}

export async function convertOfficialAction(_prev: ConvertOfficialState, formData: FormData): Promise<ConvertOfficialState> {
  const editor = await requireEditor();
  const parsed = convertOfficialSchema.safeParse(formFields(formData));
  if (!parsed.success) return refused(parsed.error);
  try {
    revalidateOfficialChange(await convertOfficialToJournalist({ personId: parsed.data.personId, editorId: editor.id }));
  } catch (error) {
    return knownErrorState(error);
  }
  redirect("/admin/officials?converted=1");
}
