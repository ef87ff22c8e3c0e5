// The state every admin form's server action returns (useActionState), and helpers to build it.
import { z } from "zod";

export type FieldErrors<Field extends string = string> = Partial<Record<Field, string[]>>;

export interface FormState<Field extends string = string, Data = undefined> {
  status?: "success" | "error";
  /** Chinese, shown above the form. */
  message?: string;
  /** Chinese messages per field, shown beside the field (aria-describedby). */
  fieldErrors?: FieldErrors<Field>;
  /** Extra result for the form, e.g. the fields of a version conflict or a parsed preview. */
  data?: Data;
}

export const INVALID_FORM_MESSAGE = "请修正标出的字段";

/** The error state for a failed zod parse: per-field messages plus the general hint. */
export function invalidFormState<Field extends string>(error: z.ZodError): FormState<Field> {
  return {
    status: "error",
    message: INVALID_FORM_MESSAGE,
    fieldErrors: z.flattenError(error).fieldErrors as FieldErrors<Field>,
  };
}

export function errorState<Field extends string = string>(message: string): FormState<Field> {
  return { status: "error", message };
}

/** FormData as a plain object of strings; files and repeated keys are left to the caller. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value;
  }
  return fields;
}
