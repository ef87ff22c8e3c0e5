// Who appears with an official: the officials named in the same published articles and how
// often they appear with each other there (the official page's network and its table).
import "server-only";
import { db } from "@/lib/db/client";
import { NATIONAL } from "./queries";

export const NETWORK_SIZE = 15;

export interface CoAppearance {
  id: number;
  name: string;
  slug: string;
  /** Published articles naming both this official and the centre. */
  shared: number;
}

export interface CoAppearanceEdge {
  /** Person ids, source < target. */
  source: number;
  target: number;
  /** Articles of the centre that name both. */
  weight: number;
}

export interface CoAppearanceNetwork {
  /** Most shared articles first, then by name; national leaders left out. */
  neighbours: CoAppearance[];
  /** Among the neighbours, counted within the centre's articles so the picture stays about the centre. */
  edges: CoAppearanceEdge[];
}

export async function getCoAppearanceNetwork(personId: number, limit = NETWORK_SIZE): Promise<CoAppearanceNetwork> {
  const neighbours = await db.$queryRaw<CoAppearance[]>`
    WITH mine AS (
      SELECT ao.article_id FROM article_officials ao JOIN articles a ON a.id = ao.article_id
      WHERE ao.person_id = ${personId} AND a.status = 'published'
    )
    SELECT p.id, p.name, p.slug, count(*)::int AS shared
    FROM mine
    JOIN article_officials ao ON ao.article_id = mine.article_id
    JOIN people p ON p.id = ao.person_id
    WHERE ao.person_id <> ${personId} AND ao.jurisdiction <> ${NATIONAL}
    GROUP BY p.id
    ORDER BY shared DESC, p.name, p.id
    LIMIT ${limit}`;
  // Equal counts read in pinyin order; the cut above only needs to be stable.
  neighbours.sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name, "zh-CN"));
  if (neighbours.length < 2) return { neighbours, edges: [] };

  const ids = neighbours.map((neighbour) => neighbour.id);
  const edges = await db.$queryRaw<CoAppearanceEdge[]>`
    WITH mine AS (
      SELECT ao.article_id FROM article_officials ao JOIN articles a ON a.id = ao.article_id
      WHERE ao.person_id = ${personId} AND a.status = 'published'
    ), circle AS (
      SELECT ao.article_id, ao.person_id FROM mine JOIN article_officials ao ON ao.article_id = mine.article_id
      WHERE ao.person_id = ANY(${ids}::int[]) AND ao.jurisdiction <> ${NATIONAL}
    )
    SELECT x.person_id AS source, y.person_id AS target, count(*)::int AS weight
    FROM circle x JOIN circle y ON y.article_id = x.article_id AND x.person_id < y.person_id
    GROUP BY 1, 2
    ORDER BY 1, 2`;
  return { neighbours, edges };
}
