// What the article form's server actions return (shared by the actions and the form).
import type { ArticleField, ArticleFormValues } from "@/lib/articles/schema";
import type { FormState } from "@/lib/forms";
import type { ConflictView } from "./conflict";

export interface ArticleFormData {
  /** The form as submitted, so an error never loses the editor's input. */
  values?: ArticleFormValues;
  /** The version the form's content is based on after this answer. */
  baseVersion?: number;
  conflict?: ConflictView;
}

export type ArticleFormState = FormState<ArticleField | "version", ArticleFormData>;

/** The result of a status change, revert or other one-button action. */
export type ButtonActionState = FormState<"version">;

export const CONFLICT_MESSAGE = "这篇文章在你编辑期间已被他人修改，你的修改没有保存，仍保留在表单中。请对照下方差异后再决定。";

export type ArticleFieldErrors = NonNullable<ArticleFormState["fieldErrors"]>;
