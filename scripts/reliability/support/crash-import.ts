// The crash-mid-import scenario: run the real `npm run import` over a page set, kill -9 its
// whole process group once enough pages are committed and, if we catch one, while a page's
// transaction has written rows but not committed; check the database; run the import again;
// check again. Used by `npm run reliability:crash-import` and by its short integration test.
import type { Database } from "@/lib/db/create-client";
import { checkImportedPages, type ImportCheck } from "./import-check";
import { buildPageSet, PAGE_SET_DATE } from "./page-set";
import { runNpmScript } from "./run-cli";

export interface CrashImportOptions {
  db: Database;
  /** The same database, for the child processes. */
  url: string;
  workDir: string;
  pages: number;
  /** Kill once at least this many pages are committed. */
  killAfter: number;
  log?: (line: string) => void;
}

export interface CrashImportReport {
  pages: number;
  articles: number;
  /** Pages committed when the kill was sent. */
  committedAtKill: number;
  /** The importer had an open transaction that had written rows when it was killed. */
  killedInsideTransaction: boolean;
  pagesAfterKill: number;
  afterKill: ImportCheck;
  rerun: { exitCode: number | null; summary: string };
  final: ImportCheck;
  firstRunSeconds: number;
  rerunSeconds: number;
}

interface ImporterState {
  pages: number;
  /** Sessions other than ours holding a transaction that has written something (has an xid). */
  writing: number;
  sessions: number;
}

async function importerState(db: Database): Promise<ImporterState> {
  const [state] = await db.$queryRaw<[ImporterState]>`
    SELECT (SELECT count(*)::int FROM pages) AS pages,
           count(*) FILTER (WHERE backend_xid IS NOT NULL)::int AS writing,
           count(*)::int AS sessions
      FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`;
  return state;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** PostgreSQL ends a killed client's session (rolling its transaction back) once it sees the socket close. */
async function waitForSessionsToEnd(db: Database): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if ((await importerState(db)).sessions === 0) return;
    await sleep(10);
  }
  throw new Error("the killed importer's database sessions did not end within 5 s");
}

export async function runCrashImport(options: CrashImportOptions): Promise<CrashImportReport> {
  const { db, url, log = () => {} } = options;
  const pages = await buildPageSet(options.workDir, options.pages);
  const articles = pages.reduce((sum, page) => sum + page.articles.length, 0);
  const args = ["--date", PAGE_SET_DATE, ...pages.map((page) => page.file)];
  log(`Built ${pages.length} distinct page files (${articles} articles). Starting npm run import…`);

  const firstStart = performance.now();
  const first = runNpmScript("import", args, { DATABASE_URL: url });
  let exitedEarly = false;
  void first.exited.then(() => (exitedEarly = true));
  let committedAtKill = -1;
  let killedInsideTransaction = false;
  while (!exitedEarly) {
    const state = await importerState(db);
    // Past the target, wait a few pages for a moment inside a transaction; then kill regardless.
    if (state.pages >= options.killAfter && (state.writing > 0 || state.pages >= options.killAfter + 5)) {
      first.killHard();
      committedAtKill = state.pages;
      killedInsideTransaction = state.writing > 0;
      break;
    }
    await sleep(2);
  }
  const firstExit = await first.exited;
  const firstRunSeconds = (performance.now() - firstStart) / 1000;
  if (committedAtKill < 0) throw new Error(`the importer finished (exit ${firstExit.code}) before ${options.killAfter} pages were committed:\n${firstExit.stderr}`);
  log(`kill -9 sent with ${committedAtKill} pages committed${killedInsideTransaction ? ", inside an open page transaction" : ", between two pages"} (importer ended by ${firstExit.signal ?? firstExit.code}).`);

  await waitForSessionsToEnd(db);
  const afterKill = await checkImportedPages(db, pages, { knownNamesFor: () => [] });
  const pagesAfterKill = afterKill.pages;
  log(`After the kill: ${afterKill.pages} pages, ${afterKill.articles} articles, ${afterKill.problems.length} problems.`);
  const presentAfterKill = new Set((await db.page.findMany({ select: { fileName: true } })).map((page) => page.fileName));
  const knownAfterKill = (await db.person.findMany({ where: { kind: "official" }, select: { name: true } })).map((person) => person.name);

  const rerunStart = performance.now();
  const rerun = await runNpmScript("import", args, { DATABASE_URL: url }).exited;
  const rerunSeconds = (performance.now() - rerunStart) / 1000;
  const summary = rerun.stdout.trim().split("\n").at(-1) ?? "";
  log(`Re-run: exit ${rerun.code}, ${summary}`);

  // The re-run loaded the officials known at its start: those the first run had stored.
  const final = await checkImportedPages(db, pages, { knownNamesFor: (fileName) => (presentAfterKill.has(fileName) ? [] : knownAfterKill) });
  log(`Final: ${final.pages} pages, ${final.articles} articles, ${final.problems.length} problems.`);
  return {
    pages: pages.length, articles, committedAtKill, killedInsideTransaction, pagesAfterKill, afterKill,
    rerun: { exitCode: rerun.code, summary }, final, firstRunSeconds, rerunSeconds,
  };
}
