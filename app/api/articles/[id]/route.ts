import { toApiError } from "@/lib/articles/api";
import { toArticleJson } from "@/lib/articles/article-json";
import { getArticle } from "@/lib/articles/queries";
import { env } from "@/lib/env";
import { parseId } from "@/app/(reader)/params";
import { answer503WhenDatabaseIsDown } from "@/lib/db/route-outage";

// GET /api/articles/[id] – one published article as JSON, with its page reference.
export const GET = answer503WhenDatabaseIsDown(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const segment = (await params).id;
  const id = parseId(segment);
  if (id === null) return Response.json(toApiError({ param: "id", value: segment, message: "文章编号应为正整数" }), { status: 400 });
  const article = await getArticle(id);
  if (!article) return Response.json(toApiError({ param: "id", value: segment, message: `没有编号为 ${id} 的文章` }), { status: 404 });

  return Response.json(toArticleJson(article, env.SITE_URL));
});
