"use client";
// A one-button form for a status change or a revert, carrying the version it was shown at.
import { useActionState } from "react";
import type { ButtonActionState } from "@/lib/admin/article-form-state";
import { secondaryButtonClass } from "./field";

type ButtonAction = (state: ButtonActionState, formData: FormData) => Promise<ButtonActionState>;

export function ActionButton({ action, version, label }: { action: ButtonAction; version: number; label: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="version" value={version} />
      <button type="submit" className={secondaryButtonClass} disabled={isPending}>
        {label}
      </button>
      {state.message && (
        <span role={state.status === "error" ? "alert" : "status"} className={`text-sm ${state.status === "error" ? "text-paper-red" : "text-green-700"}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}
