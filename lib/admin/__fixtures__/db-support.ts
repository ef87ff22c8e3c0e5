// Support for the admin's integration tests: an emptied database, users, one imported page.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/create-client";
import { importPageFile } from "@/lib/ingest/import-files";
import { FIXTURES_DIR } from "@/lib/ingest/__fixtures__/support";
import { ensureDefaultTopics } from "@/lib/topics/rules-store";
import { DEFAULT_TAXONOMY } from "@/lib/topics/taxonomy";

/** Empties every table the admin writes; topics (the taxonomy) stay. */
export async function resetDatabase(db: Database): Promise<void> {
  await db.$executeRaw`TRUNCATE users, sessions, login_attempts, audit_log, pages, articles, article_revisions, people RESTART IDENTITY CASCADE`;
}

export interface TestUser {
  id: number;
  email: string;
  password: string;
}

export async function insertUser(db: Database, options: { role?: "admin" | "editor"; isDisabled?: boolean } = {}): Promise<TestUser> {
  const email = `user-${randomBytes(4).toString("hex")}@example.com`;
  const password = `password-${randomBytes(6).toString("hex")}`;
  const user = await db.user.create({
    data: { email, passwordHash: await hashPassword(password), role: options.role ?? "editor", isDisabled: options.isDisabled ?? false },
    select: { id: true },
  });
  return { id: user.id, email, password };
}

/** Imports a fixture page (three articles, first revisions by the importer); returns the article ids. */
export async function importFixturePage(db: Database): Promise<number[]> {
  const result = await importPageFile(db, { file: `${FIXTURES_DIR}/page-2022-03-06.txt`, date: "2022-03-06" });
  if (result.outcome === "rejected") throw new Error(result.reason);
  const articles = await db.article.findMany({ orderBy: { id: "asc" }, select: { id: true } });
  return articles.map((article) => article.id);
}

/** Row counts of the tables an admin action may write, to prove that a refused call wrote nothing. */
export async function contentCounts(db: Database) {
  const [articles, revisions, audit, users, pages, people, articleTopics, sessions] = await Promise.all([
    db.article.count(), db.articleRevision.count(), db.auditLog.count(), db.user.count(), db.page.count(), db.person.count(), db.articleTopic.count(), db.session.count(),
  ]);
  const versions = await db.article.aggregate({ _sum: { version: true } });
  const disabled = await db.user.count({ where: { isDisabled: true } });
  // Renames, title fixes and rule edits change no count: digests of the rows catch them.
  const [digests] = await db.$queryRaw<[{ peopleDigest: string | null; mentionsDigest: string | null; topicsDigest: string | null }]>`
    SELECT (SELECT string_agg(concat_ws(':', id, name, kind, slug), ',' ORDER BY id) FROM people) AS "peopleDigest",
           (SELECT string_agg(concat_ws(':', article_id, person_id, array_to_string(titles, '、'), position), ',' ORDER BY article_id, person_id) FROM article_officials) AS "mentionsDigest",
           (SELECT string_agg(concat_ws(':', slug, name, description, rules::text), ',' ORDER BY id) FROM topics) AS "topicsDigest"`;
  return { articles, revisions, audit, users, pages, people, articleTopics, sessions, versionSum: versions._sum.version ?? 0, disabled, ...digests };
}

/** The default taxonomy as it ships (names, descriptions, rules), for tests that edit topics. */
export async function restoreDefaultTopics(db: Database): Promise<void> {
  await ensureDefaultTopics(db);
  for (const topic of DEFAULT_TAXONOMY) {
    await db.topic.update({ where: { slug: topic.slug }, data: { name: topic.name, description: topic.description, rules: topic.rules as unknown as object[] } });
  }
}
