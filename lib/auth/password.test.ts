import { parseOptions } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, MIN_PASSWORD_LENGTH, PASSWORD_HASH_OPTIONS, verifyDummyPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id at m=19456 KiB, t=2, p=1 (OWASP minimum)", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(parseOptions(hash)).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(PASSWORD_HASH_OPTIONS).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  });

  it("salts every hash: the same password never hashes the same twice", async () => {
    expect(await hashPassword("same password 123")).not.toBe(await hashPassword("same password 123"));
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("正确的密码-correct-1");
    expect(await verifyPassword(hash, "正确的密码-correct-1")).toBe(true);
    expect(await verifyPassword(hash, "正确的密码-correct-2")).toBe(false);
  });

  it("answers false, not an exception, for a stored hash that is not a PHC string", async () => {
    expect(await verifyPassword("not-a-hash", "whatever password")).toBe(false);
  });

  it("spends a verification on a dummy hash for unknown accounts", async () => {
    await expect(verifyDummyPassword("some password")).resolves.toBeUndefined();
  });

  it("requires passwords of at least 12 characters", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
  });
});
