// For officials an article names without titles: the nearest published article that prints theirs.
import "server-only";
import { db } from "@/lib/db/client";
import { pickNearestTitles, type DatedTitles } from "./nearest-title";

interface CandidateRow {
  personId: number;
  titles: string[];
  jurisdiction: string;
  date: Date;
  articleId: number;
}

/** At most this many officials per article are looked up (市领导 lists can be long). */
const MAX_OFFICIALS = 40;

/**
 * Per person: the titled mention on or before `date` and the one after it (two index-bounded
 * lookups each), then the nearer of the two.
 */
export async function findNearestTitles(date: string, personIds: readonly number[]): Promise<Map<number, DatedTitles>> {
  const ids = [...new Set(personIds)].slice(0, MAX_OFFICIALS);
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<CandidateRow[]>`
    SELECT p.person_id AS "personId", m.titles, m.jurisdiction, m.date, m.article_id AS "articleId"
    FROM unnest(${ids}::int[]) AS p(person_id)
    CROSS JOIN LATERAL (
      (SELECT ao.titles, ao.jurisdiction, a.date, a.id AS article_id
         FROM article_officials ao JOIN articles a ON a.id = ao.article_id
        WHERE ao.person_id = p.person_id AND cardinality(ao.titles) > 0 AND a.status = 'published' AND a.date <= ${date}::date
        ORDER BY a.date DESC, a.id DESC LIMIT 1)
      UNION ALL
      (SELECT ao.titles, ao.jurisdiction, a.date, a.id AS article_id
         FROM article_officials ao JOIN articles a ON a.id = ao.article_id
        WHERE ao.person_id = p.person_id AND cardinality(ao.titles) > 0 AND a.status = 'published' AND a.date > ${date}::date
        ORDER BY a.date ASC, a.id ASC LIMIT 1)
    ) m`;

  const byPerson = new Map<number, DatedTitles[]>();
  for (const row of rows) {
    const candidates = byPerson.get(row.personId) ?? [];
    candidates.push({ titles: row.titles, jurisdiction: row.jurisdiction, date: row.date.toISOString().slice(0, 10), articleId: row.articleId });
    byPerson.set(row.personId, candidates);
  }
  const nearest = new Map<number, DatedTitles>();
  for (const [personId, candidates] of byPerson) {
    const picked = pickNearestTitles(date, candidates);
    if (picked) nearest.set(personId, picked);
  }
  return nearest;
}
