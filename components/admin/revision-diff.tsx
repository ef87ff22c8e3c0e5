// What one revision changed against the one before it. All article text is rendered as
// React text children, so markup in a title or body shows as characters, never as HTML.
import type { FieldChange } from "@/lib/articles/revisions";
import { diffLines } from "@/lib/admin/text-diff";

const LINE_STYLES = {
  same: "text-stone-500",
  added: "bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100",
  removed: "bg-red-50 text-red-900 line-through dark:bg-red-950 dark:text-red-100",
} as const;
const LINE_MARKS = { same: " ", added: "+", removed: "−" } as const;
const LINE_LABELS = { same: "未变", added: "新增", removed: "删除" } as const;

export function RevisionDiff({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-stone-500">内容没有变化。</p>;
  return (
    <dl className="text-sm">
      {changes.map((change) => (
        <div key={change.field} className="mb-2">
          <dt className="font-medium">{change.label}</dt>
          <dd>
            {change.field === "body" ? <BodyDiff before={change.before} after={change.after} /> : <ValueChange before={change.before} after={change.after} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ValueChange({ before, after }: { before: string; after: string }) {
  return (
    <p>
      <del className={LINE_STYLES.removed}>{before || "（空）"}</del>
      <span aria-hidden="true"> → </span>
      <ins className={`no-underline ${LINE_STYLES.added}`}>{after || "（空）"}</ins>
    </p>
  );
}

function BodyDiff({ before, after }: { before: string; after: string }) {
  const lines = diffLines(before, after);
  return (
    <ol className="max-h-96 overflow-auto rounded border border-stone-200 dark:border-stone-800">
      {lines.map((line, index) => (
        <li key={index} className={`px-2 py-0.5 whitespace-pre-wrap ${LINE_STYLES[line.op]}`}>
          <span className="sr-only">{LINE_LABELS[line.op]}：</span>
          <span aria-hidden="true" className="mr-2 font-mono">
            {LINE_MARKS[line.op]}
          </span>
          {line.text}
        </li>
      ))}
    </ol>
  );
}
