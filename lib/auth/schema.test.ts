// The account forms' fields past their limits get Chinese field errors.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";
import { newUserSchema, signInSchema } from "./schema";

const validUser = { email: "editor@example.com", name: "编辑", role: "editor", password: "p".repeat(MIN_PASSWORD_LENGTH) };
const longEmail = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(62)}`; // 255 characters

function errorsOf(schema: z.ZodType, input: Record<string, unknown>) {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("new account form limits", () => {
  it("accepts every field at its limit", () => {
    expect(errorsOf(newUserSchema, { ...validUser, name: "名".repeat(40), password: "p".repeat(MAX_PASSWORD_LENGTH) })).toEqual({});
  });

  it("refuses each field past its limit with a Chinese message", () => {
    expect(longEmail).toHaveLength(255);
    expect(errorsOf(newUserSchema, { ...validUser, email: longEmail })).toEqual({ email: ["邮箱太长"] });
    expect(errorsOf(newUserSchema, { ...validUser, name: "名".repeat(41) })).toEqual({ name: ["名字最多 40 个字"] });
    expect(errorsOf(newUserSchema, { ...validUser, password: "p".repeat(MIN_PASSWORD_LENGTH - 1) })).toEqual({ password: [`密码至少 ${MIN_PASSWORD_LENGTH} 个字符`] });
    expect(errorsOf(newUserSchema, { ...validUser, password: "p".repeat(MAX_PASSWORD_LENGTH + 1) })).toEqual({ password: [`密码最多 ${MAX_PASSWORD_LENGTH} 个字符`] });
    expect(errorsOf(newUserSchema, { ...validUser, role: "root" })).toEqual({ role: ["请选择角色"] });
  });
});

describe("sign-in form limits", () => {
  it("refuses an over-long e-mail or password with a Chinese message", () => {
    expect(errorsOf(signInSchema, { email: longEmail, password: "x" })).toEqual({ email: ["邮箱太长"] });
    expect(errorsOf(signInSchema, { email: "a@b.c", password: "x".repeat(MAX_PASSWORD_LENGTH + 1) })).toEqual({ password: ["密码太长"] });
    expect(errorsOf(signInSchema, { email: "a@b.c", password: "x".repeat(MAX_PASSWORD_LENGTH) })).toEqual({});
  });
});
