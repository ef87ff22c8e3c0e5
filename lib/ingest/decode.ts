// Bytes of a page file → the page text that is stored and that every span indexes.
import { IngestError } from "./errors";

export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** Control bytes other than tab, LF, VT, FF, CR. In UTF-8 and GB18030 they are never part of a multi-byte character. */
function controlByteCount(bytes: Uint8Array): { nul: boolean; count: number } {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return { nul: true, count: count + 1 };
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) count++;
  }
  return { nul: false, count };
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Private-use and replacement characters: what a wrong GB18030 guess produces. */
function looksGarbled(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) odd++;
  }
  return odd > 0 && odd * 50 > text.length;
}

/**
 * Decodes a page file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.
 * The BOM is dropped and CRLF / CR become LF; nothing else is changed.
 * Throws IngestError: TOO_LARGE (> 2 MiB), EMPTY (no bytes or only whitespace),
 * BINARY (NUL bytes or many control characters), UNKNOWN_ENCODING.
 */
export function decodePage(bytes: Uint8Array, fileName: string): string {
  if (bytes.length > MAX_PAGE_BYTES) {
    throw IngestError.forFile("TOO_LARGE", fileName, `file is ${bytes.length} bytes, more than the limit of ${MAX_PAGE_BYTES} bytes (2 MiB)`);
  }
  if (bytes.length === 0) throw IngestError.forFile("EMPTY", fileName, "file is empty");

  let text: string | null = null;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) text = tryDecode("utf-16le", bytes.subarray(2));
  else if (b0 === 0xfe && b1 === 0xff) text = tryDecode("utf-16be", bytes.subarray(2));
  if (text === null) {
    const { nul, count } = controlByteCount(bytes);
    if (nul || (count >= 4 && count * 100 > bytes.length)) {
      throw IngestError.forFile("BINARY", fileName, nul ? "file contains NUL bytes: binary, not text" : `file contains ${count} control characters: binary, not text`);
    }
    text = tryDecode("utf-8", bytes);
    if (text === null) {
      text = tryDecode("gb18030", bytes);
      if (text !== null && looksGarbled(text)) text = null;
    }
  }
  if (text === null) {
    throw IngestError.forFile("UNKNOWN_ENCODING", fileName, "file is neither valid UTF-8 nor valid GB18030/GBK text");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw IngestError.forFile("EMPTY", fileName, "file contains only whitespace");
  return text;
}
