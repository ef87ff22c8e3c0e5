// npm run parse -- [--article] [--date YYYY-MM-DD] FILE… – parse page (or article) files and print JSON; touches no database.
// Without --date a file's date is looked up by file name in seeds/manifest.json.
// --article: each FILE holds ONE article as the website shows it (headline first); the JSON
// has the same shape as for a page, with that one article and an empty `unassigned`.
// Exit 0: all parsed; 1: some file rejected (reason on stderr); 2: bad usage or unknown date.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseIsoDate } from "../lib/ingest/dates";
import { IngestError } from "../lib/ingest/errors";
import { analyzeArticle } from "../lib/ingest/analyze-article";
import { parseArticleFile } from "../lib/ingest/parse-article";
import { parsePageFile } from "../lib/ingest/parse-page";
import type { Byline, ParsedArticle, Span, UnassignedText } from "../lib/ingest/types";

interface ArticleJson {
  kind: string;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  bylines: Byline[];
  reporters: string[];
  date: string;
  body: string;
  officials: { name: string; titles: string[]; jurisdiction: string; actions: string[] }[];
  span: Span;
}

interface PageJson {
  page: { file: string; date: string };
  articles: ArticleJson[];
  unassigned: UnassignedText[];
}

const USAGE = [
  "Usage: npm run parse -- [--article] [--date YYYY-MM-DD] FILE…",
  "  --date YYYY-MM-DD  page date of every FILE (without it, dates come from seeds/manifest.json)",
  "  --article          each FILE holds one article as the website shows it, not a page;",
  "                     prints the same JSON as for a page, with that one article",
].join("\n");

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function manifestDates(): Map<string, string> {
  const dates = new Map<string, string>();
  const manifestPath = path.resolve(import.meta.dirname, "../seeds/manifest.json");
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { pages?: { file?: unknown; date?: unknown }[] };
    for (const page of manifest.pages ?? []) {
      if (typeof page.file === "string" && typeof page.date === "string") dates.set(path.basename(page.file), page.date);
    }
  } catch {
    // No readable manifest: every file then needs --date.
  }
  return dates;
}

function articleJson(parsedArticle: ParsedArticle): ArticleJson {
  const a = analyzeArticle(parsedArticle);
  return {
    kind: a.kind,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    bylines: a.bylines,
    reporters: a.reporters,
    date: a.date,
    body: a.paragraphs.join("\n\n"),
    officials: a.officials.map(({ name, titles, jurisdiction, actions }) => ({ name, titles, jurisdiction, actions })),
    span: a.span,
  };
}

function parseFile(file: string, bytes: Uint8Array, date: string, article: boolean): PageJson {
  const fileName = path.basename(file);
  if (article) {
    const parsed = parseArticleFile(bytes, fileName, date);
    return { page: { file: fileName, date }, articles: [articleJson(parsed.article)], unassigned: [] };
  }
  const parsed = parsePageFile(bytes, fileName, date);
  return { page: { file: fileName, date }, articles: parsed.articles.map(articleJson), unassigned: parsed.unassigned };
}

function main(): void {
  let values: { date?: string | undefined; article?: boolean | undefined };
  let files: string[];
  try {
    const args = parseArgs({ options: { date: { type: "string" }, article: { type: "boolean" } }, allowPositionals: true });
    values = args.values;
    files = args.positionals;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (files.length === 0) fail(USAGE, 2);
  if (values.date !== undefined && parseIsoDate(values.date) === null) {
    fail(`--date ${values.date} is not a valid YYYY-MM-DD date.\n${USAGE}`, 2);
  }
  const known = values.date === undefined ? manifestDates() : new Map<string, string>();
  const dated = files.map((file) => {
    const date = values.date ?? known.get(path.basename(file));
    if (date === undefined || parseIsoDate(date) === null) {
      fail(`${file}: no page date: pass --date YYYY-MM-DD (the file is not listed in seeds/manifest.json).`, 2);
    }
    return { file, date };
  });

  const results: PageJson[] = [];
  let rejected = 0;
  for (const { file, date } of dated) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      console.error(`${file}: ${missing ? "file not found" : `file cannot be read (${(error as Error).message})`}`);
      rejected++;
      continue;
    }
    try {
      results.push(parseFile(file, bytes, date, values.article === true));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      console.error(error.message);
      rejected++;
    }
  }
  const output = files.length === 1 ? results[0] : results;
  if (output !== undefined) process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  process.exitCode = rejected > 0 ? 1 : 0;
}

main();
