import type { TopicRule } from "@/lib/topics/schema";
import { DEFAULT_THRESHOLD, HEADLINE_FACTOR } from "@/lib/topics/score-topics";

/** A topic's weighted keywords and how they add up, so readers can see why an article is in it. */
export function TopicRules({ rules }: { rules: TopicRule[] }) {
  return (
    <>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        文章按关键词打分：标题（含引题、副题）中每出现一次计 {HEADLINE_FACTOR} × 权重，正文按每千字出现次数 × 权重计；得分达到 {DEFAULT_THRESHOLD}{" "}
        即归入这一主题。
      </p>
      <ul className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3" aria-label="关键词及权重">
        {rules.map((rule) => (
          <li key={rule.keyword} className="flex items-baseline justify-between gap-2 border-b border-stone-200 py-1 dark:border-stone-800">
            <span>{rule.keyword}</span>
            <span className="tabular-nums text-stone-500 dark:text-stone-400">
              <span className="sr-only">权重 </span>×{rule.weight}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
