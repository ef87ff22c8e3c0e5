// Text normalisation shared by the scorer and the taxonomy schema, so that a keyword
// is compared with an article exactly the way it will be matched.

// Whitespace (OCR line breaks and the padding spaces inside words such as `发 展`)
// and quotation marks (`“十四五”`, `战“疫”`, `“扩中”“提低”`) are dropped.
const DROPPED = /[\s\u200b\u200c\u200d\u2060\ufeff“”‘’"'「」『』〝〞]/gu;

/**
 * Whitespace and quotation marks removed, then NFKC (full-width digits and letters become
 * ASCII, compatibility forms are unfolded) and lower case, then whatever NFKC turned into
 * whitespace or a quotation mark removed too. Removing first makes the result independent
 * of where line breaks fell. Other punctuation is kept: a keyword never matches across
 * `、` or `，`.
 */
export function normalizeText(text: string): string {
  return text.replace(DROPPED, "").normalize("NFKC").toLowerCase().replace(DROPPED, "");
}
