// Re-runs the topic rules over stored articles (after an editor changed them). Manual
// assignments stay; rule-based ones are replaced, one transaction per batch.
import type { Database } from "@/lib/db/create-client";
import { loadScorableTopics } from "./rules-store";
import { scoreTopics } from "./score-topics";

const BATCH = 500;

export interface ReassignSummary {
  articles: number;
  assignments: number;
}

export async function reassignTopics(db: Database, onProgress?: (done: number, total: number) => void): Promise<ReassignSummary> {
  const topics = await loadScorableTopics(db);
  const topicIds = new Map((await db.topic.findMany({ select: { id: true, slug: true } })).map((topic) => [topic.slug, topic.id]));
  const total = await db.article.count();
  const summary: ReassignSummary = { articles: 0, assignments: 0 };
  let afterId = 0;

  for (;;) {
    const articles = await db.article.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, kicker: true, title: true, subtitle: true, body: true },
    });
    if (articles.length === 0) break;
    const rows = articles.flatMap((article) =>
      scoreTopics(article, topics).flatMap(({ slug, score }) => {
        const topicId = topicIds.get(slug);
        return topicId === undefined ? [] : [{ articleId: article.id, topicId, score }];
      }),
    );
    const ids = articles.map((article) => article.id);
    await db.$transaction([
      db.articleTopic.deleteMany({ where: { articleId: { in: ids }, isManual: false } }),
      db.articleTopic.createMany({ data: rows, skipDuplicates: true }),
    ]);
    summary.articles += articles.length;
    summary.assignments += rows.length;
    afterId = ids.at(-1) ?? afterId;
    onProgress?.(summary.articles, total);
  }
  return summary;
}
