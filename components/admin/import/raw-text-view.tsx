// The page text as pasted, with each article's span highlighted and numbered. Text only:
// the page is rendered as React text children, never as markup.
import type { ReactNode } from "react";
import type { Span } from "@/lib/ingest/types";

const COLORS = ["bg-amber-100 dark:bg-amber-900", "bg-sky-100 dark:bg-sky-900", "bg-lime-100 dark:bg-lime-900", "bg-rose-100 dark:bg-rose-900"];

interface Props {
  text: string;
  spans: Span[];
  selected: number | null;
  onSelect: (index: number) => void;
}

export function RawTextView({ text, spans, selected, onSelect }: Props) {
  const order = spans.map((span, index) => ({ span, index })).sort((a, b) => a.span[0] - b.span[0]);
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const { span, index } of order) {
    const [start, end] = span;
    if (start < at) continue; // overlapping spans never come from the parser; show the first
    if (start > at) pieces.push(<span key={`gap-${at}`} className="text-stone-400">{text.slice(at, start)}</span>);
    pieces.push(
      <mark
        key={`article-${index}`}
        id={`span-${index}`}
        className={`${COLORS[index % COLORS.length]} text-inherit ${selected === index ? "outline-2 outline-paper-red" : ""}`}
        onClick={() => onSelect(index)}
      >
        <span className="mr-1 rounded bg-stone-700 px-1 text-xs text-white select-none">{index + 1}</span>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) pieces.push(<span key={`gap-${at}`} className="text-stone-400">{text.slice(at)}</span>);
  return (
    <pre aria-label="原始版面文字" className="max-h-[80vh] overflow-auto rounded border border-stone-300 p-3 font-sans text-sm leading-6 whitespace-pre-wrap dark:border-stone-700">
      {pieces}
    </pre>
  );
}
