import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { getCurrentUser } from "@/lib/auth/require-editor";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "编辑登录", robots: { index: false } };

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/admin");
  return (
    <section aria-labelledby="login-heading">
      <h1 id="login-heading" className="mb-4 font-serif text-2xl font-bold">
        编辑登录
      </h1>
      <LoginForm action={signInAction} />
    </section>
  );
}
