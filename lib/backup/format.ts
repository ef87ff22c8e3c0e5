// The export file (pure): JSON Lines, one header line, then one line per row
// ({"table", "row"}: the row as PostgreSQL's row_to_json), table after table in restore
// order, then an end line with the counts again and a sha256 of every row line, so that a
// truncated or altered file is refused before anything is committed.
import { createHash, type Hash } from "node:crypto";
import { z } from "zod";
import { RestoreError } from "./errors";

export const EXPORT_FORMAT = "yongkang-archive-export";
export const EXPORT_FORMAT_VERSION = 1;

const countsSchema = z.record(z.string(), z.number().int().nonnegative());

export const exportHeaderSchema = z.strictObject({
  kind: z.literal("header"),
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int(),
  /** The last migration applied to the exported database: a restore needs the same schema. */
  migration: z.string().min(1),
  exportedAt: z.iso.datetime(),
  hasPasswordHashes: z.boolean(),
  tables: z.array(z.string()),
  counts: countsSchema,
});

export const exportFooterSchema = z.strictObject({
  kind: z.literal("end"),
  counts: countsSchema,
  /** sha256 of every row line, each followed by "\n". */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type ExportHeader = z.infer<typeof exportHeaderSchema>;
export type ExportFooter = z.infer<typeof exportFooterSchema>;

export interface RowLine {
  table: string;
  /** The row's JSON text exactly as exported (restored verbatim: no float or date round trip). */
  rowText: string;
}

/** Builds a row line around the row's JSON text without re-encoding it. */
export function rowLine(table: string, rowText: string): string {
  return `{"table":${JSON.stringify(table)},"row":${rowText}}`;
}

export function headerLine(header: ExportHeader): string {
  return JSON.stringify(header);
}

export function footerLine(footer: ExportFooter): string {
  return JSON.stringify(footer);
}

function parseJson(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new RestoreError("CORRUPT", `line ${lineNumber} is not valid JSON (the file is damaged or was cut off)`);
  }
}

export function parseHeader(line: string | undefined): ExportHeader {
  if (line === undefined) throw new RestoreError("NOT_AN_EXPORT", "the file is empty: it is not an export of this archive");
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    json = null;
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== EXPORT_FORMAT) throw new RestoreError("NOT_AN_EXPORT", "the first line is not the header of an export of this archive (made by npm run export)");
  const version = (json as { version?: unknown }).version;
  if (version !== EXPORT_FORMAT_VERSION) {
    throw new RestoreError("UNSUPPORTED_VERSION", `the export has format version ${JSON.stringify(version)}; this version of the app reads version ${EXPORT_FORMAT_VERSION}`);
  }
  const header = exportHeaderSchema.safeParse(json);
  if (!header.success) throw new RestoreError("CORRUPT", `the header line is damaged: ${header.error.issues[0]?.message ?? "invalid"}`);
  return header.data;
}

export type ParsedLine = { kind: "row"; line: RowLine } | { kind: "end"; footer: ExportFooter };

const ROW_PREFIX = '{"table":"';
const ROW_INFIX = '","row":';

/**
 * Reads a body line. Row lines are only taken apart, not parsed: a restore sends the row text
 * to PostgreSQL as it is, which rejects malformed JSON, and the end line's sha256 catches any
 * other change. (Parsing every row in JavaScript made a 1.6 GB restore peak at 2 GB of memory.)
 */
export function parseBodyLine(line: string, lineNumber: number): ParsedLine {
  if (line.startsWith(ROW_PREFIX)) {
    const infix = line.indexOf(ROW_INFIX, ROW_PREFIX.length);
    const table = infix === -1 ? "" : line.slice(ROW_PREFIX.length, infix);
    const rowText = line.slice(infix + ROW_INFIX.length, -1);
    if (!/^[a-z_]+$/.test(table) || !rowText.startsWith("{") || !rowText.endsWith("}") || !line.endsWith("}}")) {
      throw new RestoreError("CORRUPT", `line ${lineNumber} is not a row as npm run export writes them ({"table", "row"})`);
    }
    return { kind: "row", line: { table, rowText } };
  }
  const json = parseJson(line, lineNumber);
  const footer = exportFooterSchema.safeParse(json);
  if (!footer.success) throw new RestoreError("CORRUPT", `line ${lineNumber} is neither a row nor the end line of an export`);
  return { kind: "end", footer: footer.data };
}

/** The column names of a row (parsed in full: used on the first row of each table). */
export function rowColumns(rowText: string, lineNumber: number): string[] {
  const row = parseJson(rowText, lineNumber);
  if (typeof row !== "object" || row === null || Array.isArray(row)) throw new RestoreError("CORRUPT", `line ${lineNumber}: the row is not a JSON object`);
  return Object.keys(row);
}

/** sha256 over row lines, as written to and checked in the end line. */
export class LineDigest {
  private readonly hash: Hash = createHash("sha256");

  add(line: string): void {
    this.hash.update(line, "utf8");
    this.hash.update("\n");
  }

  hex(): string {
    return this.hash.digest("hex");
  }
}
