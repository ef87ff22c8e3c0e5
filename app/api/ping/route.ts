export const dynamic = "force-dynamic";

// GET /api/ping – a constant, touching nothing: liveness of the process alone, and the floor the
// benchmark compares every route with (the cheapest request this server can answer).
export function GET() {
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
