// Hostile page input for fuzzing the ingest (fast-check arbitraries), shared by the property
// test and `npm run reliability:fuzz-parser`: random Unicode (astral, combining), lone
// surrogates, control characters, huge single lines, GB18030 mixed with UTF-8, random bytes,
// and pages near the 2 MiB limit. `maxChars` scales the big ones (small in tests, large in the script).
import fc from "fast-check";
import iconv from "iconv-lite";
import { decodePage, MAX_PAGE_BYTES } from "../decode";
import { IngestError } from "../errors";
import { parsePage } from "../parse-page";
import { seedPages } from "./support";

export const HOSTILE_DATE = "2022-08-02";

const seedTexts = seedPages().map((page) => decodePage(page.bytes, page.file));
const seedLines = [...new Set(seedTexts.flatMap((text) => text.split("\n")).filter((line) => line.trim() !== ""))];
const seedLine = fc.constantFrom(...seedLines, "□融媒首席记者 陈晓苏", "本报讯（记者 张三）", "融媒记者 卢斌 摄", "本报评论员", "12 月 31 日，我市召开会议。");
const char = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code));
const separator = fc.constantFrom("\n", "\n\n", "\r\n", "\u2028", "");
const joinParts = (parts: [string, string][]) => parts.map(([a, b]) => a + b).join("");

export type HostileFamily = { kind: "text"; arbitrary: fc.Arbitrary<string> } | { kind: "bytes"; arbitrary: fc.Arbitrary<Uint8Array> };

export function hostileFamilies({ maxChars }: { maxChars: number }): Record<string, HostileFamily> {
  const lines = (extra: fc.Arbitrary<string>) => fc.array(fc.tuple(fc.oneof(seedLine, extra), separator), { maxLength: 200 }).map(joinParts);
  return {
    "random Unicode (any code point, astral included)": { kind: "text", arbitrary: fc.string({ unit: "binary", maxLength: 2_000 }) },
    "composite graphemes": { kind: "text", arbitrary: fc.string({ unit: "grapheme-composite", maxLength: 1_000 }) },
    "seed lines with combining marks": { kind: "text", arbitrary: lines(fc.string({ unit: char(0x300, 0x36f), minLength: 1, maxLength: 8 })) },
    "seed lines with lone surrogates": { kind: "text", arbitrary: lines(char(0xd800, 0xdfff)) },
    "seed lines with control characters": { kind: "text", arbitrary: lines(fc.string({ unit: char(0, 0x1f), minLength: 1, maxLength: 6 })) },
    "one huge line": {
      kind: "text",
      arbitrary: fc.tuple(seedLine, fc.integer({ min: 1, max: maxChars })).map(([line, chars]) => line.repeat(Math.ceil(chars / line.length)).slice(0, chars)),
    },
    "random bytes through decode": { kind: "bytes", arbitrary: fc.uint8Array({ maxLength: 4_000 }) },
    "GB18030 mixed with UTF-8": {
      kind: "bytes",
      arbitrary: fc
        .array(fc.tuple(seedLine, fc.constantFrom("utf8", "gb18030")), { minLength: 1, maxLength: 60 })
        .map((parts) => Buffer.concat(parts.map(([line, encoding]) => iconv.encode(`${line}\n`, encoding)))),
    },
    "seed page with random bytes spliced in": {
      kind: "bytes",
      arbitrary: fc.tuple(fc.constantFrom(...seedPages().map((page) => page.bytes)), fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })), { maxLength: 8 })).map(([page, splices]) => {
        let bytes = Buffer.from(page);
        for (const [at, insert] of splices) bytes = Buffer.concat([bytes.subarray(0, at % bytes.length), insert, bytes.subarray(at % bytes.length)]);
        return new Uint8Array(bytes);
      }),
    },
  };
}

/** Text of exactly `bytes` UTF-8 bytes made of `unit` repeated (units of 1–3-byte characters). */
function fillBytes(unit: string, bytes: number): string {
  const whole = unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
  return whole + "x".repeat(bytes - Buffer.byteLength(whole));
}

/** Adversarial pages at the size limit (or `size` bytes): what the parser's loops see at their worst. */
export function pagesAtTheLimit(size = MAX_PAGE_BYTES): Record<string, Uint8Array> {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const page = seedTexts.join("\n");
  return {
    "seed pages repeated to 2 MiB": utf8(fillBytes(`${page}\n`, size)),
    "seed lines without blank lines, 2 MiB": utf8(fillBytes(`${seedLines.join("\n")}\n`, size)),
    "one 2 MiB line": utf8(fillBytes(seedLines[5] ?? "会议", size)),
    "2 MiB of bylines": utf8(fillBytes("本报讯（记者 张三 ", size)),
    "2 MiB of one-line articles": utf8(fillBytes("本报讯\n\n", size)),
    "2 MiB of photo credits": utf8(fillBytes("融媒记者 卢斌 摄\n", size)),
    "2 MiB of commentary signatures": utf8(fillBytes("本报评论员\n", size)),
    "2 MiB of letter-spaced text": utf8(fillBytes("发 展 开 展 了 ", size)),
    "2 MiB of open brackets": utf8(fillBytes("（", size)),
    "2 MiB of GB18030": new Uint8Array(iconv.encode(page.repeat(Math.max(1, Math.floor(size / iconv.encode(page, "gb18030").length))), "gb18030")),
    "one byte over the limit": utf8(fillBytes(`${page}\n`, size + 1)),
  };
}

export type IngestOutcome = { articles: number; unassigned: number } | { rejected: IngestError["code"] };

/** decode → parse, as the importer runs them; only the ingest's own rejection may be thrown. */
export function ingestBytes(bytes: Uint8Array): IngestOutcome {
  try {
    return ingestText(decodePage(bytes, "fuzz.txt"));
  } catch (error) {
    if (error instanceof IngestError) return { rejected: error.code };
    throw error;
  }
}

export function ingestText(text: string): IngestOutcome {
  const page = parsePage(text, HOSTILE_DATE);
  return { articles: page.articles.length, unassigned: page.unassigned.length };
}
