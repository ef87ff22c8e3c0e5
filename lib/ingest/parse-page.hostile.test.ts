// Hostile input through decode → parse: whatever arrives, the ingest answers with articles or
// with its own IngestError, never anything else, and the same way every time. Timing is not
// asserted here: `npm run reliability:fuzz-parser` measures it (RELIABILITY.md).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePage, MAX_PAGE_BYTES } from "./decode";
import { IngestError } from "./errors";
import { hostileFamilies, HOSTILE_DATE, pagesAtTheLimit } from "./__fixtures__/hostile-input";
import { parsePage } from "./parse-page";

/** The full result, or the rejection's code: anything else thrown fails the property. */
function ingest(input: string | Uint8Array) {
  try {
    const text = typeof input === "string" ? input : decodePage(input, "fuzz.txt");
    return { text, page: parsePage(text, HOSTILE_DATE) };
  } catch (error) {
    if (error instanceof IngestError) return { rejected: error.code, message: error.message };
    throw error;
  }
}

function checkDeterministic(input: string | Uint8Array): void {
  expect(ingest(input)).toEqual(ingest(input));
}

describe("the ingest on hostile input", () => {
  for (const [name, family] of Object.entries(hostileFamilies({ maxChars: 50_000 }))) {
    it(`only parses or rejects, deterministically: ${name}`, () => {
      if (family.kind === "text") fc.assert(fc.property(family.arbitrary, checkDeterministic), { numRuns: 60 });
      else fc.assert(fc.property(family.arbitrary, checkDeterministic), { numRuns: 60 });
    });
  }

  it("parses pages right at the 2 MiB limit and rejects one byte more, naming the file", () => {
    // A few of the script's pages at the limit: each takes a few hundred milliseconds.
    const pages = pagesAtTheLimit();
    const pick = ["seed pages repeated to 2 MiB", "one 2 MiB line", "2 MiB of GB18030", "one byte over the limit"];
    const [repeated, line, gb18030, over] = pick.map((name) => ingest(pages[name] as Uint8Array));
    expect(repeated).toMatchObject({ page: { articles: expect.arrayContaining([expect.objectContaining({ kind: "news" })]) } });
    expect(line).toMatchObject({ page: { articles: [] } });
    expect(gb18030).toMatchObject({ text: expect.stringContaining("本报讯"), page: { articles: expect.arrayContaining([expect.objectContaining({ kind: "news" })]) } });
    expect(over).toEqual({ rejected: "TOO_LARGE", message: expect.stringContaining("fuzz.txt") });
    expect(pages["one byte over the limit"]?.length).toBe(MAX_PAGE_BYTES + 1);
  }, 60_000);

  it("keeps lone surrogates as they are instead of failing on them", () => {
    const text = `本报讯（记者 张三）1月1日，\ud800我市召开会议。\n\n会议强调\udfff要抓落实。`;
    const result = ingest(text);
    expect(result).toHaveProperty("page");
    expect(JSON.stringify(result)).toContain("\\ud800");
  });
});
