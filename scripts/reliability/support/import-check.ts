// Compares what the database holds with what the pure parser says the pages contain: every
// page either complete (text, hash, every article with its fields, hash, first revision, search
// vector, officials, journalists and topics) or absent, nothing else, nothing twice.
import { isDeepStrictEqual } from "node:util";
import type { Database } from "@/lib/db/create-client";
import { analyzeArticle } from "@/lib/ingest/analyze-article";
import { IMPORT_AUTHOR } from "@/lib/ingest/import-page";
import { loadScorableTopics } from "@/lib/topics/rules-store";
import { scoreTopics } from "@/lib/topics/score-topics";
import type { ExpectedArticle, ExpectedPage } from "./page-set";

export interface ImportCheck {
  pages: number;
  articles: number;
  /** Empty when the database is exactly what the pages say; else one line per difference. */
  problems: string[];
}

export interface ImportCheckOptions {
  /** Officials the importer knew when it stored this page (it loads them once per run). */
  knownNamesFor: (fileName: string) => readonly string[];
}

async function loadPages(db: Database) {
  return db.page.findMany({
    orderBy: { id: "asc" },
    select: {
      fileName: true, rawText: true, contentHash: true, unassigned: true,
      articles: {
        orderBy: { position: "asc" },
        select: {
          id: true, position: true, kind: true, kicker: true, title: true, subtitle: true, bylines: true, reporters: true, date: true, body: true,
          spanStart: true, spanEnd: true, contentHash: true, version: true, status: true,
          revisions: { orderBy: { version: "asc" }, select: { version: true, author: true, snapshot: true } },
          officials: { orderBy: { position: "asc" }, select: { titles: true, jurisdiction: true, actions: true, count: true, position: true, person: { select: { name: true } } } },
          authors: { orderBy: { position: "asc" }, select: { role: true, organization: true, position: true, person: { select: { name: true } } } },
          topics: { select: { score: true, isManual: true, topic: { select: { slug: true } } } },
        },
      },
    },
  });
}

type StoredArticle = Awaited<ReturnType<typeof loadPages>>[number]["articles"][number];
type Classify = (article: { kicker: string | null; title: string | null; subtitle: string | null; body: string }) => { slug: string; score: number }[];

function articleProblems(stored: StoredArticle, expected: ExpectedArticle, knownNames: readonly string[], classifyTopics: Classify): string[] {
  const problems: string[] = [];
  const { record } = expected;
  const fields = {
    kind: stored.kind, kicker: stored.kicker, title: stored.title, subtitle: stored.subtitle, bylines: stored.bylines, reporters: stored.reporters,
    date: stored.date.toISOString().slice(0, 10), body: stored.body, spanStart: stored.spanStart, spanEnd: stored.spanEnd,
  };
  if (!isDeepStrictEqual(fields, { ...record })) problems.push("fields differ from the parser's");
  if (stored.contentHash !== expected.contentHash) problems.push("wrong content hash");
  if (stored.version !== 1 || stored.status !== "published") problems.push(`version ${stored.version}, status ${stored.status}`);
  const revisions = stored.revisions.map((revision) => [revision.version, revision.author]);
  if (!isDeepStrictEqual(revisions, [[1, IMPORT_AUTHOR]])) problems.push(`revisions ${JSON.stringify(revisions)}`);
  else if (!isDeepStrictEqual(stored.revisions[0]?.snapshot, { ...record, status: "published" })) problems.push("first revision's snapshot differs");

  const analyzed = analyzeArticle(expected.parsed, { knownNames, classifyTopics });
  const officials = stored.officials.map((official) => ({ name: official.person.name, titles: official.titles, jurisdiction: official.jurisdiction, actions: official.actions, count: official.count, position: official.position }));
  const expectedOfficials = analyzed.officials.map((official, position) => ({ name: official.name, titles: official.titles, jurisdiction: official.jurisdiction, actions: official.actions, count: official.count, position }));
  if (!isDeepStrictEqual(officials, expectedOfficials)) problems.push(`officials ${officials.length}, expected ${expectedOfficials.length}`);

  const reporters = new Set(record.reporters);
  const credited = [...new Map(record.bylines.filter((byline) => reporters.has(byline.name)).map((byline) => [byline.name, byline])).values()];
  const authors = stored.authors.map((author) => ({ name: author.person.name, role: author.role, organization: author.organization, position: author.position }));
  const expectedAuthors = credited.map((byline, position) => ({ name: byline.name, role: byline.role, organization: byline.organization, position }));
  if (!isDeepStrictEqual(authors, expectedAuthors)) problems.push("journalists differ");

  const sortBySlug = (items: { slug: string; score: number }[]) => [...items].sort((a, b) => a.slug.localeCompare(b.slug));
  const topics = sortBySlug(stored.topics.map((entry) => ({ slug: entry.topic.slug, score: entry.score })));
  if (!isDeepStrictEqual(topics, sortBySlug(analyzed.topics))) problems.push("topics differ");
  return problems;
}

export async function checkImportedPages(db: Database, expectedPages: readonly ExpectedPage[], options: ImportCheckOptions): Promise<ImportCheck> {
  const problems: string[] = [];
  const byName = new Map(expectedPages.map((page) => [page.fileName, page]));
  const rules = await loadScorableTopics(db);
  const classifyTopics: Classify = (article) => scoreTopics(article, rules).map(({ slug, score }) => ({ slug, score }));
  const pages = await loadPages(db);
  let articles = 0;

  for (const page of pages) {
    const expected = byName.get(page.fileName);
    if (!expected) {
      problems.push(`${page.fileName}: a page that is not in the set`);
      continue;
    }
    if (page.rawText !== expected.text || page.contentHash !== expected.contentHash) problems.push(`${page.fileName}: text or hash differs`);
    if (!isDeepStrictEqual(page.unassigned, JSON.parse(JSON.stringify(expected.unassigned)))) problems.push(`${page.fileName}: unassigned text differs`);
    if (page.articles.length !== expected.articles.length) problems.push(`${page.fileName}: ${page.articles.length} of ${expected.articles.length} articles (half a page)`);
    for (const [position, expectedArticle] of expected.articles.entries()) {
      const stored = page.articles[position];
      if (!stored || stored.position !== position) continue;
      for (const problem of articleProblems(stored, expectedArticle, options.knownNamesFor(page.fileName), classifyTopics)) problems.push(`${page.fileName} #${position}: ${problem}`);
    }
    articles += page.articles.length;
  }

  const [totals] = await db.$queryRaw<[{ articles: number; orphans: number; hashes: number; unindexed: number; unusedPeople: number }]>`
    SELECT (SELECT count(*)::int FROM articles) AS articles,
           (SELECT count(*)::int FROM articles WHERE page_id IS NULL) AS orphans,
           (SELECT count(DISTINCT content_hash)::int FROM articles) AS hashes,
           (SELECT count(*)::int FROM articles WHERE search_vector IS NULL) AS unindexed,
           (SELECT count(*)::int FROM people p WHERE NOT EXISTS (SELECT 1 FROM article_officials o WHERE o.person_id = p.id)
                                                AND NOT EXISTS (SELECT 1 FROM article_bylines b WHERE b.person_id = p.id)) AS "unusedPeople"`;
  if (totals.articles !== articles || totals.orphans > 0) problems.push(`${totals.articles} articles in the database, ${articles} on the pages`);
  if (totals.hashes !== totals.articles) problems.push(`${totals.articles - totals.hashes} duplicate articles (same content hash)`);
  if (totals.unindexed > 0) problems.push(`${totals.unindexed} articles without a search vector`);
  if (totals.unusedPeople > 0) problems.push(`${totals.unusedPeople} people linked to no article (left by a half-written page)`);
  return { pages: pages.length, articles, problems };
}
