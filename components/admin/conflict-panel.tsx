// A version conflict, field by field: what is stored now ("他人的版本") next to the form
// ("你的版本"). Values are rendered as text, never as markup.
import type { ConflictView } from "@/lib/admin/conflict";
import { secondaryButtonClass } from "./field";

interface Props {
  conflict: ConflictView;
  isOverriding: boolean;
  onOverride: () => void;
  reloadHref: string;
}

export function ConflictPanel({ conflict, isOverriding, onOverride, reloadHref }: Props) {
  return (
    <section aria-labelledby="conflict-heading" className="mb-6 rounded border border-paper-red p-3">
      <h2 id="conflict-heading" className="mb-2 font-bold text-paper-red">
        版本冲突：现在保存的是第 {conflict.currentVersion} 版
      </h2>
      <table className="mb-3 w-full table-fixed border-collapse text-sm">
        <thead>
          <tr className="text-left">
            <th className="w-20 py-1">字段</th>
            <th className="py-1">他人的版本（已保存）</th>
            <th className="py-1">你的版本（未保存）</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field.field} className="border-t border-stone-200 align-top dark:border-stone-800">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {field.label}
                {field.isChangedByThem && <span className="block text-xs text-paper-red">他人修改</span>}
              </th>
              <td className="py-1 pr-2">
                <pre className="max-h-48 overflow-auto font-sans whitespace-pre-wrap">{field.theirs || "（空）"}</pre>
              </td>
              <td className="py-1">
                <pre className="max-h-48 overflow-auto font-sans whitespace-pre-wrap">{field.yours || "（空）"}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {isOverriding ? (
        <p role="status" className="text-sm">
          再点一次「保存」，将以你的内容覆盖第 {conflict.currentVersion} 版。
        </p>
      ) : (
        <div className="flex flex-wrap gap-3 text-sm">
          <button type="button" className={secondaryButtonClass} onClick={onOverride}>
            以我的内容为准（覆盖第 {conflict.currentVersion} 版）
          </button>
          <a href={reloadHref} className="self-center text-paper-red hover:underline">
            放弃我的修改，载入最新版本
          </a>
        </div>
      )}
    </section>
  );
}
