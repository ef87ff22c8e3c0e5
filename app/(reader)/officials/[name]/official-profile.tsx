import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article-list";
import { ArticlesChart } from "@/components/charts/articles-chart";
import { CoAppearingOfficials } from "@/components/co-appearing-officials";
import { JurisdictionTag } from "@/components/jurisdiction-tag";
import { Pagination } from "@/components/pagination";
import { ProfileHeader } from "@/components/profile-header";
import { TitleTimeline } from "@/components/title-timeline";
import { ProfileSection } from "@/components/profile-section";
import { listHref } from "@/lib/articles/list-href";
import { OFFICIALS_PAGE_SIZE } from "@/lib/officials/queries";
import { buildSeries } from "@/lib/stats/series";
import { getOfficialPage } from "@/lib/officials/profile-page";

/** The profile with page `page` of the official's articles; a 404 when there is no such official. */
export async function OfficialProfile({ slug, page }: { slug: string; page: number }) {
  const data = await getOfficialPage(slug, page);
  if (!data) notFound();
  const { official, articles, months, network } = data;
  const href = `/officials/${encodeURIComponent(official.slug)}`;

  return (
    <div className="mx-auto max-w-3xl">
      <ProfileHeader
        crumb={{ href: "/officials", label: "领导" }}
        title={official.name}
        aside={<JurisdictionTag jurisdiction={official.jurisdiction} />}
        summary={official}
        filterHref={listHref({ officials: [official.name] })}
      />
      <ProfileSection id="official-chart" title="见报篇数">
        <ArticlesChart series={buildSeries(months)} subject={official.name} hrefFor={(bar) => listHref({ officials: [official.name], year: bar.year, month: bar.month })} />
      </ProfileSection>
      <ProfileSection id="timeline" title="职务变化">
        <TitleTimeline timeline={official.timeline} />
      </ProfileSection>
      {network.neighbours.length > 0 && (
        <ProfileSection id="co-officials" title="同版出现的领导">
          <CoAppearingOfficials official={official} network={network} />
        </ProfileSection>
      )}
      <ProfileSection id="official-articles" title={<>相关文章 <span className="text-base font-normal text-stone-500">（{articles.total} 篇）</span></>}>
        <ArticleList articles={articles.items} headingLevel={3} />
        {articles.items.length === 0 && <p className="py-6 text-stone-500">这一页没有文章。<Link href={href} className="underline">回到第一页</Link></p>}
        <Pagination page={page} totalPages={Math.ceil(articles.total / OFFICIALS_PAGE_SIZE)} hrefFor={(n) => (n > 1 ? `${href}?page=${n}` : href)} />
      </ProfileSection>
    </div>
  );
}
