// The one schema of an article as an editor enters it (admin form, single-article import).
// Messages are Chinese: editors read them beside the fields.
import { z } from "zod";
import { formFields } from "@/lib/forms";

export const ARTICLE_KINDS = ["news", "commentary", "photo"] as const;
export const ARTICLE_STATUSES = ["draft", "published", "deleted"] as const;

export const ARTICLE_LIMITS = {
  kicker: 80,
  title: 120,
  subtitle: 160,
  reporter: 20,
  reporters: 20,
  body: 100_000,
  officials: 60,
  topics: 10,
  topicSlug: 60,
  /** The archive's dates: anything outside is a typo (2202 for 2022), not a page of the paper. */
  firstDate: "1900-01-01",
  lastDate: "2099-12-31",
} as const;

/** Largest value of a PostgreSQL integer column (ids, versions). */
const MAX_INT = 2_147_483_647;

// Control characters other than newline and tab never belong in article text (OCR debris).
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (text: string) => text.replace(CONTROL_CHARS, "");

/** A single-line field: trimmed, empty → null. */
const optionalLine = (max: number, label: string) =>
  z
    .string()
    .optional()
    .transform((value) => clean(value ?? "").replace(/\s*\n\s*/g, " ").trim())
    .pipe(z.string().max(max, `${label}最多 ${max} 个字`))
    .transform((value) => (value === "" ? null : value));

/** Names separated by 、，, spaces or new lines; duplicates dropped, order kept. */
const nameList = (options: { max: number; each: z.ZodString; tooMany: string }) =>
  z
    .string()
    .optional()
    .transform((value) => [...new Set(clean(value ?? "").split(/[、,，;；\s]+/).filter(Boolean))])
    .pipe(z.array(options.each).max(options.max, options.tooMany));

/** Every non-empty line is a paragraph; stored with a blank line between paragraphs. */
export function normalizeBody(text: string): string {
  return clean(text)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""))
    .filter((line) => line !== "")
    .join("\n\n");
}

export const articleInputSchema = z
  .object({
    kind: z.enum(ARTICLE_KINDS, "请选择文章类型"),
    kicker: optionalLine(ARTICLE_LIMITS.kicker, "引题"),
    title: optionalLine(ARTICLE_LIMITS.title, "标题"),
    subtitle: optionalLine(ARTICLE_LIMITS.subtitle, "副题"),
    reporters: nameList({
      max: ARTICLE_LIMITS.reporters,
      each: z.string().max(ARTICLE_LIMITS.reporter, `每位记者的名字最多 ${ARTICLE_LIMITS.reporter} 个字`),
      tooMany: `记者最多 ${ARTICLE_LIMITS.reporters} 位`,
    }),
    date: z.iso
      .date("请输入有效的日期（年-月-日）")
      .refine((date) => date >= ARTICLE_LIMITS.firstDate && date <= ARTICLE_LIMITS.lastDate, `日期应在 ${ARTICLE_LIMITS.firstDate} 至 ${ARTICLE_LIMITS.lastDate} 之间`),
    pageId: z
      .string()
      .optional()
      .transform((value) => value?.trim() ?? "")
      .refine((value) => value === "" || /^[1-9]\d{0,8}$/.test(value), "版面编号应为正整数")
      .transform((value) => (value === "" ? null : Number(value))),
    body: z
      .string("正文不能为空")
      .transform(normalizeBody)
      .pipe(z.string().min(1, "正文不能为空").max(ARTICLE_LIMITS.body, `正文最多 ${ARTICLE_LIMITS.body} 个字`)),
    officials: nameList({
      max: ARTICLE_LIMITS.officials,
      each: z.string().regex(/^[\p{Script=Han}·]{2,6}$/u, "领导姓名应为 2–6 个汉字"),
      tooMany: `领导最多 ${ARTICLE_LIMITS.officials} 位`,
    }),
    topics: z
      .array(z.string().max(ARTICLE_LIMITS.topicSlug, "未知的主题").regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "未知的主题"))
      .max(ARTICLE_LIMITS.topics, `主题最多 ${ARTICLE_LIMITS.topics} 个`)
      .default([])
      .transform((slugs) => [...new Set(slugs)]),
  })
  .superRefine((article, ctx) => {
    if (article.kind !== "photo" && article.title === null) {
      ctx.addIssue({ code: "custom", path: ["title"], message: "标题不能为空（图片新闻除外）" });
    }
  });

export type ArticleInput = z.output<typeof articleInputSchema>;
export type ArticleField = keyof ArticleInput;

export const versionSchema = z.coerce.number("版本号无效").int("版本号无效").min(1, "版本号无效").max(MAX_INT, "版本号无效");

/** The raw form as the editor typed it: echoed back so nothing is lost on an error. */
export type ArticleFormValues = Partial<Record<Exclude<ArticleField, "topics">, string>> & { topics?: string[] };

export function articleFormValues(formData: FormData): ArticleFormValues {
  const { kind, kicker, title, subtitle, reporters, date, pageId, body, officials } = formFields(formData);
  const topics = formData.getAll("topics").filter((value): value is string => typeof value === "string");
  return { kind, kicker, title, subtitle, reporters, date, pageId, body, officials, topics };
}

export function parseArticleForm(formData: FormData) {
  return articleInputSchema.safeParse(articleFormValues(formData));
}
