// The index pages' queries (all officials, topics, journalists with their counts), cached: counting
// the whole archive is slow, and counts one edit behind are refreshed in the background (FACETS_TAG).
import "server-only";
import { listOfficials } from "@/lib/officials/queries";
import { listReporters } from "@/lib/reporters/queries";
import { listTopics } from "@/lib/topics/queries";
import { cachedQuery } from "./cached";
import { FACETS_TAG } from "./tags";

const counts = () => [FACETS_TAG];

export const listCachedOfficials = cachedQuery("officials-index", listOfficials, counts);
export const listCachedTopics = cachedQuery("topics-index", listTopics, counts);
export const listCachedReporters = cachedQuery("reporters-index", listReporters, counts);
