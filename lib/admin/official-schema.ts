// The officials screens' forms (pure): a name, a title, the titles of one mention.
import { z } from "zod";

/** The same rule as the article form's officials (articleInputSchema): 2–6 Han characters or ·. */
export const officialNameSchema = z
  .string("请输入姓名")
  .trim()
  .regex(/^[\p{Script=Han}·]{2,6}$/u, "领导姓名应为 2–6 个汉字");

const idField = z.coerce.number("请求无效，请刷新页面").int().positive().max(2_147_483_647);

export const TITLE_LIMITS = { title: 40, titles: 12 } as const;

/** One printed title (市委副书记, 金华市委常委): no separators, no control characters. */
export const officialTitleSchema = z
  .string()
  .trim()
  .min(1, "职务不能为空")
  .max(TITLE_LIMITS.title, `每个职务最多 ${TITLE_LIMITS.title} 个字`)
  .refine((title) => !/[、,，;；\s\u0000-\u001f\u007f]/u.test(title), "一个职务里不能有顿号、逗号或空格");

export const renameOfficialSchema = z.object({ personId: idField, name: officialNameSchema });

export const mergeOfficialSchema = z.object({
  personId: idField,
  targetName: officialNameSchema,
  isConfirmed: z.literal("on", "请确认这是同一个人"),
});

export const replaceTitleSchema = z.object({
  personId: idField,
  fromTitle: officialTitleSchema,
  /** Empty removes the title. */
  toTitle: z.union([z.literal(""), officialTitleSchema]),
});

/** Titles in reading order, separated as in the article form (、，, spaces); repeats dropped. */
export const mentionTitlesSchema = z.object({
  personId: idField,
  articleId: idField,
  version: idField,
  titles: z
    .string()
    .optional()
    .transform((value) => [...new Set((value ?? "").split(/[、,，;；\s]+/).filter(Boolean))])
    .pipe(z.array(officialTitleSchema).max(TITLE_LIMITS.titles, `职务最多 ${TITLE_LIMITS.titles} 个`)),
});

export const convertOfficialSchema = z.object({
  personId: idField,
  isConfirmed: z.literal("on", "请确认这是记者而不是领导"),
});

export const officialListParamsSchema = z.object({
  q: z.string().trim().max(20).optional().catch(undefined).transform((q) => q || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
