// Turns parsed filters into a Prisma where clause, resolving names to ids (unknown names are reported).
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SearchFilters } from "@/lib/search/search-sql";
import type { ArticleFilters, FilterParam, InvalidParam } from "./filters";
import { formatDateRange, KIND_LABELS } from "./format";

/** One filter that matched something in the archive, with its own clause. */
export interface AppliedFilter {
  param: FilterParam;
  /** The value as links carry it: official or reporter name, topic slug, kind; the label for a date range. */
  value: string;
  /** What readers see, e.g. 章旭升, 疫情防控, 2022年, 评论. */
  label: string;
  where: Prisma.ArticleWhereInput;
}

export interface ResolvedFilters {
  where: Prisma.ArticleWhereInput;
  invalid: InvalidParam[];
  applied: AppliedFilter[];
  /** The filters without the values that matched nothing: the base of every link on the list. */
  filters: ArticleFilters;
  /** The same filters, resolved to ids, for full-text search (lib/search). */
  search: SearchFilters;
}

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** Published articles matching all the given filters. */
export function combineWhere(applied: readonly AppliedFilter[]): Prisma.ArticleWhereInput {
  return { AND: [{ status: "published" }, ...applied.map((filter) => filter.where)] };
}

export async function resolveArticleWhere(filters: ArticleFilters): Promise<ResolvedFilters> {
  const invalid: InvalidParam[] = [];
  const applied: AppliedFilter[] = [];
  const cleaned: ArticleFilters = { ...filters, officials: [] };
  const search: SearchFilters = { officialIds: [], from: filters.from, to: filters.to, kind: filters.kind };

  const [officials, topic, reporter] = await Promise.all([
    filters.officials.length
      ? db.person.findMany({ where: { kind: "official", OR: [{ name: { in: filters.officials } }, { slug: { in: filters.officials } }] }, select: { id: true, name: true, slug: true } })
      : [],
    filters.topic ? db.topic.findFirst({ where: { OR: [{ slug: filters.topic }, { name: filters.topic }] }, select: { id: true, slug: true, name: true } }) : null,
    filters.reporter ? db.person.findFirst({ where: { kind: "journalist", OR: [{ name: filters.reporter }, { slug: filters.reporter }] }, select: { id: true, name: true } }) : null,
  ]);

  for (const name of filters.officials) {
    const official = officials.find((person) => person.name === name || person.slug === name);
    if (!official) {
      invalid.push({ param: "official", value: name, message: `档案中没有名为“${name}”的领导` });
    } else if (!cleaned.officials.includes(official.name)) {
      cleaned.officials.push(official.name);
      search.officialIds = [...(search.officialIds ?? []), official.id];
      applied.push({ param: "official", value: official.name, label: official.name, where: { officials: { some: { personId: official.id } } } });
    }
  }
  if (filters.topic) {
    if (topic) {
      cleaned.topic = topic.slug;
      search.topicId = topic.id;
      applied.push({ param: "topic", value: topic.slug, label: topic.name, where: { topics: { some: { topicId: topic.id } } } });
    } else {
      delete cleaned.topic;
      invalid.push({ param: "topic", value: filters.topic, message: `没有“${filters.topic}”这个主题` });
    }
  }
  if (filters.reporter) {
    if (reporter) {
      cleaned.reporter = reporter.name;
      search.reporterId = reporter.id;
      applied.push({ param: "reporter", value: reporter.name, label: reporter.name, where: { authors: { some: { personId: reporter.id } } } });
    } else {
      delete cleaned.reporter;
      invalid.push({ param: "reporter", value: filters.reporter, message: `档案中没有名为“${filters.reporter}”的记者` });
    }
  }

  const dateLabel = formatDateRange(filters);
  if (dateLabel && (filters.from || filters.to)) {
    applied.push({
      param: "date",
      value: dateLabel,
      label: dateLabel,
      where: { date: { ...(filters.from && { gte: toDate(filters.from) }), ...(filters.to && { lte: toDate(filters.to) }) } },
    });
  }
  if (filters.kind) applied.push({ param: "kind", value: filters.kind, label: KIND_LABELS[filters.kind], where: { kind: filters.kind } });
  return { where: combineWhere(applied), invalid, applied, filters: cleaned, search };
}
