// The benchmark's database: an embedded PostgreSQL kept under .data/bench/<articles>, loaded with the
// synthetic corpus once and reused by later runs (loading 100,000 articles takes minutes).
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { findFreePort, startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { CORPUS_HASH_PREFIX, loadCorpus } from "../support/corpus-load";
import { ROOT } from "../support/database";
import { createProgressBar } from "../support/progress";

export interface BenchDatabase {
  url: string;
  server: EmbeddedDatabase;
}

async function corpusSize(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM articles WHERE content_hash LIKE '${CORPUS_HASH_PREFIX}%'`);
    return Number(rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(options: { articles: number; isFresh: boolean; sharedBuffers: string }): Promise<BenchDatabase> {
  const dataDir = path.join(ROOT, ".data/bench", String(options.articles));
  if (options.isFresh) await rm(dataDir, { recursive: true, force: true });
  await mkdir(path.dirname(dataDir), { recursive: true });
  const isNew = !existsSync(path.join(dataDir, "PG_VERSION"));
  const port = await findFreePort();
  let server = await startEmbeddedDatabase({ dataDir, port });
  await server.ensureDatabase("bench");
  const url = server.urlFor("bench");
  await applyMigrations(url);

  const loaded = isNew ? 0 : await corpusSize(url);
  if (loaded !== options.articles) {
    const progress = createProgressBar(options.articles, "Loading corpus");
    const summary = await loadCorpus({ url, articles: options.articles, onProgress: (done) => progress.update(done) });
    console.log(`Loaded ${options.articles} synthetic articles in ${summary.seconds.toFixed(0)} s.`);
  } else {
    console.log(`Reusing the corpus of ${loaded} articles in ${path.relative(ROOT, dataDir)} (--fresh reloads it).`);
  }

  // shared_buffers takes a restart.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ shared_buffers: string }>("SELECT current_setting('shared_buffers') AS shared_buffers");
  if (rows[0]?.shared_buffers !== options.sharedBuffers) {
    await client.query(`ALTER SYSTEM SET shared_buffers = ${pg.escapeLiteral(options.sharedBuffers)}`);
    await client.end();
    await server.stop();
    server = await startEmbeddedDatabase({ dataDir, port });
  } else {
    await client.end();
  }
  return { url, server };
}
