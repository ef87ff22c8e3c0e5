import Link from "next/link";
import type { ArticleFacets, FacetCount } from "@/lib/articles/facets";
import type { ArticleKindFilter } from "@/lib/articles/filters";
import { NO_DATE, refineHref, type ListState } from "@/lib/articles/list-href";

interface FacetGroupProps {
  id: string;
  title: string;
  counts: FacetCount[];
  hrefFor: (key: string) => string;
}

function FacetGroup({ id, title, counts, hrefFor }: FacetGroupProps) {
  if (counts.length === 0) return null;
  return (
    <section aria-labelledby={id} className="border-t border-stone-200 pt-3 dark:border-stone-800">
      <h3 id={id} className="text-sm font-semibold tracking-wide text-stone-500 dark:text-stone-400">
        {title}
      </h3>
      <ul className="mt-2 space-y-0.5 text-sm">
        {counts.map((entry) => (
          <li key={entry.key}>
            <Link href={hrefFor(entry.key)} prefetch={false} className="facet-link">
              <span>{entry.label}</span>
              <span className="facet-count">
                {entry.count}
                <span className="sr-only"> 篇</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Counts under the current filters; each entry is a link that narrows the list by it. */
export function ArticleFilters({ facets, filters }: { facets: ArticleFacets; filters: ListState }) {
  const officials = filters.officials ?? [];
  return (
    <div className="space-y-4">
      <h2 id="filters" className="font-serif text-lg font-bold">
        筛选
      </h2>
      <FacetGroup
        id="facet-officials"
        title="领导"
        counts={facets.officials.filter((entry) => !officials.includes(entry.key))}
        hrefFor={(name) => refineHref(filters, { officials: [...officials, name] })}
      />
      <FacetGroup
        id="facet-topics"
        title="主题"
        counts={facets.topics.filter((entry) => entry.key !== filters.topic)}
        hrefFor={(slug) => refineHref(filters, { topic: slug })}
      />
      {filters.year && !filters.month ? (
        <FacetGroup
          id="facet-months"
          title={`${filters.year}年各月`}
          counts={facets.months}
          hrefFor={(month) => refineHref(filters, { ...NO_DATE, year: Number(month.slice(0, 4)), month: Number(month.slice(5)) })}
        />
      ) : (
        <FacetGroup
          id="facet-years"
          title="年份"
          counts={facets.years.length > 1 || !filters.year ? facets.years : []}
          hrefFor={(year) => refineHref(filters, { ...NO_DATE, year: Number(year) })}
        />
      )}
      <FacetGroup
        id="facet-kinds"
        title="类型"
        counts={filters.kind ? [] : facets.kinds}
        hrefFor={(kind) => refineHref(filters, { kind: kind as ArticleKindFilter })}
      />
      <DateRangeForm filters={filters} />
    </div>
  );
}

/** A plain GET form: the chosen range goes into the URL like every other filter. */
function DateRangeForm({ filters }: { filters: ListState }) {
  const inputClass = "mt-1 w-full rounded-sm border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900";
  return (
    <form action="/" method="get" aria-labelledby="date-range" className="border-t border-stone-200 pt-3 dark:border-stone-800">
      <h3 id="date-range" className="text-sm font-semibold tracking-wide text-stone-500 dark:text-stone-400">
        日期范围
      </h3>
      {(filters.officials ?? []).map((name) => (
        <input key={name} type="hidden" name="official" value={name} />
      ))}
      {filters.topic && <input type="hidden" name="topic" value={filters.topic} />}
      {filters.reporter && <input type="hidden" name="reporter" value={filters.reporter} />}
      {filters.kind && <input type="hidden" name="kind" value={filters.kind} />}
      <div className="mt-2 grid grid-cols-2 gap-2 md:grid-cols-1">
        <label className="block text-sm">
          起始日期
          <input type="date" name="from" defaultValue={filters.from} min="1950-01-01" max="2100-12-31" className={inputClass} />
        </label>
        <label className="block text-sm">
          截止日期
          <input type="date" name="to" defaultValue={filters.to} min="1950-01-01" max="2100-12-31" className={inputClass} />
        </label>
      </div>
      <button type="submit" className="mt-2 rounded-sm bg-paper-red px-3 py-1.5 text-sm text-white hover:bg-red-800">
        按日期筛选
      </button>
    </form>
  );
}
