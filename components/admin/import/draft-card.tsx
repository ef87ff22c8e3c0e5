"use client";
// One parsed article of a pasted page, editable before import.
import { headlineToBody, paragraphToHeadline, type HeadlineField } from "@/lib/admin/draft-edits";
import type { DraftArticle } from "@/lib/admin/import-preview";
import type { ArticleField } from "@/lib/articles/schema";
import { inputClass, secondaryButtonClass } from "../field";
import { KIND_LABELS } from "../labels";
import { ParagraphTools } from "./paragraph-tools";

interface Props {
  index: number;
  draft: DraftArticle;
  errors?: Partial<Record<ArticleField, string[]>>;
  isSelected: boolean;
  onSelect: () => void;
  onChange: (draft: DraftArticle) => void;
  /** Split before this body paragraph. */
  onSplit: (paragraph: number) => void;
  /** Null on the last draft. */
  onMergeWithNext: (() => void) | null;
}

const isHeadline = (key: string): key is HeadlineField => key === "kicker" || key === "title" || key === "subtitle";

const TEXT_FIELDS = [
  { key: "kicker", label: "引题" },
  { key: "title", label: "标题" },
  { key: "subtitle", label: "副题" },
  { key: "reporters", label: "记者" },
  { key: "date", label: "日期" },
] as const;

export function DraftCard({ index, draft, errors = {}, isSelected, onSelect, onChange, onSplit, onMergeWithNext }: Props) {
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
          <div className="flex items-baseline justify-between">
            <label htmlFor={id(key)} className="block text-xs text-stone-500">
              {label}
            </label>
            {isHeadline(key) && draft[key].trim() !== "" && (
              <button type="button" className="text-xs text-paper-red hover:underline" aria-label={`把${label}移入正文`} onClick={() => onChange(headlineToBody(draft, key))}>
                移入正文
              </button>
            )}
          </div>
          <input id={id(key)} className={inputClass} value={draft[key]} aria-invalid={Boolean(errors[key]?.length)} aria-describedby={describedBy(key)} onChange={(event) => onChange({ ...draft, [key]: event.target.value })} />
          {error(key)}
        </div>
      ))}
      <label htmlFor={id("body")} className="block text-xs text-stone-500">
        正文
      </label>
      <textarea id={id("body")} rows={8} className={inputClass} value={draft.body} aria-invalid={Boolean(errors.body?.length)} aria-describedby={describedBy("body")} onChange={(event) => onChange({ ...draft, body: event.target.value })} />
      {error("body")}
      <ParagraphTools body={draft.body} onToHeadline={(paragraph, field) => onChange(paragraphToHeadline(draft, paragraph, field))} onSplit={onSplit} />
      <p className="mt-1 text-xs text-stone-500">识别到的领导：{draft.officials.join("、") || "（无）"}（导入时按修改后的文字重新识别）</p>
      {onMergeWithNext && (
        <button type="button" className={`${secondaryButtonClass} mt-2 text-sm`} onClick={onMergeWithNext}>
          与下一篇合并
        </button>
      )}
    </article>
  );
}
