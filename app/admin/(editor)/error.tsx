"use client";

import { useEffect } from "react";
import { secondaryButtonClass } from "@/components/admin/field";
import { ACTION_UNAVAILABLE_MESSAGE } from "@/lib/db/outage-messages";

// Shows error.message only when it is the proxy's outage answer to a server action (ours, in
// Chinese): a server error's message is hidden in production, and a client one may be English
// ("Failed to fetch" when the server is gone).
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const isOutage = error.message === ACTION_UNAVAILABLE_MESSAGE;

  return (
    <section role="alert" className="py-8">
      <h1 className="mb-2 font-serif text-xl font-bold">操作没有完成</h1>
      <p className="mb-4 text-sm text-stone-600">
        {isOutage
          ? ACTION_UNAVAILABLE_MESSAGE
          : "可能是档案库暂时无法访问。请稍后刷新页面，确认修改是否已经保存；已填写的内容可能需要重新提交。"}
        {error.digest && <span>（错误编号 {error.digest}）</span>}
      </p>
      <button type="button" className={secondaryButtonClass} onClick={reset}>
        重试
      </button>
    </section>
  );
}
