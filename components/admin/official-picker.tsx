"use client";
// The article's officials as removable chips, plus an input that suggests names the archive
// knows (GET /api/admin/officials). Submitted as one hidden field, names joined by 、.
import { useEffect, useId, useState } from "react";
import { inputClass, secondaryButtonClass } from "./field";

interface Props {
  names: string[];
  onChange: (names: string[]) => void;
  errors?: string[];
}

export function OfficialPicker({ names, onChange, errors }: Props) {
  const [draft, setDraft] = useState("");
  const [known, setKnown] = useState<string[]>([]);
  const listId = useId();
  const errorId = useId();

  useEffect(() => {
    const q = draft.trim();
    if (q === "") return;
    const controller = new AbortController();
    fetch(`/api/admin/officials?q=${encodeURIComponent(q)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { names: [] }))
      .then((body: { names?: string[] }) => setKnown(body.names ?? []))
      .catch(() => {});
    return () => controller.abort();
  }, [draft]);

  function add() {
    const additions = draft.split(/[、,，\s]+/).filter((name) => name !== "" && !names.includes(name));
    if (additions.length > 0) onChange([...names, ...additions]);
    setDraft("");
  }

  return (
    <fieldset className="mb-4" aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium">领导</legend>
      <input type="hidden" name="officials" value={names.join("、")} />
      <ul className="mb-2 flex flex-wrap gap-2" aria-label="已选领导">
        {names.length === 0 && <li className="text-sm text-stone-500">（无）</li>}
        {names.map((name) => (
          <li key={name} className="flex items-center gap-1 rounded-full border border-stone-300 px-2 py-0.5 text-sm dark:border-stone-700">
            {name}
            <button type="button" aria-label={`移除 ${name}`} className="text-stone-500 hover:text-paper-red" onClick={() => onChange(names.filter((n) => n !== name))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <input
          aria-label="添加领导姓名"
          className={inputClass}
          list={listId}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
          placeholder="输入姓名后回车"
        />
        <datalist id={listId}>
          {known.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <button type="button" className={`${secondaryButtonClass} shrink-0 whitespace-nowrap`} onClick={add}>
          添加
        </button>
      </div>
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-paper-red">
          {errors.join("；")}
        </p>
      ) : null}
    </fieldset>
  );
}
