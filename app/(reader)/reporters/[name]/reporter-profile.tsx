import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article-list";
import { ArticlesChart } from "@/components/charts/articles-chart";
import { OfficialCounts } from "@/components/official-counts";
import { Pagination } from "@/components/pagination";
import { ProfileHeader } from "@/components/profile-header";
import { ProfileSection } from "@/components/profile-section";
import { KIND_LABELS } from "@/lib/articles/format";
import { listHref, NO_DATE } from "@/lib/articles/list-href";
import { REPORTER_PAGE_SIZE } from "@/lib/reporters/queries";
import { buildSeries } from "@/lib/stats/series";
import { getReporterPage } from "@/lib/reporters/profile-page";

/** The profile with page `page` of the reporter's articles; a 404 when there is no such reporter. */
export async function ReporterProfile({ slug, page }: { slug: string; page: number }) {
  const data = await getReporterPage(slug, page);
  if (!data) notFound();
  const { reporter, articles, months } = data;
  const href = `/reporters/${encodeURIComponent(reporter.slug)}`;

  return (
    <div className="mx-auto max-w-3xl">
      <ProfileHeader
        crumb={{ href: "/reporters", label: "记者" }}
        title={reporter.name}
        aside={reporter.roles.length > 0 && <span className="font-sans text-base font-normal text-stone-500">{reporter.roles.join("、")}</span>}
        summary={reporter}
        filterHref={listHref({ reporter: reporter.name })}
      />
      <ProfileSection id="reporter-chart" title="见报篇数">
        <ArticlesChart series={buildSeries(months)} subject={reporter.name} hrefFor={(bar) => listHref({ reporter: reporter.name, year: bar.year, month: bar.month })} />
      </ProfileSection>
      <ProfileSection id="reporter-counts" title="统计">
        <dl className="mt-3 grid gap-4 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-stone-500 dark:text-stone-400">按年份</dt>
            <dd>
              <ul className="mt-1 space-y-0.5">
                {reporter.years.map(({ year, count }) => (
                  <li key={year}>
                    <Link href={listHref({ reporter: reporter.name, ...NO_DATE, year: Number(year) })} className="underline-offset-4 hover:text-paper-red hover:underline">
                      {year}年
                    </Link>
                    <span className="ml-2 tabular-nums text-stone-500">{count} 篇</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt className="text-stone-500 dark:text-stone-400">按类型</dt>
            <dd>
              <ul className="mt-1 space-y-0.5">
                {reporter.kinds.map(({ kind, count }) => (
                  <li key={kind}>
                    {KIND_LABELS[kind]}
                    <span className="ml-2 tabular-nums text-stone-500">{count} 篇</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </ProfileSection>
      {reporter.topOfficials.length > 0 && (
        <ProfileSection id="reporter-officials" title="报道中出现最多的领导">
          <OfficialCounts officials={reporter.topOfficials} unit="篇" />
        </ProfileSection>
      )}
      <ProfileSection id="reporter-articles" title="署名文章">
        <ArticleList articles={articles.items} headingLevel={3} />
        <Pagination page={page} totalPages={Math.ceil(articles.total / REPORTER_PAGE_SIZE)} hrefFor={(n) => (n > 1 ? `${href}?page=${n}` : href)} />
      </ProfileSection>
    </div>
  );
}
