"use client";
// Re-run every topic's rules over the whole archive (manual choices stay).
import { useActionState } from "react";
import type { ReassignState } from "@/lib/admin/topic-form-state";
import { FormMessage, secondaryButtonClass } from "../field";

type Action = (state: ReassignState, formData: FormData) => Promise<ReassignState>;

export function ReassignForm({ action }: { action: Action }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} aria-label="按规则重新分配" className="mb-6 rounded border border-stone-300 p-3 dark:border-stone-700">
      <FormMessage status={state.status} message={state.message} />
      <p className="mb-2 text-sm text-stone-600">改过规则后，用现在的规则给档案中的全部文章重新归类；编辑手动选择的主题保持不变。</p>
      <button type="submit" className={secondaryButtonClass} disabled={isPending}>
        {isPending ? "正在重新分配…" : "按规则重新分配"}
      </button>
    </form>
  );
}
