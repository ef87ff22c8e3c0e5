import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { insertUser, resetDatabase } from "@/lib/admin/__fixtures__/db-support";
import { MAX_FAILURES, WINDOW_MS } from "./rate-limit";
import { validateSessionToken } from "./session";
import { signIn, signOut } from "./sign-in";

vi.mock("server-only", () => ({}));

let db: Database;
const now = new Date();
const later = (ms: number) => new Date(now.getTime() + ms);

beforeAll(() => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
});
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

describe("signing in", () => {
  it("opens a session for the right e-mail and password, whatever the e-mail's case", async () => {
    const user = await insertUser(db);
    const result = await signIn({ email: user.email.toUpperCase(), password: user.password, ip: "10.0.0.1", now });
    expect(result.ok).toBe(true);
    if (result.ok) expect(await validateSessionToken(result.token, later(1000))).toMatchObject({ user: { id: user.id } });
    expect(await db.loginAttempt.findFirst()).toMatchObject({ email: user.email, ip: "10.0.0.1", succeeded: true });
    expect(await db.auditLog.findFirst({ where: { action: "auth.sign_in" } })).toMatchObject({ userId: user.id });
  });

  it("answers a wrong password, an unknown e-mail and a disabled account the same way", async () => {
    const user = await insertUser(db);
    const disabled = await insertUser(db, { isDisabled: true });
    const wrongPassword = await signIn({ email: user.email, password: "wrong password!!", ip: "10.0.0.1", now });
    const unknownEmail = await signIn({ email: "nobody@example.com", password: user.password, ip: "10.0.0.2", now });
    const disabledAccount = await signIn({ email: disabled.email, password: disabled.password, ip: "10.0.0.3", now });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
    expect(disabledAccount).toEqual(wrongPassword);
    expect(await db.session.count()).toBe(0);
  });

  it("locks an account after 5 failures in 15 minutes, even for the right password, from any IP", async () => {
    const user = await insertUser(db);
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await signIn({ email: user.email, password: `wrong ${i} password`, ip: `10.0.1.${i}`, now })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn({ email: user.email, password: user.password, ip: "10.0.2.1", now })).toEqual({ ok: false, reason: "rate_limited" });
    expect(await db.session.count()).toBe(0);
    // The window passes: the right password works again.
    expect((await signIn({ email: user.email, password: user.password, ip: "10.0.2.1", now: later(WINDOW_MS + 1000) })).ok).toBe(true);
  });

  it("locks an unknown e-mail the same way as a known one (no account enumeration)", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) await signIn({ email: "nobody@example.com", password: "x", ip: `10.0.3.${i}`, now });
    expect(await signIn({ email: "nobody@example.com", password: "x", ip: "10.0.3.9", now })).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("locks an IP address after 5 failures, whichever accounts it tried", async () => {
    const user = await insertUser(db);
    for (let i = 0; i < MAX_FAILURES; i++) await signIn({ email: `guess${i}@example.com`, password: "guess", ip: "10.0.4.1", now });
    expect(await signIn({ email: user.email, password: user.password, ip: "10.0.4.1", now })).toEqual({ ok: false, reason: "rate_limited" });
    expect((await signIn({ email: user.email, password: user.password, ip: "10.0.4.2", now })).ok).toBe(true);
  });

  it("restarts an account's count after a successful sign-in", async () => {
    const user = await insertUser(db);
    for (let i = 0; i < MAX_FAILURES - 1; i++) await signIn({ email: user.email, password: "wrong", ip: `10.0.5.${i}`, now });
    expect((await signIn({ email: user.email, password: user.password, ip: "10.0.6.1", now: later(1000) })).ok).toBe(true);
    await signIn({ email: user.email, password: "wrong", ip: "10.0.6.2", now: later(2000) });
    expect((await signIn({ email: user.email, password: user.password, ip: "10.0.6.3", now: later(3000) })).ok).toBe(true);
  });

  it("ends the session the browser had before signing in again (no session fixation)", async () => {
    const user = await insertUser(db);
    const first = await signIn({ email: user.email, password: user.password, ip: "10.0.8.1", now });
    if (!first.ok) throw new Error("sign-in failed");
    const second = await signIn({ email: user.email, password: user.password, ip: "10.0.8.1", previousToken: first.token, now: later(1000) });
    if (!second.ok) throw new Error("sign-in failed");
    expect(second.token).not.toBe(first.token);
    expect(await validateSessionToken(first.token, later(2000))).toBeNull();
    expect(await validateSessionToken(second.token, later(2000))).not.toBeNull();
  });

  it("signing out deletes the session", async () => {
    const user = await insertUser(db);
    const result = await signIn({ email: user.email, password: user.password, ip: "10.0.7.1", now });
    if (!result.ok) throw new Error("sign-in failed");
    const session = await validateSessionToken(result.token, later(1000));
    await signOut({ sessionId: session!.sessionId, userId: user.id });
    expect(await validateSessionToken(result.token, later(2000))).toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.sign_out" } })).toBe(1);
  });
});
