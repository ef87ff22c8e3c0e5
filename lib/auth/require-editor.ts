// Who is asking: every admin page, server action and route handler starts with
// requireEditor() or requireAdmin(), not only the layout (actions are public endpoints).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ForbiddenError } from "@/lib/errors";
import { getSessionToken } from "./request";
import { validateSessionToken, type SessionUser, type ValidSession } from "./session";

export const LOGIN_PATH = "/admin/login";

/** The signed-in session, once per request (React cache), or null. */
export const getCurrentSession = cache(async (): Promise<ValidSession | null> => {
  const token = await getSessionToken();
  return token === null ? null : validateSessionToken(token);
});

export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

/** An editor or admin; anyone else is sent to the sign-in page. */
export async function requireEditor(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user === null) redirect(LOGIN_PATH);
  return user;
}

/** An admin; anonymous callers go to sign-in, editors get ForbiddenError. */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireEditor();
  if (user.role !== "admin") throw new ForbiddenError("admins only");
  return user;
}

/** requireAdmin for pages: to an editor an admin-only page simply does not exist (404). */
export async function requireAdminPage(): Promise<SessionUser> {
  const user = await requireEditor();
  if (user.role !== "admin") notFound();
  return requireAdmin();
}
