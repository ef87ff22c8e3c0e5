// Published articles per month for one official, topic or reporter (the profile pages' charts).
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MonthCount } from "./series";

/** Whose articles to count. Months are those of the articles' own dates, as the list's year/month filter uses. */
export type ChartSubject = { officialId: number } | { topicId: number } | { reporterId: number };

function subjectCondition(subject: ChartSubject): Prisma.Sql {
  if ("officialId" in subject) return Prisma.sql`EXISTS (SELECT 1 FROM article_officials ao WHERE ao.article_id = a.id AND ao.person_id = ${subject.officialId})`;
  if ("topicId" in subject) return Prisma.sql`EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic_id = ${subject.topicId})`;
  return Prisma.sql`EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id AND b.person_id = ${subject.reporterId})`;
}

/** Months with published articles of the subject, oldest first (months without any are left to buildSeries). */
export async function countArticlesPerMonth(subject: ChartSubject): Promise<MonthCount[]> {
  return db.$queryRaw<MonthCount[]>`
    SELECT to_char(a.date, 'YYYY-MM') AS month, count(*)::int AS articles
    FROM articles a
    WHERE a.status = 'published' AND ${subjectCondition(subject)}
    GROUP BY 1
    ORDER BY 1`;
}
