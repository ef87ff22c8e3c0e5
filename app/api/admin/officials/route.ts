import { z } from "zod";
import { searchOfficialNames } from "@/lib/admin/article-queries";
import { requireEditor } from "@/lib/auth/require-editor";

export const dynamic = "force-dynamic";

const querySchema = z.string().trim().min(1).max(10);

// GET /api/admin/officials?q= – known officials' names containing q, for the article form
export async function GET(request: Request) {
  await requireEditor();
  const q = querySchema.safeParse(new URL(request.url).searchParams.get("q") ?? "");
  const names = q.success ? await searchOfficialNames(q.data) : [];
  return Response.json({ names }, { headers: { "Cache-Control": "private, no-store" } });
}
