// The mix of reader requests the load scripts send, built from what the database holds, so
// every URL exists and a healthy app answers each one 200.
import pg from "pg";

export interface RouteMix {
  /** Picks the next path (weights below). */
  next(): string;
  /** Every kind of route once, for sweeps. */
  samples(): string[];
}

const SEARCH_WORDS = ["永康", "数字经济", "乡村振兴", "高质量发展", "疫情防控", "五金", "共同富裕", "项目"];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const q = encodeURIComponent;

async function rows<Row extends pg.QueryResultRow>(client: pg.Client, sql: string): Promise<Row[]> {
  return (await client.query<Row>(sql)).rows;
}

export async function loadRouteMix(databaseUrl: string): Promise<RouteMix> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const published = "a.status = 'published'";
    const articles = (await rows<{ id: number }>(client, `SELECT id FROM articles a WHERE ${published} ORDER BY random() LIMIT 1000`)).map((row) => row.id);
    const officials = await rows<{ slug: string; name: string }>(
      client,
      `SELECT DISTINCT p.slug, p.name FROM people p JOIN article_officials ao ON ao.person_id = p.id JOIN articles a ON a.id = ao.article_id
       WHERE p.kind = 'official' AND ao.jurisdiction <> 'national' AND ${published} LIMIT 300`,
    );
    const reporters = await rows<{ slug: string; name: string }>(
      client,
      `SELECT DISTINCT p.slug, p.name FROM people p JOIN article_bylines ab ON ab.person_id = p.id JOIN articles a ON a.id = ab.article_id
       WHERE p.kind = 'journalist' AND ${published} LIMIT 300`,
    );
    const topics = (await rows<{ slug: string }>(client, `SELECT slug FROM topics`)).map((row) => row.slug);
    const years = (await rows<{ year: number }>(client, `SELECT DISTINCT extract(year FROM date)::int AS year FROM articles a WHERE ${published}`)).map((row) => row.year);
    if (!articles.length || !officials.length || !reporters.length || !topics.length) throw new Error("The database has too few published articles for a realistic mix.");

    const routes: Array<[weight: number, build: () => string]> = [
      [12, () => "/"],
      [6, () => `/?year=${pick(years)}`],
      [6, () => `/?official=${q(pick(officials).name)}`],
      [4, () => `/?topic=${q(pick(topics))}`],
      [3, () => `/?reporter=${q(pick(reporters).name)}&kind=news`],
      [22, () => `/articles/${pick(articles)}`],
      [8, () => `/officials/${q(pick(officials).slug)}`],
      [6, () => `/topics/${q(pick(topics))}`],
      [4, () => `/reporters/${q(pick(reporters).slug)}`],
      [2, () => pick(["/officials", "/topics", "/reporters"])],
      [8, () => `/api/articles?limit=20&year=${pick(years)}`],
      [4, () => `/api/articles?official=${q(pick(officials).name)}`],
      [8, () => (Math.random() < 0.5 ? `/api/articles?q=${q(pick(SEARCH_WORDS))}` : `/?q=${q(pick(SEARCH_WORDS))}`)],
      [7, () => `/api/articles?limit=20&page=${1 + Math.floor(Math.random() * 5)}`],
    ];
    const total = routes.reduce((sum, [weight]) => sum + weight, 0);
    return {
      next() {
        let roll = Math.random() * total;
        for (const [weight, build] of routes) {
          roll -= weight;
          if (roll < 0) return build();
        }
        return "/";
      },
      samples: () => routes.map(([, build]) => build()),
    };
  } finally {
    await client.end();
  }
}
