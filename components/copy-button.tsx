"use client";

import { useEffect, useState } from "react";

type CopyState = "idle" | "copied" | "failed";

/** For pages served over plain HTTP on another host, where navigator.clipboard does not exist. */
function copyWithSelection(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } finally {
    area.remove();
  }
}

/** Copies `text` and says so to everyone (role="status"). Hidden when JavaScript does not run: the text stays selectable. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      if (navigator.clipboard) await navigator.clipboard.writeText(text);
      else if (!copyWithSelection(text)) throw new Error("copy refused");
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="needs-js inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        onClick={copy}
        className="rounded-sm border border-stone-300 px-2 py-0.5 text-sm text-stone-700 hover:border-paper-red hover:text-paper-red dark:border-stone-600 dark:text-stone-300"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {state === "copied" ? "已复制" : state === "failed" ? "无法复制，请手动选择文字" : ""}
      </span>
    </span>
  );
}
