"use client";
// React resets a form after its action runs. Editors' forms must keep what was typed when the
// server refuses it, so they submit from onSubmit instead (the action attribute stays for
// submissions before hydration).
import { startTransition, type FormEvent } from "react";

export function useSubmitWithoutReset(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };
}
