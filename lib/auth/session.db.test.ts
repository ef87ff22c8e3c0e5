import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { insertUser, resetDatabase } from "@/lib/admin/__fixtures__/db-support";
import { createSession, validateSessionToken } from "./session";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from "./session-policy";
import { hashSessionToken } from "./token";
import { setUserDisabled } from "./users";

vi.mock("server-only", () => ({}));

let db: Database;
const t0 = new Date("2024-03-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(() => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
});
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

describe("sessions", () => {
  it("stores only the token's sha256 and finds the user by the token", async () => {
    const user = await insertUser(db);
    const token = await createSession({ userId: user.id, ip: "10.0.0.1", userAgent: "test", now: t0 });
    const row = await db.session.findFirstOrThrow();
    expect(row.id).toBe(hashSessionToken(token));
    expect(row.id).not.toContain(token);
    expect(row.expiresAt).toEqual(at(ABSOLUTE_TIMEOUT_MS));
    expect(await validateSessionToken(token, at(1000))).toMatchObject({ user: { id: user.id, email: user.email, role: "editor" } });
  });

  it("gives every sign-in a new session (the token rotates)", async () => {
    const user = await insertUser(db);
    const first = await createSession({ userId: user.id, now: t0 });
    const second = await createSession({ userId: user.id, now: t0 });
    expect(first).not.toBe(second);
    expect(await db.session.count()).toBe(2);
  });

  it("ends and deletes a session idle for 2 hours", async () => {
    const user = await insertUser(db);
    const token = await createSession({ userId: user.id, now: t0 });
    expect(await validateSessionToken(token, at(IDLE_TIMEOUT_MS - 1000))).not.toBeNull();
    expect(await validateSessionToken(token, at(2 * IDLE_TIMEOUT_MS))).toBeNull();
    expect(await db.session.count()).toBe(0);
  });

  it("refreshes activity at most once a minute, which keeps an active session alive", async () => {
    const user = await insertUser(db);
    const token = await createSession({ userId: user.id, now: t0 });
    await validateSessionToken(token, at(30_000));
    expect((await db.session.findFirstOrThrow()).lastSeenAt).toEqual(t0);
    await validateSessionToken(token, at(90_000));
    expect((await db.session.findFirstOrThrow()).lastSeenAt).toEqual(at(90_000));
    // Used every 90 minutes, the session outlives the idle timeout…
    for (let minutes = 90; minutes <= 600; minutes += 90) expect(await validateSessionToken(token, at(minutes * 60_000))).not.toBeNull();
  });

  it("ends a session at the absolute timeout however active it is", async () => {
    const user = await insertUser(db);
    const token = await createSession({ userId: user.id, now: t0 });
    for (let minutes = 60; minutes < 720; minutes += 60) expect(await validateSessionToken(token, at(minutes * 60_000))).not.toBeNull();
    expect(await validateSessionToken(token, at(ABSOLUTE_TIMEOUT_MS))).toBeNull();
    expect(await db.session.count()).toBe(0);
  });

  it("ignores unknown and malformed tokens", async () => {
    expect(await validateSessionToken("x".repeat(43))).toBeNull();
    expect(await validateSessionToken("not a token")).toBeNull();
  });

  it("revokes every session of a user who is disabled", async () => {
    const admin = await insertUser(db, { role: "admin" });
    const editor = await insertUser(db);
    const tokens = [await createSession({ userId: editor.id }), await createSession({ userId: editor.id })];
    const adminToken = await createSession({ userId: admin.id });
    await setUserDisabled(db, { userId: editor.id, isDisabled: true, actorId: admin.id });
    expect(await db.session.count({ where: { userId: editor.id } })).toBe(0);
    for (const token of tokens) expect(await validateSessionToken(token)).toBeNull();
    expect(await validateSessionToken(adminToken)).not.toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "user.disable" } })).toMatchObject({ userId: admin.id, targetId: String(editor.id), details: { revokedSessions: 2 } });
  });

  it("refuses a disabled user's session even if it was somehow left in place", async () => {
    const editor = await insertUser(db);
    const token = await createSession({ userId: editor.id });
    await db.user.update({ where: { id: editor.id }, data: { isDisabled: true } });
    expect(await validateSessionToken(token)).toBeNull();
  });

  it("does not let an admin disable themselves", async () => {
    const admin = await insertUser(db, { role: "admin" });
    await expect(setUserDisabled(db, { userId: admin.id, isDisabled: true, actorId: admin.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
