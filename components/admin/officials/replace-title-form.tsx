"use client";
// Replace one title string in all of an official's mentions (市委付书记 → 市委副书记).
import { useActionState } from "react";
import type { ReplaceTitleState } from "@/lib/admin/official-form-state";
import { buttonClass, FormMessage, SelectField, TextField } from "../field";
import { useSubmitWithoutReset } from "../use-submit-without-reset";

type Action = (state: ReplaceTitleState, formData: FormData) => Promise<ReplaceTitleState>;

interface Props {
  action: Action;
  personId: number;
  titleCounts: { title: string; count: number }[];
}

export function ReplaceTitleForm({ action, personId, titleCounts }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const onSubmit = useSubmitWithoutReset(formAction);
  if (titleCounts.length === 0) return <p className="text-sm text-stone-500">各篇文章中都没有记下职务。</p>;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label="批量修改职务" className="max-w-md">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="personId" value={personId} />
      <SelectField id="from-title" name="fromTitle" label="要改的职务" errors={state.fieldErrors?.fromTitle}>
        {titleCounts.map(({ title, count }) => (
          <option key={title} value={title}>
            {title}（{count} 篇）
          </option>
        ))}
      </SelectField>
      <TextField id="to-title" name="toTitle" label="改为" hint="留空则从这些文章中删去这个职务" defaultValue={state.data?.toTitle} errors={state.fieldErrors?.toTitle} />
      <button type="submit" className={buttonClass} disabled={isPending}>
        全部替换
      </button>
    </form>
  );
}
