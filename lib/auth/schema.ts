// Input of the admin's account forms (Chinese messages: editors read them).
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";
import { normalizeEmail } from "./rate-limit";

export const USER_ROLES = ["admin", "editor"] as const;

/** The browsers' own rule (type="email"): short internal domains such as a@b.c are accepted. */
export const emailSchema = z.email({ pattern: z.regexes.html5Email, error: "请输入有效的邮箱地址" });

const emailField = z.string().trim().max(254, "邮箱太长").pipe(emailSchema).transform(normalizeEmail);

export const signInSchema = z.object({
  email: z.string().trim().min(1, "请输入邮箱").max(254, "邮箱太长"),
  password: z.string().min(1, "请输入密码").max(MAX_PASSWORD_LENGTH, "密码太长"),
});

export const newUserSchema = z.object({
  email: emailField,
  name: z.string().trim().max(40, "名字最多 40 个字").default(""),
  role: z.enum(USER_ROLES, "请选择角色"),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`)
    .max(MAX_PASSWORD_LENGTH, `密码最多 ${MAX_PASSWORD_LENGTH} 个字符`),
});

export type NewUserInput = z.infer<typeof newUserSchema>;

export const userStatusSchema = z.object({
  userId: z.coerce.number().int().positive(),
  isDisabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});
