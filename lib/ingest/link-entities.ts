// Stores who and what an article is about: officials named, journalists credited, topics.
// Runs inside the page's import transaction, for all the page's articles at once.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OfficialMention } from "@/lib/officials/extract-officials";
import type { Byline } from "./types";

export interface TopicScore {
  slug: string;
  score: number;
}

export interface ArticleEntities {
  articleId: number;
  officials: OfficialMention[];
  /** Bylines of real people (journalists, photographers); commentary signatures are left out. */
  bylines: Byline[];
  topics: TopicScore[];
}

type Tx = Prisma.TransactionClient;
type PersonKey = `${"official" | "journalist"}:${string}`;

/** Replaces the articles' officials, bylines and rule-based topics (editors' manual topics stay). */
export async function replaceArticleEntities(tx: Tx, items: ArticleEntities[]): Promise<void> {
  if (items.length === 0) return;
  const articleIds = items.map((item) => item.articleId);
  const personIds = await ensurePeople(tx, items);
  const topicIds = new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((topic) => [topic.slug, topic.id]));

  await tx.articleOfficial.deleteMany({ where: { articleId: { in: articleIds } } });
  await tx.articleByline.deleteMany({ where: { articleId: { in: articleIds } } });
  await tx.articleTopic.deleteMany({ where: { articleId: { in: articleIds }, isManual: false } });

  await tx.articleOfficial.createMany({
    data: items.flatMap(({ articleId, officials }) =>
      officials.map((official, position) => ({
        articleId,
        personId: personIds.get(`official:${official.name}`)!,
        titles: official.titles,
        jurisdiction: official.jurisdiction,
        actions: official.actions,
        count: official.count,
        position,
      })),
    ),
  });
  await tx.articleByline.createMany({
    data: items.flatMap(({ articleId, bylines }) =>
      uniqueBy(bylines, (byline) => byline.name).map((byline, position) => ({
        articleId,
        personId: personIds.get(`journalist:${byline.name}`)!,
        role: byline.role,
        organization: byline.organization,
        position,
      })),
    ),
  });
  await tx.articleTopic.createMany({
    data: items.flatMap(({ articleId, topics }) =>
      topics.flatMap((topic) => {
        const topicId = topicIds.get(topic.slug);
        return topicId === undefined ? [] : [{ articleId, topicId, score: topic.score }];
      }),
    ),
    skipDuplicates: true, // an editor's manual assignment of the same topic wins
  });
}

/** Creates the people not known yet and returns every id by kind and name. */
async function ensurePeople(tx: Tx, items: ArticleEntities[]): Promise<Map<PersonKey, number>> {
  const officials = new Set(items.flatMap((item) => item.officials.map((official) => official.name)));
  const journalists = new Set(items.flatMap((item) => item.bylines.map((byline) => byline.name)));
  const wanted = [
    ...[...officials].map((name) => ({ name, slug: name, kind: "official" as const })),
    ...[...journalists].map((name) => ({ name, slug: name, kind: "journalist" as const })),
  ];
  if (wanted.length === 0) return new Map();
  await tx.person.createMany({ data: wanted, skipDuplicates: true });
  const people = await tx.person.findMany({
    where: {
      OR: [
        { kind: "official", name: { in: [...officials] } },
        { kind: "journalist", name: { in: [...journalists] } },
      ],
    },
    select: { id: true, name: true, kind: true },
  });
  return new Map(people.map((person) => [`${person.kind}:${person.name}` as PersonKey, person.id]));
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
