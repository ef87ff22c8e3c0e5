// Text for XML documents (pure): escaping, and removing what XML 1.0 cannot carry at all.

// XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the
// u flag a lone surrogate is one code point of its own, outside every allowed range.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops control characters, lone surrogates, U+FFFE/U+FFFF: no escape makes them legal XML 1.0. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Safe as element text and as a quoted attribute value. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** `<name attr="…">text</name>`, or nothing for a missing value. */
export function xmlElement(name: string, text: string | null | undefined, attributes: Record<string, string> = {}): string {
  if (text === null || text === undefined) return "";
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}
