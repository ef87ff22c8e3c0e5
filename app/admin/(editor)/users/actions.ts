"use server";
// Account management: admins only.
import { revalidatePath } from "next/cache";
import { knownErrorState } from "@/lib/admin/action-errors";
import { requireAdmin } from "@/lib/auth/require-editor";
import { newUserSchema, userStatusSchema } from "@/lib/auth/schema";
import { createAccount, setAccountDisabled } from "@/lib/auth/accounts";
import { DuplicateError, ForbiddenError } from "@/lib/errors";
import { errorState, formFields, invalidFormState, type FormState } from "@/lib/forms";

export type UserFormState = FormState<"email" | "name" | "role" | "password", { email?: string; name?: string; role?: string }>;

export async function createUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const admin = await requireAdmin();
  const { email, name, role, password } = formFields(formData);
  const echo = { email, name, role };
  const parsed = newUserSchema.safeParse({ email, name, role, password });
  if (!parsed.success) return { ...invalidFormState(parsed.error), data: echo };
  try {
    await createAccount(parsed.data, admin.id);
  } catch (error) {
    if (error instanceof DuplicateError) return { status: "error", message: "请修正标出的字段", fieldErrors: { email: ["这个邮箱已有账号"] }, data: echo };
    throw error;
  }
  revalidatePath("/admin/users");
  revalidatePath("/admin/audit");
  return { status: "success", message: `已创建账号 ${parsed.data.email}` };
}

export async function setUserDisabledAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  const parsed = userStatusSchema.safeParse(formFields(formData));
  if (!parsed.success) return errorState("请求无效，请刷新页面");
  try {
    await setAccountDisabled({ userId: parsed.data.userId, isDisabled: parsed.data.isDisabled, actorId: admin.id });
  } catch (error) {
    if (error instanceof ForbiddenError) return errorState("不能停用自己的账号");
    return knownErrorState(error);
  }
  revalidatePath("/admin/users");
  revalidatePath("/admin/audit");
  return { status: "success", message: parsed.data.isDisabled ? "已停用，该账号的登录已全部失效" : "已启用" };
}
