// Reads page files from disk, parses them and stores them, one transaction per page.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "@/lib/db/create-client";
import { analyzePage, type AnalyzeOptions } from "./analyze-article";
import { prepareAnalyzeOptions } from "./analyze-options";
import { decodePage } from "./decode";
import { IngestError } from "./errors";
import { importPage, type ImportOutcome } from "./import-page";
import { parsePage } from "./parse-page";

export interface PageFile {
  file: string;
  /** YYYY-MM-DD */
  date: string;
}

export type FileResult = { file: string; outcome: ImportOutcome; articles: number } | { file: string; outcome: "rejected"; reason: string };

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  results: FileResult[];
}

export async function importPageFile(db: Database, pageFile: PageFile, options?: AnalyzeOptions): Promise<FileResult> {
  const fileName = path.basename(pageFile.file);
  try {
    const text = decodePage(new Uint8Array(await readFile(pageFile.file)), fileName);
    const parsed = parsePage(text, pageFile.date);
    if (parsed.articles.length === 0) throw new IngestError("NO_ARTICLES", `${fileName}: no recognisable article on this page`);
    const analyzed = analyzePage(parsed, options ?? (await prepareAnalyzeOptions(db)));
    const outcome = await importPage(db, { fileName, pageDate: pageFile.date, text, ...analyzed });
    return { file: pageFile.file, outcome, articles: parsed.articles.length };
  } catch (error) {
    if (error instanceof IngestError) return { file: pageFile.file, outcome: "rejected", reason: error.message };
    if (isMissingFile(error)) return { file: pageFile.file, outcome: "rejected", reason: `${fileName}: file not found` };
    throw error;
  }
}

export async function importPageFiles(
  db: Database,
  pageFiles: PageFile[],
  onProgress?: (done: number, total: number, result: FileResult) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, rejected: 0, results: [] };
  const options = await prepareAnalyzeOptions(db);
  for (const [index, pageFile] of pageFiles.entries()) {
    const result = await importPageFile(db, pageFile, options);
    summary[result.outcome] += 1;
    summary.results.push(result);
    onProgress?.(index + 1, pageFiles.length, result);
  }
  return summary;
}

const isMissingFile = (error: unknown) => error instanceof Error && (error as NodeJS.ErrnoException).code === "ENOENT";
