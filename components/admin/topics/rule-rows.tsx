"use client";
// A topic's weighted keywords as editable rows; submitted as repeated keyword/weight fields.
import type { FieldErrors } from "@/lib/forms";
import { inputClass, secondaryButtonClass } from "../field";

export interface RuleRow {
  /** Stable React key: rows are added and removed anywhere. */
  key: number;
  keyword: string;
  weight: string;
}

interface Props {
  rows: RuleRow[];
  onChange: (rows: RuleRow[]) => void;
  errors: FieldErrors;
  nextKey: () => number;
}

export function RuleRows({ rows, onChange, errors, nextKey }: Props) {
  const update = (key: number, change: Partial<RuleRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const listErrors = errors.rules;
  return (
    <fieldset className="mb-4" aria-describedby={listErrors?.length ? "rules-error" : undefined}>
      <legend className="mb-1 text-sm font-medium">关键词及权重</legend>
      <p className="mb-2 text-xs text-stone-500">权重大于 0、最大 10：3 = 单独就能说明主题，2 = 较强的信号，1 = 常被顺带提到的词。同一关键词只能出现一次。</p>
      <table className="mb-2 w-full max-w-xl border-collapse text-sm">
        <thead>
          <tr className="text-left">
            <th className="w-10 py-1">#</th>
            <th className="py-1">关键词</th>
            <th className="w-28 py-1">权重</th>
            <th className="w-16 py-1" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const keywordErrors = errors[`rules.${index}.keyword`];
            const weightErrors = errors[`rules.${index}.weight`];
            const errorId = `rule-${row.key}-error`;
            const hasErrors = Boolean(keywordErrors?.length || weightErrors?.length);
            return (
              <tr key={row.key} className="align-top">
                <td className="py-1 text-stone-500">{index + 1}</td>
                <td className="py-1 pr-2">
                  <input
                    name="keyword"
                    aria-label={`第 ${index + 1} 行关键词`}
                    className={inputClass}
                    value={row.keyword}
                    aria-invalid={Boolean(keywordErrors?.length)}
                    aria-describedby={hasErrors ? errorId : undefined}
                    onChange={(event) => update(row.key, { keyword: event.target.value })}
                  />
                  {hasErrors && (
                    <p id={errorId} className="mt-1 text-sm text-paper-red">
                      {[...(keywordErrors ?? []), ...(weightErrors ?? [])].join("；")}
                    </p>
                  )}
                </td>
                <td className="py-1 pr-2">
                  <input
                    name="weight"
                    type="number"
                    step="any"
                    aria-label={`第 ${index + 1} 行权重`}
                    className={inputClass}
                    value={row.weight}
                    aria-invalid={Boolean(weightErrors?.length)}
                    aria-describedby={hasErrors ? errorId : undefined}
                    onChange={(event) => update(row.key, { weight: event.target.value })}
                  />
                </td>
                <td className="py-1">
                  <button type="button" className="px-2 py-1.5 text-paper-red hover:underline" aria-label={`删除第 ${index + 1} 行`} onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                    删除
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {listErrors?.length ? (
        <p id="rules-error" className="mb-2 text-sm text-paper-red">
          {listErrors.join("；")}
        </p>
      ) : null}
      <button type="button" className={secondaryButtonClass} onClick={() => onChange([...rows, { key: nextKey(), keyword: "", weight: "1" }])}>
        添加关键词
      </button>
    </fieldset>
  );
}
