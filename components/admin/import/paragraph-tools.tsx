"use client";
// A draft's body paragraph by paragraph: make one the kicker, title or subtitle, or start a
// new article at it (the split).
import { draftParagraphs, type HeadlineField } from "@/lib/admin/draft-edits";

const FIELD_LABELS: Record<HeadlineField, string> = { kicker: "引题", title: "标题", subtitle: "副题" };
const PREVIEW_CHARS = 40;

interface Props {
  body: string;
  onToHeadline: (paragraph: number, field: HeadlineField) => void;
  onSplit: (paragraph: number) => void;
}

export function ParagraphTools({ body, onToHeadline, onSplit }: Props) {
  const paragraphs = draftParagraphs(body);
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-paper-red">段落操作：拆分、设为标题（{paragraphs.length} 段）</summary>
      <ol className="mt-2 space-y-2">
        {paragraphs.map((paragraph, index) => (
          <li key={`${index}:${paragraph.slice(0, 8)}`} className="rounded border border-stone-200 p-2 dark:border-stone-800">
            <p className="mb-1 text-stone-600 dark:text-stone-400">
              <span className="mr-1 font-mono text-xs">{index + 1}.</span>
              {paragraph.length > PREVIEW_CHARS ? `${paragraph.slice(0, PREVIEW_CHARS)}…` : paragraph}
            </p>
            <div className="flex flex-wrap gap-x-3 gap-y-1">
              {(Object.keys(FIELD_LABELS) as HeadlineField[]).map((field) => (
                <button key={field} type="button" className="text-paper-red hover:underline" aria-label={`第 ${index + 1} 段设为${FIELD_LABELS[field]}`} onClick={() => onToHeadline(index, field)}>
                  设为{FIELD_LABELS[field]}
                </button>
              ))}
              {index > 0 && (
                <button type="button" className="text-paper-red hover:underline" aria-label={`从第 ${index + 1} 段起拆为新的一篇`} onClick={() => onSplit(index)}>
                  从这段起拆为新的一篇
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </details>
  );
}
