"use client";
// Fix a misspelt name. A name another official has is refused with a pointer to the merge.
import { useActionState } from "react";
import type { RenameOfficialState } from "@/lib/admin/official-form-state";
import { buttonClass, FormMessage, TextField } from "../field";
import { useSubmitWithoutReset } from "../use-submit-without-reset";

type Action = (state: RenameOfficialState, formData: FormData) => Promise<RenameOfficialState>;

export function RenameForm({ action, personId, name }: { action: Action; personId: number; name: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const onSubmit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label="改名" className="max-w-md">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="personId" value={personId} />
      <TextField id="official-name" name="name" label="正确的姓名" hint="2–6 个汉字；文章中的这个人随之改名" defaultValue={state.data?.name ?? name} errors={state.fieldErrors?.name} />
      <button type="submit" className={buttonClass} disabled={isPending}>
        改名
      </button>
    </form>
  );
}
