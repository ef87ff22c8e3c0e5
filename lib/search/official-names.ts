// The officials' names and their pinyin, read from `people` and kept for a minute per process
// (a query must not pay for reading and romanising every name).
import type { Database } from "@/lib/db/create-client";
import { pinyinOfNames } from "./pinyin";

const TTL_MS = 60_000;

let cached: { at: number; readings: Map<string, string[]> } | undefined;

export async function loadOfficialPinyin(db: Database): Promise<ReadonlyMap<string, readonly string[]>> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.readings;
  const officials = await db.person.findMany({ where: { kind: "official" }, select: { name: true } });
  cached = { at: Date.now(), readings: pinyinOfNames(officials.map((official) => official.name)) };
  return cached.readings;
}

/** Forgets the cached names (tests that rebuild the people table). */
export function clearOfficialPinyinCache(): void {
  cached = undefined;
}
