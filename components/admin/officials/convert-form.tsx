"use client";
// The extractor took a journalist's name for an official's: take it out of the officials.
import { useActionState } from "react";
import type { ConvertOfficialState } from "@/lib/admin/official-form-state";
import { FormMessage, secondaryButtonClass } from "../field";

type Action = (state: ConvertOfficialState, formData: FormData) => Promise<ConvertOfficialState>;

export function ConvertForm({ action, personId, name, articleCount }: { action: Action; personId: number; name: string; articleCount: number }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate aria-label="改为记者" className="max-w-md">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="personId" value={personId} />
      <p className="mb-2 text-sm text-stone-600">「{name}」将从 {articleCount} 篇文章的领导中移除，并归入记者。</p>
      <label className="mb-2 flex items-center gap-2 text-sm">
        <input type="checkbox" name="isConfirmed" />
        我确认这是记者而不是领导
      </label>
      {state.fieldErrors?.isConfirmed && <p className="mb-2 text-sm text-paper-red">{state.fieldErrors.isConfirmed.join("；")}</p>}
      <button type="submit" className={secondaryButtonClass} disabled={isPending}>
        改为记者
      </button>
    </form>
  );
}
