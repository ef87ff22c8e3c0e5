// lib/auth/users.ts bound to the app's database, for the admin's account screens.
import "server-only";
import { db } from "@/lib/db/client";
import type { NewUserInput } from "./schema";
import { createUser, listUsers, setUserDisabled, type UserSummary } from "./users";

export function createAccount(input: NewUserInput, actorId: number): Promise<{ id: number }> {
  return createUser(db, { input, actorId });
}

export function setAccountDisabled(options: { userId: number; isDisabled: boolean; actorId: number }): Promise<void> {
  return setUserDisabled(db, options);
}

export function listAccounts(): Promise<UserSummary[]> {
  return listUsers(db);
}
