"use server";
// Signing in and out: the only admin actions open to anonymous callers.
import { redirect } from "next/navigation";
import { clearSessionCookie, getRequestMeta, getSessionToken, setSessionCookie } from "@/lib/auth/request";
import { getCurrentSession, LOGIN_PATH } from "@/lib/auth/require-editor";
import { signInSchema } from "@/lib/auth/schema";
import { INVALID_CREDENTIALS_MESSAGE, RATE_LIMITED_MESSAGE, signIn, signOut } from "@/lib/auth/sign-in";
import { invalidFormState, type FormState } from "@/lib/forms";

export type SignInState = FormState<"email" | "password", { email?: string }>;

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const rawEmail = formData.get("email");
  const email = typeof rawEmail === "string" ? rawEmail : "";
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { ...invalidFormState(parsed.error), data: { email } };

  const meta = await getRequestMeta();
  const result = await signIn({ ...parsed.data, ip: meta.ip, userAgent: meta.userAgent, previousToken: await getSessionToken() });
  if (!result.ok) {
    return { status: "error", message: result.reason === "rate_limited" ? RATE_LIMITED_MESSAGE : INVALID_CREDENTIALS_MESSAGE, data: { email } };
  }
  await setSessionCookie(result.token);
  redirect("/admin");
}

export async function signOutAction(): Promise<void> {
  const session = await getCurrentSession();
  if (session) await signOut({ sessionId: session.sessionId, userId: session.user.id });
  await clearSessionCookie();
  redirect(LOGIN_PATH);
}
