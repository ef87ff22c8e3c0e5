/** While an article loads: its shape, so nothing jumps when the text arrives. */
export default function ArticleLoading() {
  return (
    <div className="mx-auto max-w-2xl animate-pulse" aria-busy="true" aria-live="polite">
      <p className="sr-only">正在载入文章…</p>
      <div className="h-4 w-1/2 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-3 h-9 w-4/5 rounded bg-stone-300 dark:bg-stone-700" />
      <div className="mt-3 h-5 w-2/3 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-6 space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800">
        {[0, 1, 2, 3, 4, 5].map((line) => (
          <div key={line} className={`h-4 rounded bg-stone-200 dark:bg-stone-800 ${line % 3 === 2 ? "w-3/4" : "w-full"}`} />
        ))}
      </div>
    </div>
  );
}
