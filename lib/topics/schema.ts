// Zod schema of a topic taxonomy. The default taxonomy (taxonomy.ts) is checked against it
// in the tests, and the admin validates an editor's changes with the same schema.
import { z } from "zod";
import { normalizeText } from "./normalize";

/** Upper bound of a rule weight: a typo such as 30 instead of 3 should be caught. */
export const MAX_RULE_WEIGHT = 10;

export const topicRuleSchema = z.strictObject({
  keyword: z
    .string()
    .trim()
    .max(30, "a keyword has at most 30 characters")
    .refine((k) => normalizeText(k).length > 0, "a keyword must keep at least one character once spaces and quotation marks are removed"),
  weight: z.number().positive("a weight must be greater than 0").max(MAX_RULE_WEIGHT, `a weight is at most ${MAX_RULE_WEIGHT}`),
});

export const topicSchema = z
  .strictObject({
    slug: z
      .string()
      .max(60)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lower-case ASCII kebab-case, e.g. epidemic-control"),
    name: z.string().trim().min(1, "a topic needs a name").max(30),
    description: z.string().trim().min(1, "a topic needs a description").max(200),
    rules: z.array(topicRuleSchema).min(1, "a topic needs at least one keyword rule").max(200),
  })
  .superRefine((topic, ctx) => {
    const seen = new Map<string, number>();
    topic.rules.forEach((rule, i) => {
      const key = normalizeText(rule.keyword);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: "custom", path: ["rules", i, "keyword"], message: `duplicate keyword ${JSON.stringify(rule.keyword)} (same as rule ${first})` });
    });
  });

export const taxonomySchema = z
  .array(topicSchema)
  .min(1, "a taxonomy needs at least one topic")
  .superRefine((topics, ctx) => {
    for (const field of ["slug", "name"] as const) {
      const seen = new Set<string>();
      topics.forEach((topic, i) => {
        const value = field === "name" ? normalizeText(topic.name) : topic.slug;
        if (seen.has(value)) ctx.addIssue({ code: "custom", path: [i, field], message: `duplicate topic ${field} ${JSON.stringify(topic[field])}` });
        seen.add(value);
      });
    }
  });

export type TopicRule = z.infer<typeof topicRuleSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
