// A line diff (longest common subsequence) for the revision history (pure). The result is
// plain text per line; the page renders it as text, so nothing in an article becomes markup.

export type DiffOp = "same" | "added" | "removed";

export interface DiffLine {
  op: DiffOp;
  text: string;
}

/** Above this many lines on both sides the table would be large; fall back to replace-all. */
const MAX_CELLS = 4_000_000;

export function splitDiffLines(text: string): string[] {
  return text === "" ? [] : text.split(/\n+/);
}

/** Lines of `before` and `after` as kept, removed and added, in reading order. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitDiffLines(before);
  const b = splitDiffLines(after);
  // Common head and tail need no table; most edits touch a few lines in the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const same = (lines: string[]) => lines.map((text): DiffLine => ({ op: "same", text }));
  return [...same(a.slice(0, head)), ...diffMiddle(midA, midB), ...same(a.slice(a.length - tail))];
}

function diffMiddle(a: string[], b: string[]): DiffLine[] {
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text): DiffLine => ({ op: "removed", text })), ...b.map((text): DiffLine => ({ op: "added", text }))];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: "same", text: a[i++] as string });
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      out.push({ op: "removed", text: a[i++] as string });
    } else {
      out.push({ op: "added", text: b[j++] as string });
    }
  }
  while (i < a.length) out.push({ op: "removed", text: a[i++] as string });
  while (j < b.length) out.push({ op: "added", text: b[j++] as string });
  return out;
}

/** Whether anything changed at all. */
export const hasChanges = (lines: DiffLine[]) => lines.some((line) => line.op !== "same");
