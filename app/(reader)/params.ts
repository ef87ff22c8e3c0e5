// Route params as the pages use them (pure).

/** A path segment as text: decoded once, tolerating a stray % that is not an escape. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A positive integer id, or null for anything else (so /articles/abc is a 404, not an error). */
export function parseId(segment: string): number | null {
  return /^[1-9]\d{0,9}$/.test(segment) && Number(segment) <= 2_147_483_647 ? Number(segment) : null;
}

/** The `page` search param of a profile's article list; anything invalid means page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

/** A page number in a path (`/officials/章旭升/p/2`), or null when it is not one. */
export function parsePageSegment(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}
