import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireEditor } from "@/lib/auth/require-editor";
import { signOutAction } from "../login/actions";

// Guards the admin UI only; every action and route handler checks the caller again.
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireEditor();
  return (
    <>
      <AdminNav user={user} signOutAction={signOutAction} />
      {children}
    </>
  );
}
