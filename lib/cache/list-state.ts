// The article list's URL (`/?official=…&year=…`) as one path segment, so that the list can be an
// ISR route (`/l/[state]`, rewritten by proxy.ts) cached per URL like any static page (pure).
// base64url keeps every character of the query, with nothing for the router to decode twice.

/** Query parameters Next.js adds for its own requests; never part of what a list shows. */
const INTERNAL_PARAMS = new Set(["_rsc"]);
/** The segment of the list without parameters (a segment can't be empty). */
export const EMPTY_LIST_STATE = "-";
export const LIST_ROUTE_PREFIX = "/l/";

export function encodeListState(search: URLSearchParams): string {
  const kept = new URLSearchParams([...search].filter(([key]) => !INTERNAL_PARAMS.has(key)));
  const query = kept.toString();
  return query === "" ? EMPTY_LIST_STATE : Buffer.from(query, "utf8").toString("base64url");
}

/** The list's parameters back from the segment; anything undecodable is the list without parameters. */
export function decodeListState(state: string): URLSearchParams {
  if (state === EMPTY_LIST_STATE || !/^[A-Za-z0-9_-]+$/.test(state)) return new URLSearchParams();
  return new URLSearchParams(Buffer.from(state, "base64url").toString("utf8"));
}
