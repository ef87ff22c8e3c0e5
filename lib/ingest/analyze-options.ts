// Loads what the extractors need from the archive: confirmed officials and the topic rules.
import type { Database } from "@/lib/db/create-client";
import type { AnalyzeOptions } from "./analyze-article";

export async function loadAnalyzeOptions(db: Database): Promise<AnalyzeOptions> {
  const officials = await db.person.findMany({ where: { kind: "official" }, select: { name: true } });
  return { knownNames: officials.map((official) => official.name) };
}
