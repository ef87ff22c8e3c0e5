// Route parameters that must be database ids (pure).
import { z } from "zod";

const idParam = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number).pipe(z.number().int().max(2_147_483_647));

/** The id in a route segment, or null for anything else (the page then answers 404). */
export function parseIdParam(value: string): number | null {
  const parsed = idParam.safeParse(value);
  return parsed.success ? parsed.data : null;
}
