"use client";
// One parsed article of a pasted page, editable before import.
import type { DraftArticle } from "@/lib/admin/import-preview";
import type { ArticleField } from "@/lib/articles/schema";
import { inputClass } from "../field";
import { KIND_LABELS } from "../labels";

interface Props {
  index: number;
  draft: DraftArticle;
  errors?: Partial<Record<ArticleField, string[]>>;
  isSelected: boolean;
  onSelect: () => void;
  onChange: (draft: DraftArticle) => void;
}

const TEXT_FIELDS = [
  { key: "kicker", label: "引题" },
  { key: "title", label: "标题" },
  { key: "subtitle", label: "副题" },
  { key: "reporters", label: "记者" },
  { key: "date", label: "日期" },
] as const;

export function DraftCard({ index, draft, errors = {}, isSelected, onSelect, onChange }: Props) {
  const id = (field: string) => `draft-${index}-${field}`;
  const describedBy = (field: ArticleField) => (errors[field]?.length ? id(`${field}-error`) : undefined);
  const error = (field: ArticleField) =>
    errors[field]?.length ? (
      <p id={id(`${field}-error`)} className="text-sm text-paper-red">
        {errors[field]?.join("；")}
      </p>
    ) : null;
  return (
    <article aria-label={`第 ${index + 1} 篇`} onFocus={onSelect} className={`mb-4 rounded border p-3 ${isSelected ? "border-paper-red" : "border-stone-300 dark:border-stone-700"}`}>
      <div className="mb-2 flex items-center gap-3">
        <h3 className="font-bold">第 {index + 1} 篇</h3>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={draft.isPublished} onChange={(event) => onChange({ ...draft, isPublished: event.target.checked })} />
          导入后发布
        </label>
        <select aria-label="类型" className="ml-auto rounded border border-stone-300 text-sm dark:border-stone-700" value={draft.kind} onChange={(event) => onChange({ ...draft, kind: event.target.value as DraftArticle["kind"] })}>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {error("kind")}
      {TEXT_FIELDS.map(({ key, label }) => (
        <div key={key} className="mb-2">
          <label htmlFor={id(key)} className="block text-xs text-stone-500">
            {label}
          </label>
          <input id={id(key)} className={inputClass} value={draft[key]} aria-invalid={Boolean(errors[key]?.length)} aria-describedby={describedBy(key)} onChange={(event) => onChange({ ...draft, [key]: event.target.value })} />
          {error(key)}
        </div>
      ))}
      <label htmlFor={id("body")} className="block text-xs text-stone-500">
        正文
      </label>
      <textarea id={id("body")} rows={8} className={inputClass} value={draft.body} aria-invalid={Boolean(errors.body?.length)} aria-describedby={describedBy("body")} onChange={(event) => onChange({ ...draft, body: event.target.value })} />
      {error("body")}
      <p className="mt-1 text-xs text-stone-500">识别到的领导：{draft.officials.join("、") || "（无）"}（导入时按修改后的文字重新识别）</p>
    </article>
  );
}
