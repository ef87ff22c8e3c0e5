// Imports the seed pages listed in seeds/manifest.json.
import type { Database } from "@/lib/db/create-client";
import { importPageFiles, type ImportSummary } from "./import-files";
import { readSeedManifest } from "./manifest";

export async function seedPages(db: Database): Promise<ImportSummary> {
  return importPageFiles(db, await readSeedManifest());
}

/** Seeds only a database that holds no article yet (first start). */
export async function seedIfEmpty(db: Database): Promise<ImportSummary | null> {
  if ((await db.article.count()) > 0) return null;
  return seedPages(db);
}
