import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article-list";
import { ArticlesChart } from "@/components/charts/articles-chart";
import { OfficialCounts } from "@/components/official-counts";
import { Pagination } from "@/components/pagination";
import { TopicRules } from "@/components/topic-rules";
import { ProfileSection } from "@/components/profile-section";
import { listHref } from "@/lib/articles/list-href";
import { buildSeries } from "@/lib/stats/series";
import { TOPIC_PAGE_SIZE } from "@/lib/topics/queries";
import { getTopicPage } from "@/lib/topics/profile-page";

/** The profile with page `page` of the topic's articles; a 404 when there is no such topic. */
export async function TopicProfile({ slug, page }: { slug: string; page: number }) {
  const data = await getTopicPage(slug, page);
  if (!data) notFound();
  const { topic, articles, months } = data;
  const href = `/topics/${topic.slug}`;

  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="面包屑" className="text-sm text-stone-500 dark:text-stone-400">
        <Link href="/topics" className="underline-offset-4 hover:text-paper-red hover:underline">
          主题
        </Link>
        <span aria-hidden="true"> / </span>
      </nav>
      <h1 className="mt-1 font-serif text-3xl font-bold">{topic.name}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{topic.description}</p>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        共 <strong className="tabular-nums text-stone-900 dark:text-stone-100">{topic.articleCount}</strong> 篇
        <Link href={listHref({ topic: topic.slug })} className="ml-3 text-paper-red underline underline-offset-4">
          在文章列表中筛选
        </Link>
      </p>

      <ProfileSection id="topic-chart" title="见报篇数">
        <ArticlesChart series={buildSeries(months)} subject={topic.name} hrefFor={(bar) => listHref({ topic: topic.slug, year: bar.year, month: bar.month })} />
      </ProfileSection>
      <ProfileSection id="topic-rules" title="归类规则">
        <TopicRules rules={topic.rules} />
      </ProfileSection>
      {topic.topOfficials.length > 0 && (
        <ProfileSection id="topic-officials" title="这一主题中出现最多的领导">
          <OfficialCounts officials={topic.topOfficials} unit="篇" />
        </ProfileSection>
      )}
      <ProfileSection id="topic-articles" title="文章">
        {articles.total === 0 ? <p className="py-6 text-stone-500">这一主题还没有文章。</p> : <ArticleList articles={articles.items} headingLevel={3} />}
        <Pagination page={page} totalPages={Math.ceil(articles.total / TOPIC_PAGE_SIZE)} hrefFor={(n) => (n > 1 ? `${href}?page=${n}` : href)} />
      </ProfileSection>
    </div>
  );
}
