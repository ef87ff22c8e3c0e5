// Writes articles' search vectors. Callers that change an article's text, date or kind call
// reindexArticles in the same transaction (the importer does; the admin editor must), so the index
// is never stale.
import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildSearchDocument } from "./build-document";
import { addDictionaryWords } from "./segmenter";

type Tx = Prisma.TransactionClient;

const BATCH = 500;

let hasLoadedPeople = false;

/** Every official's and journalist's name into the segmenter's dictionary, once per process. */
async function loadPeopleIntoDictionary(tx: Tx): Promise<void> {
  if (hasLoadedPeople) return;
  addDictionaryWords((await tx.person.findMany({ select: { name: true } })).map((person) => person.name));
  hasLoadedPeople = true;
}

/** Rebuilds the search vectors of these articles from their current text. */
export async function reindexArticles(tx: Tx, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await loadPeopleIntoDictionary(tx);
  const articles = await tx.article.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true, kind: true, kicker: true, title: true, subtitle: true, body: true, date: true, reporters: true,
      officials: { select: { person: { select: { name: true } } } },
    },
  });
  // Known names segment as words (章旭升, not 章/旭/升), which lets whole-name matches rank first;
  // people created since the first load are added here.
  addDictionaryWords(articles.flatMap((article) => [...article.officials.map((official) => official.person.name), ...article.reporters]));
  const documents = articles.map((article) => ({ id: article.id, ...buildSearchDocument(article) }));
  await tx.$executeRaw`
    UPDATE articles AS a
       SET search_vector = setweight(to_tsvector('simple', d.headline), 'A') || setweight(to_tsvector('simple', d.body), 'B')
      FROM unnest(${documents.map((d) => d.id)}::int[], ${documents.map((d) => d.headline)}::text[], ${documents.map((d) => d.body)}::text[])
           AS d(id, headline, body)
     WHERE a.id = d.id`;
}

export interface ReindexAllOptions {
  /** Only articles that have no vector yet (after the migration, or rows written by other tools). */
  onlyMissing?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Rebuilds the vectors of every article (or every one lacking one), in batches; returns how many. */
export async function reindexAllArticles(db: Database, options: ReindexAllOptions = {}): Promise<number> {
  const onlyMissing = options.onlyMissing ?? false;
  const [{ total }] = await db.$queryRaw<[{ total: number }]>`
    SELECT count(*)::int AS total FROM articles WHERE NOT ${onlyMissing} OR search_vector IS NULL`;
  let done = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT id FROM articles WHERE id > ${afterId} AND (NOT ${onlyMissing} OR search_vector IS NULL) ORDER BY id LIMIT ${BATCH}`;
    if (rows.length === 0) break;
    const ids = rows.map((row) => row.id);
    await reindexArticles(db, ids);
    done += ids.length;
    afterId = ids.at(-1) ?? afterId;
    options.onProgress?.(done, total);
  }
  return done;
}
