"use client";

import { useActionState } from "react";
import type { SignInState } from "@/app/admin/login/actions";
import { buttonClass, FormMessage, TextField } from "./field";

type SignInAction = (state: SignInState, formData: FormData) => Promise<SignInState>;

export function LoginForm({ action }: { action: SignInAction }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="max-w-sm" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <TextField id="email" name="email" type="email" label="邮箱" autoComplete="username" required defaultValue={state.data?.email} errors={state.fieldErrors?.email} />
      <TextField id="password" name="password" type="password" label="密码" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <button type="submit" className={buttonClass} disabled={isPending}>
        {isPending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
