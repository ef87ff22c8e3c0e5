// What the topic screens' server actions return (shared by the actions and the forms).
import type { FormState } from "@/lib/forms";
import type { RulePreview } from "./topic-queries";
import type { TopicFormValues } from "./topic-schema";

/** Field keys: name, description, rules, rules.3.keyword, rules.3.weight. */
export type TopicFormState = FormState<string, { values?: TopicFormValues; updatedAt?: string }>;
export type RulePreviewState = FormState<string, { preview?: RulePreview }>;
export type ReassignState = FormState;
