// npm run bench:explain [-- --articles 100000]
// EXPLAIN (ANALYZE, BUFFERS) of the statements the list, a filtered list, a deep page and an article
// page run, on the benchmark's corpus (npm run bench loads it). The statements are captured from the
// app's own query functions through Prisma's query log, so what is explained is what the pages run.
// Run with the react-server condition (package.json does), as the app's server modules expect.
import { parseArgs } from "node:util";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { openBenchDatabase } from "./bench/bench-database";

const { values } = parseArgs({ options: { articles: { type: "string", default: "100000" } } });
const database = await openBenchDatabase({ articles: Number(values.articles), isFresh: false, sharedBuffers: "1GB" });

const captured: { query: string; params: string }[] = [];
const logged = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }), log: [{ emit: "event", level: "query" }] });
logged.$on("query", (event) => captured.push({ query: event.query, params: event.params }));
(globalThis as unknown as { db: unknown }).db = logged;

const { parseArticleFilters } = await import("@/lib/articles/filters");
const { getArticleListing } = await import("@/lib/articles/listing");
const { getArticle } = await import("@/lib/articles/queries");

const client = new pg.Client({ connectionString: database.url });
await client.connect();
const [busy] = (
  await client.query<{ name: string; year: number }>(
    `SELECT p.name, (SELECT extract(year FROM a.date)::int FROM articles a JOIN article_officials x ON x.article_id = a.id
       WHERE x.person_id = p.id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS year
       FROM people p JOIN article_officials o ON o.person_id = p.id WHERE p.kind = 'official' AND o.jurisdiction <> 'national'
      GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`,
  )
).rows;
const [article] = (await client.query<{ id: number }>("SELECT id FROM articles WHERE status = 'published' ORDER BY id DESC LIMIT 1 OFFSET 500")).rows;

const pages: [string, () => Promise<unknown>][] = [
  ["list /", () => getArticleListing(parseArticleFilters(new URLSearchParams()))],
  [`list ?official=${busy?.name}&year=${busy?.year}`, () => getArticleListing(parseArticleFilters(new URLSearchParams({ official: busy?.name ?? "", year: String(busy?.year ?? 2022) })))],
  ["list ?page=2000", () => getArticleListing(parseArticleFilters(new URLSearchParams({ page: "2000" })))],
  [`article /articles/${article?.id}`, () => getArticle(article?.id ?? 1)],
];
for (const [label, run] of pages) {
  await run(); // warm
  captured.length = 0;
  const started = performance.now();
  await run();
  console.log(`\n## ${label}: ${captured.length} statements, ${(performance.now() - started).toFixed(1)} ms in all\n`);
  for (const { query, params } of captured) {
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, JSON.parse(params) as unknown[]);
    const lines = plan.rows.map((row: Record<string, string>) => row["QUERY PLAN"]);
    console.log(query.length > 400 ? `${query.slice(0, 400)}…` : query);
    console.log(lines.map((line) => `    ${line}`).join("\n"));
  }
}
await client.end();
await logged.$disconnect();
await database.server.stop();
process.exit(0);
