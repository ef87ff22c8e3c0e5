// Prepares what the extractors need from the archive: confirmed officials and the topic rules
// (adding the default topics to a database that lacks them).
import type { Database } from "@/lib/db/create-client";
import { ensureDefaultTopics, loadScorableTopics } from "@/lib/topics/rules-store";
import { scoreTopics } from "@/lib/topics/score-topics";
import type { AnalyzeOptions } from "./analyze-article";

export async function prepareAnalyzeOptions(db: Database): Promise<AnalyzeOptions> {
  await ensureDefaultTopics(db);
  const [officials, topics] = await Promise.all([
    db.person.findMany({ where: { kind: "official" }, select: { name: true } }),
    loadScorableTopics(db),
  ]);
  return {
    knownNames: officials.map((official) => official.name),
    classifyTopics: (article) => scoreTopics(article, topics).map(({ slug, score }) => ({ slug, score })),
  };
}
