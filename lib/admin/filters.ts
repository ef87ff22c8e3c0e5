// The admin article list's filters, parsed once from the URL (pure). Bad values fall back
// to "no filter" rather than an error: the list is a working tool, not a form.
import { z } from "zod";
import { ARTICLE_KINDS, ARTICLE_STATUSES } from "@/lib/articles/schema";

export const ADMIN_PAGE_SIZE = 30;

const optionalDate = z.iso.date().optional().catch(undefined);

export const adminArticleFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((q) => (q ? q : undefined)),
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  kind: z.enum(ARTICLE_KINDS).optional().catch(undefined),
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AdminArticleFilters = z.infer<typeof adminArticleFiltersSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseAdminArticleFilters(searchParams: SearchParams): AdminArticleFilters {
  const first = (key: string) => {
    const value = searchParams[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return adminArticleFiltersSchema.parse({
    q: first("q"), status: first("status"), kind: first("kind"), from: first("from"), to: first("to"), page: first("page"),
  });
}

/** The list URL for the given filters (empty ones left out). */
export function adminListHref(filters: Partial<AdminArticleFilters>): string {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "kind", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `/admin?${query}` : "/admin";
}
