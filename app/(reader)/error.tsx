"use client";

import { useEffect } from "react";

export default function ReaderError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="font-serif text-2xl font-bold">页面暂时无法显示</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">档案库可能正在维护，请稍后再试。</p>
      <button type="button" onClick={() => retry()} className="mt-6 rounded-sm bg-paper-red px-4 py-2 text-white hover:bg-red-800">
        重试
      </button>
    </div>
  );
}
