"use client";

import { useActionState } from "react";
import type { UserFormState } from "@/app/admin/(editor)/users/actions";
import { buttonClass, FormMessage, SelectField, TextField } from "./field";

type CreateUserAction = (state: UserFormState, formData: FormData) => Promise<UserFormState>;

export function UserCreateForm({ action }: { action: CreateUserAction }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate aria-label="新建账号" className="max-w-md">
      <FormMessage status={state.status} message={state.message} />
      <TextField id="new-email" name="email" type="email" label="邮箱" autoComplete="off" defaultValue={state.data?.email} errors={errors.email} />
      <TextField id="new-name" name="name" label="名字（可选）" defaultValue={state.data?.name} errors={errors.name} />
      <SelectField id="new-role" name="role" label="角色" defaultValue={state.data?.role ?? "editor"} errors={errors.role}>
        <option value="editor">编辑</option>
        <option value="admin">管理员</option>
      </SelectField>
      <TextField id="new-password" name="password" type="password" label="初始密码" hint="至少 12 个字符；请通过安全渠道告知对方" autoComplete="new-password" errors={errors.password} />
      <button type="submit" className={buttonClass} disabled={isPending}>
        创建账号
      </button>
    </form>
  );
}
