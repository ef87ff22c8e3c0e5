// The JSON shape of GET /api/articles (pure): a page of the list, or the parameter that was wrong.
import type { InvalidParam } from "./filters";
import type { SearchSummary } from "./find-articles";
import type { ArticlePage } from "./queries";

export interface ArticleListJson {
  total: number;
  items: {
    id: number;
    kind: string;
    kicker: string | null;
    title: string | null;
    subtitle: string | null;
    date: string;
    reporters: string[];
    officials: string[];
    /** Topic slugs. */
    topics: string[];
  }[];
  next: string | null;
  /** Only for a search (`q`): its order, and whether more articles may match than were ranked. */
  search?: { sort: string; isTotalCapped: boolean };
}

export interface ApiErrorJson {
  error: { param: string; message: string };
}

export function toArticleListJson(page: ArticlePage, search: SearchSummary | null = null): ArticleListJson {
  return {
    ...(search && { search: { sort: search.sort, isTotalCapped: search.isTotalCapped } }),
    total: page.total,
    items: page.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      kicker: item.kicker,
      title: item.title,
      subtitle: item.subtitle,
      date: item.date,
      reporters: item.reporters,
      officials: item.officials,
      topics: item.topics.map((topic) => topic.slug),
    })),
    next: page.next,
  };
}

export function toApiError(invalid: InvalidParam): ApiErrorJson {
  const echoesValue = !invalid.value || invalid.message.includes(invalid.value);
  return { error: { param: invalid.param, message: echoesValue ? invalid.message : `${invalid.message}（收到“${invalid.value}”）` } };
}
