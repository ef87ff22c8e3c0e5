// Labelled form controls whose errors sit beside them (aria-describedby + aria-invalid).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (describedBy: string | undefined, isInvalid: boolean) => ReactNode;
}

export const inputClass =
  "w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-base dark:border-stone-700 dark:bg-stone-900 aria-[invalid=true]:border-paper-red";

function FieldShell({ id, label, hint, errors, children }: FieldShellProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const isInvalid = Boolean(errors?.length);
  const describedBy = [hint ? hintId : null, isInvalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {children(describedBy, isInvalid)}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      {isInvalid && (
        <p id={errorId} className="mt-1 text-sm text-paper-red">
          {errors?.join("；")}
        </p>
      )}
    </div>
  );
}

type Common = { id: string; label: string; hint?: string; errors?: string[] };

export function TextField({ id, label, hint, errors, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, isInvalid) => <input id={id} className={inputClass} aria-describedby={describedBy} aria-invalid={isInvalid} {...input} />}
    </FieldShell>
  );
}

export function TextAreaField({ id, label, hint, errors, ...textarea }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, isInvalid) => <textarea id={id} className={`${inputClass} leading-7`} aria-describedby={describedBy} aria-invalid={isInvalid} {...textarea} />}
    </FieldShell>
  );
}

export function SelectField({ id, label, hint, errors, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, isInvalid) => (
        <select id={id} className={inputClass} aria-describedby={describedBy} aria-invalid={isInvalid} {...select}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

/** The form-level answer: an alert for errors, a polite status for success. */
export function FormMessage({ status, message }: { status?: "success" | "error"; message?: string }) {
  if (!message) return null;
  const isError = status === "error";
  return (
    <p
      role={isError ? "alert" : "status"}
      className={`mb-4 rounded border px-3 py-2 text-sm ${isError ? "border-paper-red bg-red-50 text-paper-red dark:bg-red-950" : "border-green-700 bg-green-50 text-green-800 dark:bg-green-950 dark:text-green-200"}`}
    >
      {message}
    </p>
  );
}

export const buttonClass = "rounded bg-paper-red px-4 py-1.5 text-white hover:opacity-90 disabled:opacity-50";
export const secondaryButtonClass = "rounded border border-stone-400 px-4 py-1.5 hover:bg-stone-100 disabled:opacity-50 dark:hover:bg-stone-800";
