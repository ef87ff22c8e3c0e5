// The topic form (pure): name, description and weighted keywords, with Chinese messages per
// field and per rule row, and what a save changed, for the audit log.
import { z } from "zod";
import type { FieldErrors } from "@/lib/forms";
import { normalizeText } from "@/lib/topics/normalize";
import { MAX_RULE_WEIGHT, type TopicRule } from "@/lib/topics/schema";

export const TOPIC_LIMITS = { name: 30, description: 200, keyword: 30, rules: 200 } as const;

const ruleSchema = z.object({
  keyword: z
    .string()
    .trim()
    .min(1, { message: "关键词不能为空", abort: true })
    .max(TOPIC_LIMITS.keyword, `关键词最多 ${TOPIC_LIMITS.keyword} 个字`)
    .refine((keyword) => normalizeText(keyword).length > 0, "关键词去掉空格和引号后不能为空"),
  weight: z
    .string()
    .trim()
    .min(1, "请填写权重")
    .transform(Number)
    .pipe(z.number("权重应为数字").gt(0, "权重应大于 0").max(MAX_RULE_WEIGHT, `权重最大为 ${MAX_RULE_WEIGHT}`)),
});

/** The fields; duplicate keywords are checked by parseTopicForm, also when other rows are wrong. */
export const topicInputSchema = z.object({
  name: z.string("名称不能为空").trim().min(1, "名称不能为空").max(TOPIC_LIMITS.name, `名称最多 ${TOPIC_LIMITS.name} 个字`),
  description: z.string().trim().min(1, "说明不能为空").max(TOPIC_LIMITS.description, `说明最多 ${TOPIC_LIMITS.description} 个字`),
  rules: z.array(ruleSchema).min(1, "至少需要一个关键词").max(TOPIC_LIMITS.rules, `关键词最多 ${TOPIC_LIMITS.rules} 个`),
});

export type TopicInput = z.output<typeof topicInputSchema>;

/** The form as typed: rule rows are repeated `keyword` / `weight` fields, in order. */
export interface TopicFormValues {
  name: string;
  description: string;
  rules: { keyword: string; weight: string }[];
}

export function topicFormValues(formData: FormData): TopicFormValues {
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : "";
  };
  const all = (key: string) => formData.getAll(key).map((value) => (typeof value === "string" ? value : ""));
  const keywords = all("keyword");
  const weights = all("weight");
  // Every row counts, an empty one too: errors are shown by row number.
  return { name: text("name"), description: text("description"), rules: keywords.map((keyword, index) => ({ keyword, weight: weights[index] ?? "" })) };
}

/** A keyword a second time, as the scorer sees it (「十四五」 is 十四五), on the later row. */
function duplicateKeywordErrors(rules: readonly { keyword: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Map<string, number>();
  rules.forEach((rule, index) => {
    const key = normalizeText(rule.keyword);
    if (key === "") return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else errors[`rules.${index}.keyword`] = [`与第 ${first + 1} 行的关键词重复`];
  });
  return errors;
}

export type ParsedTopicForm = { success: true; data: TopicInput } | { success: false; fieldErrors: FieldErrors };

/**
 * The form as a topic, or every problem at once: errors keyed `name`, `description`,
 * `rules`, `rules.3.keyword`, `rules.3.weight`.
 */
export function parseTopicForm(values: TopicFormValues): ParsedTopicForm {
  const parsed = topicInputSchema.safeParse(values);
  const errors = duplicateKeywordErrors(values.rules);
  if (parsed.success && Object.keys(errors).length === 0) return { success: true, data: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const key = issue.path.length === 0 ? "form" : issue.path.map(String).join(".");
    (errors[key] ??= []).push(issue.message);
  }
  return { success: false, fieldErrors: errors };
}

export interface RuleChanges {
  added: TopicRule[];
  removed: TopicRule[];
  reweighted: { keyword: string; from: number; to: number }[];
}

/** Which keywords a save added, removed or re-weighted (by normalised keyword). */
export function diffRules(before: readonly TopicRule[], after: readonly TopicRule[]): RuleChanges {
  const byKey = (rules: readonly TopicRule[]) => new Map(rules.map((rule) => [normalizeText(rule.keyword), rule]));
  const old = byKey(before);
  const next = byKey(after);
  return {
    added: [...next].filter(([key]) => !old.has(key)).map(([, rule]) => rule),
    removed: [...old].filter(([key]) => !next.has(key)).map(([, rule]) => rule),
    reweighted: [...next].flatMap(([key, rule]) => {
      const was = old.get(key);
      return was && was.weight !== rule.weight ? [{ keyword: rule.keyword, from: was.weight, to: rule.weight }] : [];
    }),
  };
}

export const hasRuleChanges = (changes: RuleChanges) => changes.added.length + changes.removed.length + changes.reweighted.length > 0;
