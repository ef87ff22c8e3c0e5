// The routes `npm run bench` measures, with URLs picked from the loaded corpus.
import pg from "pg";

export interface BenchRoute {
  key: string;
  label: string;
  /** Cycled through by every connection; several URLs where readers spread over many pages. */
  paths: string[];
  /** The p95 aim at 20 connections (ms), and whether the route must reach half the floor's req/s. */
  target?: { p95: number; halfFloor: boolean };
}

const query = async <Row extends pg.QueryResultRow>(client: pg.Client, sql: string, params: unknown[] = []) => (await client.query<Row>(sql, params)).rows;

export async function benchRoutes(databaseUrl: string): Promise<BenchRoute[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [busy] = await query<{ name: string; slug: string }>(
      client,
      `SELECT p.name, p.slug FROM people p JOIN article_officials o ON o.person_id = p.id
        WHERE p.kind = 'official' AND o.jurisdiction <> 'national' GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`,
    );
    if (!busy) throw new Error("The benchmark database has no officials: load the corpus first.");
    const [busiestYear] = await query<{ year: number }>(
      client,
      `SELECT extract(year FROM a.date)::int AS year FROM articles a JOIN article_officials o ON o.article_id = a.id
        JOIN people p ON p.id = o.person_id WHERE p.name = $1 AND a.status = 'published' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      [busy.name],
    );
    const officials = await query<{ slug: string }>(
      client,
      `SELECT p.slug FROM people p JOIN article_officials o ON o.person_id = p.id
        WHERE p.kind = 'official' AND o.jurisdiction <> 'national' GROUP BY p.id ORDER BY count(*) DESC LIMIT 10`,
    );
    const articles = await query<{ id: number }>(client, `SELECT id FROM articles WHERE status = 'published' ORDER BY md5(id::text) LIMIT 50`);
    const [{ count }] = (await query<{ count: string }>(client, `SELECT count(*) FROM articles WHERE status = 'published'`)) as [{ count: string }];
    const deepPage = Math.max(1, Math.min(2_000, Math.floor(Number(count) / 20)));
    const months = await query<{ month: string }>(
      client,
      `SELECT to_char(date, 'YYYY/MM') AS month FROM articles WHERE status = 'published' GROUP BY 1 ORDER BY count(*) DESC LIMIT 5`,
    );
    const name = encodeURIComponent(busy.name);
    const year = busiestYear?.year ?? 2022;
    const fast = { p95: 50, halfFloor: true };
    return [
      { key: "floor", label: "floor: GET /api/ping (a constant)", paths: ["/api/ping"] },
      { key: "list", label: "list /", paths: ["/"], target: fast },
      { key: "filtered", label: `list ?official=${busy.name}&year=${year}`, paths: [`/?official=${name}&year=${year}`], target: fast },
      { key: "deep", label: `list ?page=${deepPage}`, paths: [`/?page=${deepPage}`], target: fast },
      { key: "article", label: "article /articles/[id] (50 ids)", paths: articles.map((row) => `/articles/${row.id}`), target: fast },
      { key: "official", label: "official /officials/[slug] (10 officials)", paths: officials.map((row) => `/officials/${encodeURIComponent(row.slug)}`), target: fast },
      { key: "archive", label: "archive month /archive/YYYY/MM (5 months)", paths: months.map((row) => `/archive/${row.month}`), target: fast },
      {
        key: "search",
        label: "search /?q= (3 queries)",
        paths: ["章旭升", "数字化改革", '"除险保安"'].map((q) => `/?q=${encodeURIComponent(q)}`),
        target: { p95: 150, halfFloor: false },
      },
      { key: "api", label: "GET /api/articles", paths: ["/api/articles", `/api/articles?official=${name}&year=${year}`] },
      { key: "feed", label: "GET /feed.xml", paths: ["/feed.xml"] },
    ];
  } finally {
    await client.end();
  }
}
