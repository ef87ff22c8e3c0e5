// The topic taxonomy in the database: default topics added once, rules read back for scoring.
import { z } from "zod";
import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { topicRuleSchema } from "./schema";
import type { ScorableTopic } from "./score-topics";
import { DEFAULT_TAXONOMY } from "./taxonomy";

/** Adds the default topics the database lacks (by slug); never touches a topic an editor changed. */
export async function ensureDefaultTopics(db: Database): Promise<void> {
  await db.topic.createMany({
    data: DEFAULT_TAXONOMY.map((topic, position) => ({
      slug: topic.slug,
      name: topic.name,
      description: topic.description,
      rules: topic.rules as unknown as Prisma.InputJsonValue,
      position,
    })),
    skipDuplicates: true,
  });
}

const storedRulesSchema = z.array(topicRuleSchema).catch([]);

/** Anything that reads topics: the client or a transaction (the admin re-runs the rules in one). */
type TopicReader = Pick<Prisma.TransactionClient, "topic">;

/** The topics with their current rules, as the scorer reads them. */
export async function loadScorableTopics(db: TopicReader): Promise<ScorableTopic[]> {
  const topics = await db.topic.findMany({ orderBy: { position: "asc" }, select: { slug: true, rules: true } });
  return topics.map((topic) => ({ slug: topic.slug, rules: storedRulesSchema.parse(topic.rules) }));
}
