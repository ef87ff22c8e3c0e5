"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { secondaryButtonClass } from "./field";

type StatusAction = (state: FormState, formData: FormData) => Promise<FormState>;

export function UserStatusButton({ action, userId, isDisabled, email }: { action: StatusAction; userId: number; isDisabled: boolean; email: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="isDisabled" value={String(!isDisabled)} />
      <button type="submit" className={secondaryButtonClass} disabled={isPending} aria-label={`${isDisabled ? "启用" : "停用"} ${email}`}>
        {isDisabled ? "启用" : "停用"}
      </button>
      {state.message && (
        <span role={state.status === "error" ? "alert" : "status"} className="text-sm">
          {state.message}
        </span>
      )}
    </form>
  );
}
