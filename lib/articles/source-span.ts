// Splits an OCR'd page's raw text around one article's span, for the 原文 view (pure).

export interface SpanParts {
  before: string;
  marked: string;
  after: string;
}

/**
 * The text before, inside and after [start, end). Null when the span does not fit the text
 * (a page re-imported with different text, or a hand-edited row): then nothing is highlighted.
 */
export function splitAtSpan(text: string, span: readonly [number, number] | null): SpanParts | null {
  if (!span) return null;
  const [start, end] = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) return null;
  return { before: text.slice(0, start), marked: text.slice(start, end), after: text.slice(end) };
}
