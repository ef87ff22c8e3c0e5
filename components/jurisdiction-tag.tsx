/** Where an official's titles belong, when it is not 永康 and the titles do not already say so. */
export function JurisdictionTag({ jurisdiction, titles = [] }: { jurisdiction: string; titles?: string[] }) {
  if (jurisdiction === "永康" || titles.some((title) => title.startsWith(jurisdiction))) return null;
  return (
    <span className="rounded-sm border border-stone-300 px-1 text-xs text-stone-600 dark:border-stone-700 dark:text-stone-400">
      {jurisdiction === "national" ? "中央" : jurisdiction}
    </span>
  );
}
