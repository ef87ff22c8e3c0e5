// The page every HTML request gets while the database is unreachable (pure).
import { renderNoticePage } from "@/lib/http/notice-page";
import { UNAVAILABLE_TITLE } from "./outage-messages";

/** The 503 page; `retryHref` is the address the reader asked for (a path and query). */
export function renderOutagePage(retryHref: string): string {
  return renderNoticePage({
    title: UNAVAILABLE_TITLE,
    text: "档案数据库正在维护或重新启动，通常几秒钟后就会恢复。请稍候片刻再打开本页。",
    link: { href: retryHref, label: "重试" },
  });
}
