"use client";
// Replaces the root layout when it fails itself: Next's default page here is in English.

import { useEffect } from "react";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans antialiased">
        <main role="alert" className="mx-auto max-w-xl px-4 py-24 text-center">
          <p className="font-serif font-bold tracking-widest text-paper-red">永康日报 · 要闻档案</p>
          <h1 className="mt-6 font-serif text-2xl font-bold">档案库暂时无法访问，请稍后再试</h1>
          <p className="mt-3 text-stone-600 dark:text-stone-400">页面没有显示出来，可能是档案库正在维护。请稍候片刻再试。</p>
          <button type="button" onClick={() => retry()} className="mt-6 rounded-sm bg-paper-red px-4 py-2 text-white hover:bg-red-800">
            重试
          </button>
        </main>
      </body>
    </html>
  );
}
