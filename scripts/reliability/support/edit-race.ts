// The concurrent-editors scenario: round after round, two editors save the same article from
// the same version at the same moment, through the real updateArticle (what the server action
// calls; each save is its own transaction on its own pooled connection). Exactly one must win,
// the other must get the version conflict the form shows, and the history must hold exactly the
// winners' revisions, versions contiguous. Needs DATABASE_URL set before it is imported.
import { CONFLICT_MESSAGE } from "@/lib/admin/article-form-state";
import type { StoredArticle } from "@/lib/admin/article-store";
import { describeConflict, snapshotOfInput } from "@/lib/admin/conflict";
import { updateArticle } from "@/lib/articles/mutations";
import { parseSnapshot } from "@/lib/articles/revisions";
import { articleInputSchema, type ArticleInput } from "@/lib/articles/schema";
import type { Database } from "@/lib/db/create-client";
import { VersionConflictError } from "@/lib/errors";

export interface EditRaceOptions {
  /** For reading the article back; the saves go through the app's own client. */
  db: Database;
  articleId: number;
  editorIds: [number, number];
  rounds: number;
  onRound?: (round: number, winner: 0 | 1) => void;
}

export interface EditRaceReport {
  rounds: number;
  wins: [number, number];
  /** Rounds with exactly one winner and one conflict carrying the winner's version and text. */
  cleanRounds: number;
  /** One line per round or history entry that broke a rule; empty when all held. */
  problems: string[];
  /** The message the editor who lost reads above the form. */
  conflictMessage: string;
  startVersion: number;
  finalVersion: number;
  revisionsWritten: number;
  slowestRoundMs: number;
}

async function formOf(db: Database, id: number, title: string): Promise<{ input: ArticleInput; version: number }> {
  const row = await db.article.findUniqueOrThrow({ where: { id }, include: { officials: { include: { person: true } }, topics: { include: { topic: true } } } });
  const input = articleInputSchema.parse({
    kind: row.kind, kicker: row.kicker ?? "", title, subtitle: row.subtitle ?? "", reporters: row.reporters.join("、"),
    date: row.date.toISOString().slice(0, 10), pageId: row.pageId?.toString() ?? "", body: row.body,
    officials: row.officials.map((official) => official.person.name).join("、"), topics: row.topics.map((entry) => entry.topic.slug),
  });
  return { input, version: row.version };
}

/** What the losing editor's conflict panel shows for the title: theirs (the winner's) and theirs changed. */
async function conflictProblems(db: Database, error: VersionConflictError, round: number, base: number, winnerTitle: string, loser: ArticleInput): Promise<string[]> {
  const current = error.current as StoredArticle;
  const problems: string[] = [];
  if (current.version !== base + 1) problems.push(`round ${round}: the conflict reports version ${current.version}, expected ${base + 1}`);
  const revision = await db.articleRevision.findUnique({ where: { articleId_version: { articleId: current.id, version: base } }, select: { snapshot: true } });
  const view = describeConflict({ current: current.snapshot, currentVersion: current.version, base: parseSnapshot(revision?.snapshot), yours: snapshotOfInput(loser, current.snapshot, new Map()) });
  const title = view.fields.find((field) => field.field === "title");
  if (title?.theirs !== winnerTitle || title.yours !== loser.title || !title.isChangedByThem) problems.push(`round ${round}: the conflict view does not show the winner's title next to the loser's`);
  return problems;
}

export async function runEditRace({ db, articleId, editorIds, rounds, onRound }: EditRaceOptions): Promise<EditRaceReport> {
  const problems: string[] = [];
  const wins: [number, number] = [0, 0];
  const winnerTitles: string[] = [];
  const loserTitles = new Set<string>();
  let cleanRounds = 0;
  let slowestRoundMs = 0;
  const startVersion = (await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } })).version;
  const auditWhere = { action: "article.update", targetId: String(articleId) };
  const auditedBefore = await db.auditLog.count({ where: auditWhere });

  for (let round = 1; round <= rounds; round++) {
    const titles = [`甲编辑的标题 第${round}轮`, `乙编辑的标题 第${round}轮`] as const;
    const forms = [await formOf(db, articleId, titles[0]), await formOf(db, articleId, titles[1])] as const;
    const base = forms[0].version;
    const started = performance.now();
    // Both saves start in the same tick; alternating the order keeps either from always going first.
    const pending = new Map<0 | 1, Promise<unknown>>();
    for (const editor of round % 2 === 0 ? ([1, 0] as const) : ([0, 1] as const)) {
      pending.set(editor, updateArticle({ id: articleId, input: forms[editor].input, expectedVersion: base, editorId: editorIds[editor] }));
    }
    const settled = await Promise.allSettled([pending.get(0), pending.get(1)]);
    slowestRoundMs = Math.max(slowestRoundMs, performance.now() - started);

    const winners = settled.flatMap((result, editor) => (result.status === "fulfilled" ? [editor as 0 | 1] : []));
    const failures = settled.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    if (winners.length !== 1 || failures.length !== 1 || !(failures[0] instanceof VersionConflictError)) {
      problems.push(`round ${round}: ${winners.length} saves succeeded; failures: ${failures.map((error) => (error instanceof Error ? error.message : String(error))).join("; ")}`);
      continue;
    }
    const winner = winners[0] as 0 | 1;
    const loser = (1 - winner) as 0 | 1;
    wins[winner] += 1;
    winnerTitles.push(titles[winner]);
    loserTitles.add(titles[loser]);
    const roundProblems = await conflictProblems(db, failures[0], round, base, titles[winner], forms[loser].input);
    problems.push(...roundProblems);
    if (roundProblems.length === 0) cleanRounds += 1;
    onRound?.(round, winner);
  }

  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true, title: true } });
  const revisions = await db.articleRevision.findMany({ where: { articleId, version: { gt: startVersion } }, orderBy: { version: "asc" }, select: { version: true, snapshot: true } });
  const versions = revisions.map((revision) => revision.version);
  const expectedVersions = winnerTitles.map((_, i) => startVersion + 1 + i);
  if (versions.join() !== expectedVersions.join()) problems.push(`history versions ${versions.join(",")}, expected ${startVersion + 1}…${startVersion + winnerTitles.length} contiguous`);
  const historyTitles = revisions.map((revision) => parseSnapshot(revision.snapshot)?.title ?? null);
  if (historyTitles.join("|") !== winnerTitles.join("|")) problems.push("the history does not hold exactly the winners' saves, in order");
  if (historyTitles.some((title) => title !== null && loserTitles.has(title))) problems.push("a losing save reached the history");
  if (article.version !== startVersion + winnerTitles.length || article.title !== winnerTitles.at(-1)) problems.push(`the article is at version ${article.version} titled ${article.title}`);
  const audited = (await db.auditLog.count({ where: auditWhere })) - auditedBefore;
  if (audited !== winnerTitles.length) problems.push(`${audited} audit rows for ${winnerTitles.length} saves`);

  return {
    rounds, wins, cleanRounds, problems, conflictMessage: CONFLICT_MESSAGE,
    startVersion, finalVersion: article.version, revisionsWritten: revisions.length, slowestRoundMs,
  };
}
