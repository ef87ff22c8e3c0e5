// Officials named in e2e articles, written straight into an admin e2e server's database (as
// the importer would link them), and a look at the stored rows afterwards.
import { randomInt } from "node:crypto";
import pg from "pg";

/** Rare characters, so generated names collide with nothing the seed pages print. */
const RARE = "鹂鹈鸾麒麟貔貅饕餮魑魅魍魉夔犼狻猊";

export function rareName(length = 3): string {
  return Array.from({ length }, () => RARE[randomInt(RARE.length)]).join("");
}

export async function query<Row extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Names `name` as an official in the article (creating the person when new); returns the person's id. */
export async function nameOfficial(databaseUrl: string, options: { articleId: number; name: string; titles?: string[]; position?: number }): Promise<number> {
  const [person] = await query<{ id: number }>(
    databaseUrl,
    `INSERT INTO people (name, slug, kind, updated_at) VALUES ($1, $1, 'official', now())
     ON CONFLICT (name, kind) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [options.name],
  );
  await query(
    databaseUrl,
    `INSERT INTO article_officials (article_id, person_id, titles, jurisdiction, actions, count, position) VALUES ($1, $2, $3, '永康', '{出席}', 1, $4)`,
    [options.articleId, person!.id, options.titles ?? [], options.position ?? 0],
  );
  return person!.id;
}
