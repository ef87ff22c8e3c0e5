// The 400 proxy.ts gives an address no route can serve (see url-guard.ts).
import { NOTICE_PAGE_CSP, renderNoticePage } from "./notice-page";

export const MALFORMED_URL_MESSAGE = "网址中有无法识别的字符，请检查链接是否完整";

export function badRequestResponse(pathname: string): Response {
  const headers = { "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) return Response.json({ error: { message: MALFORMED_URL_MESSAGE } }, { status: 400, headers });
  const html = renderNoticePage({ title: "网址无效", text: `${MALFORMED_URL_MESSAGE}，或回到首页继续浏览。`, link: { href: "/", label: "返回首页" } });
  return new Response(html, { status: 400, headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": NOTICE_PAGE_CSP } });
}
