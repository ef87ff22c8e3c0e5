// Addresses no route can serve (pure): a path segment whose %-escapes do not decode to UTF-8, or
// a NUL character anywhere (PostgreSQL text cannot hold one, so it would fail as a database
// error). proxy.ts answers these 400 before any page or query sees them.

export type MalformedPart = "path" | "query";

function decodes(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Which part of the address is malformed, or null when it is fine. */
export function findMalformedUrlPart(pathname: string, search: string): MalformedPart | null {
  for (const segment of pathname.split("/")) {
    const decoded = decodes(segment);
    if (decoded === null || decoded.includes("\u0000")) return "path";
  }
  for (const [name, value] of new URLSearchParams(search)) {
    if (name.includes("\u0000") || value.includes("\u0000")) return "query";
  }
  return null;
}
