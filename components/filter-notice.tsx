import type { InvalidParam } from "@/lib/articles/filters";

/** Parameters that could not be used, each named, so a mistyped link explains itself. */
export function FilterNotice({ invalid }: { invalid: InvalidParam[] }) {
  if (invalid.length === 0) return null;
  return (
    <div role="status" className="rounded-sm border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <h2 className="font-semibold">部分条件无法使用，已忽略：</h2>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {invalid.map((entry) => (
          <li key={`${entry.param}:${entry.value}`}>
            参数 <code className="rounded bg-amber-100 px-1 font-mono dark:bg-amber-900">{entry.param}</code>
            {entry.value && <>（“{entry.value}”）</>}：{entry.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
