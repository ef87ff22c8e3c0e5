// Loads a synthetic corpus (corpus-material.ts) into a database quickly: large batches through
// `pg` (one multi-row INSERT … SELECT FROM jsonb_to_recordset per table and batch), two batches
// in flight so that Node generates the next while PostgreSQL builds the search vectors of this one.
// Corpus articles have no page and a content_hash starting with "corpus:"; loading again replaces them.
import { createHash } from "node:crypto";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import { buildSearchDocument } from "@/lib/search/build-document";
import { addDictionaryWords } from "@/lib/search/segmenter";
import { ensureDefaultTopics, loadScorableTopics } from "@/lib/topics/rules-store";
import { scoreTopics } from "@/lib/topics/score-topics";
import { generateArticle, loadCorpusMaterial, type CorpusArticle } from "./corpus-material";

export interface LoadCorpusOptions {
  url: string;
  articles: number;
  seed?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface CorpusSummary {
  articles: number;
  removed: number;
  seconds: number;
}

export const CORPUS_HASH_PREFIX = "corpus:";
const SEARCH_INDEX = "articles_search_vector_idx";
/** Below this many articles the GIN index is kept during the load; above, rebuilding it once is faster. */
const REBUILD_INDEX_FROM = 5_000;

export async function loadCorpus(options: LoadCorpusOptions): Promise<CorpusSummary> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const batchSize = options.batchSize ?? 1_000;
  const material = await loadCorpusMaterial();

  const prisma = createPrismaClient(options.url, { max: 2 });
  await ensureDefaultTopics(prisma);
  const topics = await loadScorableTopics(prisma);
  const topicIds = new Map((await prisma.topic.findMany({ select: { id: true, slug: true } })).map((topic) => [topic.slug, topic.id]));
  await prisma.$disconnect();

  const pool = new pg.Pool({ connectionString: options.url, max: 2 });
  try {
    const removed = (await pool.query(`DELETE FROM articles WHERE page_id IS NULL AND content_hash LIKE '${CORPUS_HASH_PREFIX}%'`)).rowCount ?? 0;
    const people = await ensurePeople(pool, material.officials.map((o) => o.name), material.reporters.map((r) => r.name));
    addDictionaryWords([...people.keys()].map((key) => key.slice(key.indexOf(":") + 1)));

    const rebuildIndex = options.articles >= REBUILD_INDEX_FROM;
    if (rebuildIndex) await pool.query(`DROP INDEX IF EXISTS ${SEARCH_INDEX}`);
    try {
      let done = 0;
      const inFlight = new Set<Promise<void>>();
      for (let start = 0; start < options.articles; start += batchSize) {
        const count = Math.min(batchSize, options.articles - start);
        const batch = Array.from({ length: count }, (_, i) => generateArticle(material, { seed, index: start + i, total: options.articles }));
        const rows = batch.map((article, i) => toRow(article, start + i, topics));
        const insert = insertBatch(pool, rows, people, topicIds).then(() => {
          done += count;
          options.onProgress?.(done, options.articles);
        });
        inFlight.add(insert);
        void insert.finally(() => inFlight.delete(insert)).catch(() => {});
        if (inFlight.size >= 2) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    } finally {
      if (rebuildIndex) {
        await pool.query("SET maintenance_work_mem = '256MB'");
        await pool.query(`CREATE INDEX IF NOT EXISTS ${SEARCH_INDEX} ON articles USING GIN (search_vector)`);
      }
    }
    await pool.query("VACUUM ANALYZE articles, article_officials, article_bylines, article_topics, people");
    return { articles: options.articles, removed, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pool.end();
  }
}

interface Row {
  article: CorpusArticle;
  position: number;
  hash: string;
  headline: string;
  body: string;
  topics: { slug: string; score: number }[];
}

function toRow(article: CorpusArticle, position: number, topics: Awaited<ReturnType<typeof loadScorableTopics>>): Row {
  const document = buildSearchDocument(article);
  return {
    article,
    position,
    hash: CORPUS_HASH_PREFIX + createHash("sha256").update(JSON.stringify(article)).digest("hex"),
    headline: document.headline,
    body: document.body,
    topics: scoreTopics(article, topics).map(({ slug, score }) => ({ slug, score })),
  };
}

/** Creates the corpus's officials and journalists that are missing; returns ids keyed "kind:name". */
async function ensurePeople(pool: pg.Pool, officials: string[], journalists: string[]): Promise<Map<string, number>> {
  const wanted = [...officials.map((name) => ({ name, kind: "official" })), ...journalists.map((name) => ({ name, kind: "journalist" }))];
  await pool.query(
    `INSERT INTO people (name, slug, kind, updated_at)
     SELECT p.name, p.name, p.kind::"PersonKind", now() FROM jsonb_to_recordset($1::jsonb) AS p(name text, kind text)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(wanted)],
  );
  const { rows } = await pool.query<{ id: number; name: string; kind: string }>(
    `SELECT id, name, kind::text FROM people WHERE (name, kind::text) IN (SELECT name, kind FROM jsonb_to_recordset($1::jsonb) AS p(name text, kind text))`,
    [JSON.stringify(wanted)],
  );
  return new Map(rows.map((row) => [`${row.kind}:${row.name}`, row.id]));
}

async function insertBatch(pool: pg.Pool, rows: Row[], people: Map<string, number>, topicIds: Map<string, number>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const articles = rows.map(({ article, position, hash, headline, body }) => ({
      position,
      kind: article.kind,
      kicker: article.kicker,
      title: article.title,
      subtitle: article.subtitle,
      bylines: article.bylines,
      reporters: article.bylines.map((byline) => byline.name),
      date: article.date,
      body: article.body,
      content_hash: hash,
      search_headline: headline,
      search_body: body,
    }));
    // The search vector expression is the one reindexArticles writes (lib/search/reindex.ts).
    const { rows: inserted } = await client.query<{ id: number; position: number }>(
      `INSERT INTO articles (position, kind, kicker, title, subtitle, bylines, reporters, date, body, content_hash, updated_at, search_vector)
       SELECT a.position, a.kind::"ArticleKind", a.kicker, a.title, a.subtitle, a.bylines, a.reporters, a.date, a.body, a.content_hash, now(),
              setweight(to_tsvector('simple', a.search_headline), 'A') || setweight(to_tsvector('simple', a.search_body), 'B')
         FROM jsonb_to_recordset($1::jsonb) AS a(position int, kind text, kicker text, title text, subtitle text, bylines jsonb,
                                                reporters text[], date date, body text, content_hash text, search_headline text, search_body text)
       RETURNING id, position`,
      [JSON.stringify(articles)],
    );
    const idByPosition = new Map(inserted.map((row) => [row.position, row.id]));
    const officials = rows.flatMap(({ article, position }) =>
      article.officials.flatMap((official, order) => {
        const personId = people.get(`official:${official.name}`);
        return personId === undefined
          ? []
          : [{ article_id: idByPosition.get(position), person_id: personId, titles: official.titles, jurisdiction: official.jurisdiction, actions: official.actions, count: official.count, position: order }];
      }),
    );
    const bylines = rows.flatMap(({ article, position }) =>
      article.bylines.map((byline, order) => ({
        article_id: idByPosition.get(position),
        person_id: people.get(`journalist:${byline.name}`),
        role: byline.role,
        organization: byline.organization,
        position: order,
      })),
    );
    const topics = rows.flatMap(({ topics, position }) =>
      topics.flatMap((topic) => {
        const topicId = topicIds.get(topic.slug);
        return topicId === undefined ? [] : [{ article_id: idByPosition.get(position), topic_id: topicId, score: topic.score }];
      }),
    );
    await client.query(
      `INSERT INTO article_officials (article_id, person_id, titles, jurisdiction, actions, count, position)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS o(article_id int, person_id int, titles text[], jurisdiction text, actions text[], count int, position int)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(officials)],
    );
    await client.query(
      `INSERT INTO article_bylines (article_id, person_id, role, organization, position)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS b(article_id int, person_id int, role text, organization text, position int)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(bylines)],
    );
    await client.query(
      `INSERT INTO article_topics (article_id, topic_id, score)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(article_id int, topic_id int, score float8)`,
      [JSON.stringify(topics)],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
