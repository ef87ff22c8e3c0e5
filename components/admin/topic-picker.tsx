"use client";
// The article's topics: one checkbox per topic of the taxonomy.
import { useId } from "react";
import type { TopicOption } from "@/lib/admin/article-queries";

interface Props {
  options: TopicOption[];
  selected: string[];
  onChange: (slugs: string[]) => void;
  errors?: string[];
}

export function TopicPicker({ options, selected, onChange, errors }: Props) {
  const errorId = useId();
  return (
    <fieldset className="mb-4" aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium">主题</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((topic) => (
          <label key={topic.slug} className="flex items-center gap-1 text-sm">
            <input
              type="checkbox"
              name="topics"
              value={topic.slug}
              checked={selected.includes(topic.slug)}
              onChange={(event) => onChange(event.target.checked ? [...selected, topic.slug] : selected.filter((slug) => slug !== topic.slug))}
            />
            {topic.name}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-paper-red">
          {errors.join("；")}
        </p>
      ) : null}
    </fieldset>
  );
}
