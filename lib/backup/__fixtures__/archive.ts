// A small archive with every kind of row a backup must carry: the seed pages (articles,
// revisions, officials, journalists, topics), editors' changes through the real mutations,
// a deleted article, a draft without a page, text that is hard to encode, a changed topic
// rule with a fractional weight, accounts, a session and sign-in attempts (those two are not
// backed up). Test files using it must mock "server-only".
import { insertUser, resetDatabase, type TestUser } from "@/lib/admin/__fixtures__/db-support";
import { changeArticleStatus, createArticle, updateArticle } from "@/lib/articles/mutations";
import { articleInputSchema } from "@/lib/articles/schema";
import type { Database } from "@/lib/db/create-client";
import { seedPages } from "@/lib/ingest/seed";

/** Quotes, a backslash, a tab, an emoji, an astral ideograph and a combining accent. */
export const AWKWARD_TITLE = "“引号”\"双引号\"\\反斜杠\t制表 😀 𠀀 e\u0301";

const EXTRA_TOPIC_SLUG = "backup-test-topic";

export interface FilledArchive {
  admin: TestUser;
  editor: TestUser;
}

export async function fillArchive(db: Database): Promise<FilledArchive> {
  await resetDatabase(db);
  const summary = await seedPages(db);
  if (summary.rejected > 0) throw new Error("a seed page was rejected");
  const admin = await insertUser(db, { role: "admin" });
  const editor = await insertUser(db);
  await insertUser(db, { isDisabled: true });

  const [first, second] = await db.article.findMany({ orderBy: { id: "asc" }, take: 2, include: { officials: { include: { person: true } } } });
  if (!first || !second) throw new Error("the seed pages gave fewer than two articles");
  const input = articleInputSchema.parse({
    kind: first.kind, kicker: first.kicker ?? "", title: AWKWARD_TITLE, subtitle: first.subtitle ?? "", reporters: first.reporters.join("、"),
    date: first.date.toISOString().slice(0, 10), pageId: String(first.pageId), body: `${first.body}\n\n编辑补充的一段：含有“引号”和 emoji 🎉。`,
    officials: first.officials.map((official) => official.person.name).join("、"), topics: ["party-building"],
  });
  await updateArticle({ id: first.id, input, expectedVersion: first.version, editorId: editor.id });
  await changeArticleStatus({ id: second.id, change: "delete", expectedVersion: second.version, editorId: admin.id });
  await createArticle({
    input: articleInputSchema.parse({ kind: "news", title: "没有版面的草稿", date: "2024-02-29", body: "第一段。\n\n第二段。", reporters: "新记者", officials: "章旭升" }),
    editorId: editor.id,
    isPublished: false,
  });

  const topic = await db.topic.create({
    data: { slug: EXTRA_TOPIC_SLUG, name: "备份测试主题", description: "只在备份测试中存在", rules: [{ keyword: "除险保安", weight: 2.5 }, { keyword: "安全", weight: 0.125 }], position: 999 },
  });
  await db.articleTopic.create({ data: { articleId: first.id, topicId: topic.id, score: 1 / 3, isManual: true } });
  await db.session.create({ data: { id: "f".repeat(64), userId: editor.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  await db.loginAttempt.createMany({ data: [{ email: editor.email, ip: "127.0.0.1", succeeded: true }, { email: "x@example.com", ip: "10.0.0.1", succeeded: false }] });
  return { admin, editor };
}

/** Empties what fillArchive wrote into the shared test database (the default topics stay). */
export async function emptyArchive(db: Database): Promise<void> {
  await resetDatabase(db);
  await db.topic.deleteMany({ where: { slug: EXTRA_TOPIC_SLUG } });
}
