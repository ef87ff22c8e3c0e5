"use client";
// Merge this spelling into another official: every mention moves there, this one goes away.
import { useActionState, useEffect, useId, useState } from "react";
import type { MergeOfficialState } from "@/lib/admin/official-form-state";
import { buttonClass, FormMessage, TextField } from "../field";
import { useSubmitWithoutReset } from "../use-submit-without-reset";

type Action = (state: MergeOfficialState, formData: FormData) => Promise<MergeOfficialState>;

export function MergeForm({ action, personId, name }: { action: Action; personId: number; name: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const onSubmit = useSubmitWithoutReset(formAction);
  const [query, setQuery] = useState(state.data?.targetName ?? "");
  const [known, setKnown] = useState<string[]>([]);
  const listId = useId();

  useEffect(() => {
    const q = query.trim();
    if (q === "") return;
    const controller = new AbortController();
    fetch(`/api/admin/officials?q=${encodeURIComponent(q)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { names: [] }))
      .then((body: { names?: string[] }) => setKnown((body.names ?? []).filter((candidate) => candidate !== name)))
      .catch(() => {});
    return () => controller.abort();
  }, [query, name]);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label="合并" className="max-w-md">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="personId" value={personId} />
      <TextField
        id="merge-target"
        name="targetName"
        label={`把「${name}」并入`}
        hint="另一种写法的姓名（档案中已有）；合并后「这一个」被删除，它在各篇文章中的职务并入对方"
        list={listId}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        errors={state.fieldErrors?.targetName}
      />
      <datalist id={listId}>
        {known.map((candidate) => (
          <option key={candidate} value={candidate} />
        ))}
      </datalist>
      <label className="mb-1 flex items-center gap-2 text-sm">
        <input type="checkbox" name="isConfirmed" aria-describedby={state.fieldErrors?.isConfirmed ? "merge-confirm-error" : undefined} />
        我确认这是同一个人
      </label>
      {state.fieldErrors?.isConfirmed && (
        <p id="merge-confirm-error" className="mb-2 text-sm text-paper-red">
          {state.fieldErrors.isConfirmed.join("；")}
        </p>
      )}
      <button type="submit" className={`${buttonClass} mt-2`} disabled={isPending}>
        {isPending ? "正在合并…" : "合并"}
      </button>
    </form>
  );
}
