// The lead shown on cards: the first paragraph, cut at a sentence end when possible (pure).
const LEAD_LENGTH = 120;

export function leadOf(body: string): string {
  const first = body.split("\n\n", 1)[0] ?? "";
  if (first.length <= LEAD_LENGTH) return first;
  const cut = first.slice(0, LEAD_LENGTH);
  const sentenceEnd = cut.lastIndexOf("。");
  return sentenceEnd > 40 ? cut.slice(0, sentenceEnd + 1) : `${cut}…`;
}
