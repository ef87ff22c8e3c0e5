// What the officials screens' server actions return (shared by the actions and the forms).
import type { FormState } from "@/lib/forms";

export type RenameOfficialState = FormState<"name", { name?: string; existingId?: number }>;
export type MergeOfficialState = FormState<"targetName" | "isConfirmed", { targetName?: string }>;
export type ReplaceTitleState = FormState<"fromTitle" | "toTitle", { toTitle?: string }>;
export type MentionTitlesState = FormState<"titles", { titles?: string; version?: number }>;
export type ConvertOfficialState = FormState<"isConfirmed">;
