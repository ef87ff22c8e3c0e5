// Articles related to one: those sharing the most local officials and topics with it.
import "server-only";
import { db } from "@/lib/db/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";

export interface RelatedArticle {
  id: number;
  kind: ArticleKind;
  kicker: string | null;
  title: string | null;
  /** YYYY-MM-DD */
  date: string;
  /** Shared officials and topics: the score is their total. */
  sharedOfficials: string[];
  sharedTopics: string[];
}

export const RELATED_LIMIT = 5;
/** Candidates per shared official or topic, on each side of the article in id (≈ import) order. */
const WINDOW = 200;
const MAX_OFFICIALS = 20;
const MAX_TOPICS = 10;

interface ScoredRow {
  id: number;
}

/**
 * Score = shared local officials + shared topics (national leaders, named in most articles, say
 * nothing about relatedness); ties newest first. The work is bounded whatever the archive's size:
 * each of at most 20 officials and 10 topics contributes at most 2 × 200 candidates, read from the
 * (person_id, article_id) and (topic_id, article_id) indexes; candidates are then scored exactly.
 */
export async function listRelatedArticles(articleId: number, limit = RELATED_LIMIT): Promise<RelatedArticle[]> {
  const scored = await db.$queryRaw<ScoredRow[]>`
    WITH my_people AS (
      SELECT person_id FROM article_officials
       WHERE article_id = ${articleId} AND jurisdiction <> 'national'
       ORDER BY position, person_id LIMIT ${MAX_OFFICIALS}
    ), my_topics AS (
      SELECT topic_id FROM article_topics WHERE article_id = ${articleId} ORDER BY score DESC, topic_id LIMIT ${MAX_TOPICS}
    ), candidates AS (
      SELECT c.article_id FROM my_people m CROSS JOIN LATERAL (
        (SELECT article_id FROM article_officials WHERE person_id = m.person_id AND article_id < ${articleId} ORDER BY article_id DESC LIMIT ${WINDOW})
        UNION ALL
        (SELECT article_id FROM article_officials WHERE person_id = m.person_id AND article_id > ${articleId} ORDER BY article_id ASC LIMIT ${WINDOW})
      ) c
      UNION
      SELECT c.article_id FROM my_topics m CROSS JOIN LATERAL (
        (SELECT article_id FROM article_topics WHERE topic_id = m.topic_id AND article_id < ${articleId} ORDER BY article_id DESC LIMIT ${WINDOW})
        UNION ALL
        (SELECT article_id FROM article_topics WHERE topic_id = m.topic_id AND article_id > ${articleId} ORDER BY article_id ASC LIMIT ${WINDOW})
      ) c
    )
    SELECT a.id,
      (SELECT count(*) FROM article_officials ao WHERE ao.article_id = a.id AND ao.person_id IN (SELECT person_id FROM my_people))
      + (SELECT count(*) FROM article_topics at WHERE at.article_id = a.id AND at.topic_id IN (SELECT topic_id FROM my_topics)) AS score
    FROM candidates c JOIN articles a ON a.id = c.article_id
    WHERE a.status = 'published'
    ORDER BY score DESC, a.date DESC, a.id ASC
    LIMIT ${limit}`;
  if (scored.length === 0) return [];

  const ids = scored.map((row) => row.id);
  const [mine, rows] = await Promise.all([
    db.article.findUnique({
      where: { id: articleId },
      // The same officials and topics the score counted.
      select: {
        officials: { where: { jurisdiction: { not: "national" } }, orderBy: [{ position: "asc" }, { personId: "asc" }], take: MAX_OFFICIALS, select: { personId: true } },
        topics: { orderBy: [{ score: "desc" }, { topicId: "asc" }], take: MAX_TOPICS, select: { topicId: true } },
      },
    }),
    db.article.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        kind: true,
        kicker: true,
        title: true,
        date: true,
        officials: { orderBy: { position: "asc" }, select: { personId: true, person: { select: { name: true } } } },
        topics: { orderBy: { score: "desc" }, select: { topicId: true, topic: { select: { name: true } } } },
      },
    }),
  ]);
  const myPeople = new Set(mine?.officials.map((official) => official.personId));
  const myTopics = new Set(mine?.topics.map((topic) => topic.topicId));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        kind: row.kind,
        kicker: row.kicker,
        title: row.title,
        date: row.date.toISOString().slice(0, 10),
        sharedOfficials: row.officials.filter((official) => myPeople.has(official.personId)).map((official) => official.person.name),
        sharedTopics: row.topics.filter((topic) => myTopics.has(topic.topicId)).map((topic) => topic.topic.name),
      },
    ];
  });
}
