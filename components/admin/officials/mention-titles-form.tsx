"use client";
// The official's titles in one article, editable in place (under that article's version).
import { useActionState } from "react";
import type { MentionTitlesState } from "@/lib/admin/official-form-state";
import { inputClass, secondaryButtonClass } from "../field";
import { useSubmitWithoutReset } from "../use-submit-without-reset";

type Action = (state: MentionTitlesState, formData: FormData) => Promise<MentionTitlesState>;

interface Props {
  action: Action;
  personId: number;
  articleId: number;
  version: number;
  titles: string[];
  /** For the input's accessible name: which article this is. */
  articleLabel: string;
}

export function MentionTitlesForm({ action, personId, articleId, version, titles, articleLabel }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const onSubmit = useSubmitWithoutReset(formAction);
  const errorId = `titles-${articleId}-error`;
  const errors = state.fieldErrors?.titles;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={state.data?.version ?? version} />
      <input
        name="titles"
        aria-label={`职务：${articleLabel}`}
        className={`${inputClass} max-w-xs text-sm`}
        defaultValue={state.data?.titles ?? titles.join("、")}
        placeholder="（无职务）"
        aria-invalid={Boolean(errors?.length)}
        aria-describedby={errors?.length ? errorId : undefined}
      />
      <button type="submit" className={`${secondaryButtonClass} text-sm`} disabled={isPending}>
        保存职务
      </button>
      {errors?.length ? (
        <span id={errorId} className="text-sm text-paper-red">
          {errors.join("；")}
        </span>
      ) : (
        state.message && (
          <span role={state.status === "error" ? "alert" : "status"} className={`text-sm ${state.status === "error" ? "text-paper-red" : "text-green-700"}`}>
            {state.message}
          </span>
        )
      )}
    </form>
  );
}
