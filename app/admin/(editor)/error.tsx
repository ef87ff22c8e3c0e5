"use client";

import { useEffect } from "react";
import { secondaryButtonClass } from "@/components/admin/field";

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <section role="alert" className="py-8">
      <h1 className="mb-2 font-serif text-xl font-bold">出错了</h1>
      <p className="mb-4 text-sm text-stone-600">操作没有完成，已填写的内容可能需要重新提交。{error.digest && <span>（错误编号 {error.digest}）</span>}</p>
      <button type="button" className={secondaryButtonClass} onClick={reset}>
        重试
      </button>
    </section>
  );
}
