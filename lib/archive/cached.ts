// The archive's queries, cached under the lists' tag: any edit or import may change a day's count.
import "server-only";
import { cachedQuery } from "@/lib/cache/cached";
import { LISTS_TAG } from "@/lib/cache/tags";
import { getAdjacentIssues, getLatestIssueDate, listArchiveMonths, listIssueDays, listIssuePages } from "./queries";

const lists = () => [LISTS_TAG];

export const listCachedArchiveMonths = cachedQuery("archive-months", listArchiveMonths, lists);
export const listCachedIssueDays = cachedQuery("archive-days", listIssueDays, lists);
export const getCachedAdjacentIssues = cachedQuery("archive-adjacent", getAdjacentIssues, lists);
export const listCachedIssuePages = cachedQuery("archive-pages", listIssuePages, lists);
export const getCachedLatestIssueDate = cachedQuery("archive-latest", getLatestIssueDate, lists);
