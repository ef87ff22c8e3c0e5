// `/officials/章旭升?page=3` → `/officials/章旭升/p/3`: later pages of a profile's articles as a
// path of their own, so that they are cached (ISR) like its first page (pure; used by proxy.ts).
const PROFILE_PATH = /^\/(officials|topics|reporters)\/[^/]+$/;

/** The cached route for this request, or null when the URL needs no rewrite (page 1, not a profile). */
export function profilePagePath(pathname: string, search: URLSearchParams): string | null {
  if (!PROFILE_PATH.test(pathname)) return null;
  const page = search.get("page");
  if (page === null || !/^[1-9]\d{0,5}$/.test(page) || page === "1") return null;
  return `${pathname}/p/${page}`;
}
