import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, footerLine, headerLine, parseBodyLine, parseHeader, rowColumns, rowLine, type ExportHeader } from "./format";

const header: ExportHeader = {
  kind: "header", format: EXPORT_FORMAT, version: EXPORT_FORMAT_VERSION, migration: "20261122085330_article_search_vector",
  exportedAt: "2026-12-01T00:00:00.000Z", hasPasswordHashes: false, tables: ["pages"], counts: { pages: 1 },
};

describe("export lines", () => {
  it("reads back a row line's table and its row text byte for byte", () => {
    const rowText = '{"id":1,"title":"“引号”\\"}{\\"","score":0.30000000000000004}';
    expect(parseBodyLine(rowLine("articles", rowText), 2)).toEqual({ kind: "row", line: { table: "articles", rowText } });
    expect(rowColumns(rowText, 2)).toEqual(["id", "title", "score"]);
  });

  it("reads back the header and the end line", () => {
    expect(parseHeader(headerLine(header))).toEqual(header);
    const footer = { kind: "end" as const, counts: { pages: 1 }, sha256: "a".repeat(64) };
    expect(parseBodyLine(footerLine(footer), 3)).toEqual({ kind: "end", footer });
  });

  it("refuses lines that are not what npm run export writes, naming the line", () => {
    for (const line of ['{"table":"pages","row":{"id":1}', '{"table":"pages", "row":{"id":1}}', '{"row":{"id":1},"table":"pages"}', "", "本报讯"]) {
      expect(() => parseBodyLine(line, 7), line).toThrow(/line 7/);
    }
  });

  it("tells a foreign file from an export of another version", () => {
    expect(() => parseHeader('{"hello":"world"}')).toThrow(expect.objectContaining({ code: "NOT_AN_EXPORT" }));
    expect(() => parseHeader(undefined)).toThrow(expect.objectContaining({ code: "NOT_AN_EXPORT" }));
    expect(() => parseHeader(JSON.stringify({ ...header, version: 99 }))).toThrow(expect.objectContaining({ code: "UNSUPPORTED_VERSION" }));
    expect(() => parseHeader(JSON.stringify({ ...header, counts: { pages: -1 } }))).toThrow(expect.objectContaining({ code: "CORRUPT" }));
  });
});
