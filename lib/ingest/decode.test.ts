import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixtureBytes, seedPages } from "./__fixtures__/support";
import { decodePage, MAX_PAGE_BYTES } from "./decode";
import { IngestError } from "./errors";
import { parsePage, parsePageFile } from "./parse-page";

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function thrown(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error("expected an IngestError");
}

describe("decodePage on the seed pages", () => {
  describe.each(seedPages())("$file", ({ file, date, bytes }) => {
    const plain = decodePage(bytes, file);
    const expected = parsePage(plain, date);
    const lf = new TextDecoder().decode(bytes);

    it("returns the UTF-8 text unchanged", () => {
      expect(plain).toBe(lf);
    });

    it.each([
      ["UTF-8 with BOM", concat(BOM, bytes)],
      ["CRLF line endings", utf8(lf.replace(/\n/g, "\r\n"))],
      ["CR line endings", utf8(lf.replace(/\n/g, "\r"))],
      ["UTF-8 with BOM and CRLF", concat(BOM, utf8(lf.replace(/\n/g, "\r\n")))],
      ["GB18030", new Uint8Array(iconv.encode(lf, "gb18030"))],
      ["GBK", new Uint8Array(iconv.encode(lf, "gbk"))],
      ["UTF-16LE with BOM", new Uint8Array(iconv.encode(lf, "utf16le", { addBOM: true }))],
    ])("decodes %s to the same text and the same parse, spans included", (_label, variant) => {
      const text = decodePage(variant, file);
      expect(text).toBe(plain);
      expect(parsePage(text, date)).toEqual(expected);
    });
  });
});

describe("decodePage on the committed fixture variants", () => {
  const base = decodePage(fixtureBytes("page-2022-03-06.txt"), "page-2022-03-06.txt");
  const expected = parsePage(base, "2022-03-06");

  it("reads the GB18030 fixture file as the same page", () => {
    const text = decodePage(fixtureBytes("page-2022-03-06.gb18030.txt"), "page-2022-03-06.gb18030.txt");
    expect(text).toBe(base);
    expect(parsePage(text, "2022-03-06")).toEqual(expected);
  });

  it("reads the CRLF fixture file as the same page", () => {
    const bytes = fixtureBytes("page-2022-03-06.crlf.txt");
    expect(new TextDecoder().decode(bytes)).toContain("\r\n");
    const text = decodePage(bytes, "page-2022-03-06.crlf.txt");
    expect(text).toBe(base);
    expect(parsePage(text, "2022-03-06")).toEqual(expected);
  });

  it("parses the fixture spaced with U+3000 exactly like the ASCII-spaced one", () => {
    const text = decodePage(fixtureBytes("page-2022-03-06.ideographic-space.txt"), "x.txt");
    expect(text).toContain("\u3000");
    expect(parsePage(text, "2022-03-06")).toEqual(expected);
  });
});

describe("decodePage rejects what is not a page", () => {
  it.each([
    ["EMPTY", "an empty file", new Uint8Array(0)],
    ["EMPTY", "a whitespace-only file", utf8(" \n\r\n\t\u3000 \n")],
    ["EMPTY", "a BOM and nothing else", BOM],
    ["BINARY", "a file with NUL bytes", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
    ["BINARY", "a file full of control characters", utf8("本报讯\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008")],
    ["UNKNOWN_ENCODING", "bytes valid neither as UTF-8 nor as GB18030", new Uint8Array([0x41, 0xff, 0x41, 0xff, 0xfe, 0x41])],
  ] as const)("throws %s for %s, naming the file", (code, _label, bytes) => {
    const error = thrown(() => decodePage(bytes, "bad-page.txt"));
    expect(error.code).toBe(code);
    expect(error.message).toContain("bad-page.txt");
    expect(error.fileName).toBe("bad-page.txt");
  });

  it("throws TOO_LARGE above 2 MiB, naming the file", () => {
    const error = thrown(() => decodePage(new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x41), "huge.txt"));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toMatch(/^huge\.txt: /);
  });

  it("accepts a page of exactly 2 MiB", () => {
    const bytes = new Uint8Array(MAX_PAGE_BYTES).fill(0x41);
    expect(decodePage(bytes, "max.txt").length).toBe(MAX_PAGE_BYTES);
  });

  it("keeps a few stray control characters in otherwise normal text", () => {
    const text = "本报讯\u0007 8月2日下午，我市召开会议。\u001b" + "会议强调，要抓好落实。".repeat(30);
    expect(decodePage(utf8(text), "ok.txt")).toBe(text);
  });
});

describe("parsePageFile", () => {
  it("decodes, parses and returns the stored text", () => {
    const page = seedPages()[0];
    if (page === undefined) throw new Error("no seed");
    const result = parsePageFile(page.bytes, page.file, page.date);
    expect(result.articles).toHaveLength(3);
    expect(result.text).toBe(decodePage(page.bytes, page.file));
  });

  it("throws NO_ARTICLES, naming the file, for text without any article", () => {
    const error = thrown(() => parsePageFile(utf8("C 从严从紧从快 打好打赢疫情防控战\n\n青春集结筑起防疫长城\n"), "teasers.txt", "2022-01-11"));
    expect(error.code).toBe("NO_ARTICLES");
    expect(error.message).toMatch(/^teasers\.txt: /);
  });

  it("passes decoding errors through", () => {
    expect(thrown(() => parsePageFile(new Uint8Array(0), "empty.txt", "2022-01-11")).code).toBe("EMPTY");
  });
});
