// Editors' changes to the topic taxonomy: a topic's name, description and rules, and
// re-running the rules over the whole archive. Each is one transaction with its audit row.
import "server-only";
import { db } from "@/lib/db/client";
import { DuplicateError, NotFoundError, VersionConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeText } from "@/lib/topics/normalize";
import { loadScorableTopics } from "@/lib/topics/rules-store";
import { topicRuleSchema } from "@/lib/topics/schema";
import { scoreTopics } from "@/lib/topics/score-topics";
import { recordAudit } from "./audit";
import { diffRules, type TopicInput } from "./topic-schema";

const BATCH = 500;

export interface UpdateTopicOptions {
  topicId: number;
  input: TopicInput;
  /** The topic's updatedAt when the form was shown (ISO): a later one means someone saved meanwhile. */
  expectedUpdatedAt: string;
  editorId: number;
}

export interface UpdatedTopic {
  slug: string;
  updatedAt: string;
  /** The name shows on every article of the topic, so more pages change. */
  isNameChanged: boolean;
}

export async function updateTopic({ topicId, input, expectedUpdatedAt, editorId }: UpdateTopicOptions): Promise<UpdatedTopic> {
  return db.$transaction(async (tx) => {
    const topic = await tx.topic.findUnique({ where: { id: topicId }, select: { id: true, slug: true, name: true, description: true, rules: true, updatedAt: true } });
    if (!topic) throw new NotFoundError("topic", topicId);
    if (topic.updatedAt.toISOString() !== expectedUpdatedAt) throw new VersionConflictError({ expectedVersion: 0, current: null });
    const others = await tx.topic.findMany({ where: { id: { not: topicId } }, select: { name: true } });
    if (others.some((other) => normalizeText(other.name) === normalizeText(input.name))) throw new DuplicateError(`topic name ${input.name} is taken`);

    const updated = await tx.topic.update({
      where: { id: topicId },
      data: { name: input.name, description: input.description, rules: input.rules as unknown as Prisma.InputJsonValue },
      select: { updatedAt: true },
    });
    const changes = diffRules(topicRuleSchema.array().catch([]).parse(topic.rules), input.rules);
    await recordAudit(tx, {
      userId: editorId, action: "topic.update", targetType: "topic", targetId: topic.slug,
      details: {
        ...(topic.name !== input.name && { name: { from: topic.name, to: input.name } }),
        ...(topic.description !== input.description && { description: { from: topic.description, to: input.description } }),
        ...(changes as unknown as Prisma.InputJsonObject),
      },
    });
    return { slug: topic.slug, updatedAt: updated.updatedAt.toISOString(), isNameChanged: topic.name !== input.name };
  });
}

export interface ReassignResult {
  articles: number;
  /** Rule-based assignments after the run. */
  assignments: number;
  gained: number;
  lost: number;
}

const key = (articleId: number, topicId: number) => `${articleId}:${topicId}`;

/**
 * The current rules over every article, in one transaction (readers never see half a run).
 * Editors' manual assignments stay and win over a rule's; counts say what moved.
 */
export async function reassignAllTopics({ editorId }: { editorId: number }): Promise<ReassignResult> {
  return db.$transaction(
    async (tx) => {
      const topics = await loadScorableTopics(tx);
      const topicIds = new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((topic) => [topic.slug, topic.id]));
      const existing = await tx.articleTopic.findMany({ select: { articleId: true, topicId: true, isManual: true } });
      const before = new Set(existing.filter((row) => !row.isManual).map((row) => key(row.articleId, row.topicId)));
      const manual = new Set(existing.filter((row) => row.isManual).map((row) => key(row.articleId, row.topicId)));

      await tx.articleTopic.deleteMany({ where: { isManual: false } });
      const result: ReassignResult = { articles: 0, assignments: 0, gained: 0, lost: 0 };
      const after = new Set<string>();
      for (let afterId = 0; ; ) {
        const articles = await tx.article.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: BATCH, select: { id: true, kicker: true, title: true, subtitle: true, body: true } });
        if (articles.length === 0) break;
        const rows = articles.flatMap((article) =>
          scoreTopics(article, topics).flatMap(({ slug, score }) => {
            const topicId = topicIds.get(slug);
            return topicId === undefined || manual.has(key(article.id, topicId)) ? [] : [{ articleId: article.id, topicId, score }];
          }),
        );
        await tx.articleTopic.createMany({ data: rows });
        for (const row of rows) after.add(key(row.articleId, row.topicId));
        result.articles += articles.length;
        afterId = articles.at(-1)?.id ?? afterId;
      }
      result.assignments = after.size;
      result.gained = [...after].filter((entry) => !before.has(entry)).length;
      result.lost = [...before].filter((entry) => !after.has(entry)).length;
      await recordAudit(tx, { userId: editorId, action: "topic.reassign", targetType: "topic", details: { ...result } });
      return result;
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}
