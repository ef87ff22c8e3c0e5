// The mix of reader requests the load scripts send, built from what the database holds, so
// every URL exists and a healthy app answers each one 200.
import pg from "pg";

export interface RouteMix {
  /** Picks the next path (weights below). */
  next(): string;
  /** Every kind of route once, for sweeps. */
  samples(): string[];
  /**
   * Every list address the mix can ask for. The lists are cached per address (ISR, bounded):
   * a warm-up that visits each once fills the caches, so that memory measured afterwards shows
   * leaks rather than a cache filling up.
   */
  listPaths(): string[];
}

/** Officials and journalists the list filters name: a finite set the warm-up can visit. */
const LIST_PEOPLE = 40;

const SEARCH_WORDS = ["永康", "数字经济", "乡村振兴", "高质量发展", "疫情防控", "五金", "共同富裕", "项目"];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
/** Readers ask for the most named people and topics far more often: items come most popular first. */
const pickPopular = <T>(items: readonly T[]): T => items[Math.floor(Math.random() ** 2 * items.length)]!;
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
      `SELECT p.slug, p.name FROM people p JOIN article_officials ao ON ao.person_id = p.id JOIN articles a ON a.id = ao.article_id
       WHERE p.kind = 'official' AND ao.jurisdiction <> 'national' AND ${published} GROUP BY p.id ORDER BY count(*) DESC LIMIT 300`,
    );
    const reporters = await rows<{ slug: string; name: string }>(
      client,
      `SELECT p.slug, p.name FROM people p JOIN article_bylines ab ON ab.person_id = p.id JOIN articles a ON a.id = ab.article_id
       WHERE p.kind = 'journalist' AND ${published} GROUP BY p.id ORDER BY count(*) DESC LIMIT 300`,
    );
    const topics = (await rows<{ slug: string }>(
      client,
      `SELECT t.slug FROM topics t LEFT JOIN article_topics at ON at.topic_id = t.id GROUP BY t.id ORDER BY count(at.article_id) DESC`,
    )).map((row) => row.slug);
    const years = (await rows<{ year: number }>(client, `SELECT DISTINCT extract(year FROM date)::int AS year FROM articles a WHERE ${published}`)).map((row) => row.year);
    // The archive's issues: the days the imported pages came out (YYYY/MM/DD).
    const issues = (await rows<{ day: string }>(client, `SELECT DISTINCT to_char(date, 'YYYY/MM/DD') AS day FROM pages`)).map((row) => row.day);
    if (!articles.length || !officials.length || !reporters.length || !topics.length || !issues.length) throw new Error("The database has too few published articles for a realistic mix.");

    const lists = {
      year: years.map((year) => `/?year=${year}`),
      official: officials.slice(0, LIST_PEOPLE).map((official) => `/?official=${q(official.name)}`),
      topic: topics.map((topic) => `/?topic=${q(topic)}`),
      reporter: reporters.slice(0, LIST_PEOPLE).map((reporter) => `/?reporter=${q(reporter.name)}&kind=news`),
      search: SEARCH_WORDS.map((word) => `/?q=${q(word)}`),
    };
    const routes: Array<[weight: number, build: () => string]> = [
      [12, () => "/"],
      [6, () => pick(lists.year)],
      [6, () => pickPopular(lists.official)],
      [4, () => pickPopular(lists.topic)],
      [3, () => pickPopular(lists.reporter)],
      [22, () => `/articles/${pick(articles)}`],
      [8, () => `/officials/${q(pickPopular(officials).slug)}`],
      [6, () => `/topics/${q(pickPopular(topics))}`],
      [4, () => `/reporters/${q(pickPopular(reporters).slug)}`],
      [2, () => pick(["/officials", "/topics", "/reporters", "/archive"])],
      [2, () => `/archive/${pick(issues).slice(0, 4)}`],
      [2, () => `/archive/${pick(issues)}`],
      [8, () => `/api/articles?limit=20&year=${pick(years)}`],
      [4, () => `/api/articles?official=${q(pickPopular(officials).name)}`],
      [8, () => (Math.random() < 0.5 ? `/api/articles?q=${q(pick(SEARCH_WORDS))}` : pick(lists.search))],
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
      listPaths: () => ["/", ...Object.values(lists).flat()],
    };
  } finally {
    await client.end();
  }
}
