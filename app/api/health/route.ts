import { isDatabaseUp } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// GET /api/health – liveness of the app and its database. While the app already knows the
// database is down, proxy.ts answers for it (the same JSON) without querying.
export async function GET() {
  const isUp = await isDatabaseUp();
  return Response.json(
    { status: isUp ? "ok" : "degraded", db: isUp ? "ok" : "down" },
    { status: isUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
