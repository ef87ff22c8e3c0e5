"use client";
// Step 2 of a page import: the raw text beside the parsed articles; edit, choose what to
// publish, import.
import Link from "next/link";
import { useActionState, useState } from "react";
import { mergeWithNext, splitDraft } from "@/lib/admin/draft-edits";
import type { ImportState } from "@/lib/admin/import-state";
import type { PagePreview } from "@/lib/admin/import-preview";
import type { PageOnDate } from "@/lib/admin/import-queries";
import { buttonClass, FormMessage, secondaryButtonClass } from "../field";
import { STATUS_LABELS } from "../labels";
import { DraftCard } from "./draft-card";
import { RawTextView } from "./raw-text-view";

type ImportAction = (state: ImportState, formData: FormData) => Promise<ImportState>;

interface Props {
  preview: PagePreview;
  /** Pages already stored for the same date. */
  pagesOnDate: PageOnDate[];
  action: ImportAction;
}

export function PageReview({ preview, pagesOnDate, action }: Props) {
  const [drafts, setDrafts] = useState(preview.articles);
  const [selected, setSelected] = useState<number | null>(null);
  const [state, formAction, isPending] = useActionState(action, {});
  // Errors are by draft position: after a split or merge the old answer no longer lines up.
  const [staleState, setStaleState] = useState<ImportState | null>(null);
  const errorsByDraft = state === staleState ? undefined : state.data?.errors;
  const context = { text: preview.text, sources: preview.sources };
  const restructure = (next: typeof drafts) => {
    setStaleState(state);
    setSelected(null);
    setDrafts(next);
  };
  const payload = JSON.stringify({ fileName: preview.fileName, date: preview.date, text: preview.text, articles: drafts });
  const setAll = (isPublished: boolean) => setDrafts((current) => current.map((draft) => ({ ...draft, isPublished })));

  function select(index: number) {
    setSelected(index);
    document.getElementById(`span-${index}`)?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  const result = state.data?.result;
  return (
    <section aria-label="解析结果">
      <p className="mb-3 text-sm text-stone-600">
        {preview.fileName} · {preview.date} · 识别出 {drafts.length} 篇
      </p>
      <PagesOnDateNotice pages={pagesOnDate} fileName={preview.fileName} />
      <FormMessage status={state.status} message={state.message} />
      {result && (
        <ul className="mb-4 list-disc pl-6 text-sm" aria-label="已导入的文章">
          {result.articles.map((article) => (
            <li key={article.id}>
              <Link href={`/admin/articles/${article.id}`} className="text-paper-red hover:underline">
                {article.title ?? `文章 ${article.id}`}
              </Link>
              （{STATUS_LABELS[article.status as keyof typeof STATUS_LABELS] ?? article.status}）
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <RawTextView text={preview.text} spans={drafts.map((draft) => draft.span)} selected={selected} onSelect={select} />
        <div>
          {drafts.map((draft, index) => (
            <DraftCard
              key={index}
              index={index}
              draft={draft}
              errors={errorsByDraft?.[index]}
              isSelected={selected === index}
              onSelect={() => select(index)}
              onChange={(next) => setDrafts((current) => current.map((item, i) => (i === index ? next : item)))}
              onSplit={(paragraph) => restructure(splitDraft(drafts, index, paragraph, context))}
              onMergeWithNext={index < drafts.length - 1 ? () => restructure(mergeWithNext(drafts, index, context)) : null}
            />
          ))}
        </div>
      </div>
      <form action={formAction} className="sticky bottom-0 mt-4 flex flex-wrap gap-3 border-t border-stone-300 bg-stone-50 py-3 dark:border-stone-700 dark:bg-stone-950">
        <input type="hidden" name="payload" value={payload} />
        <button type="button" className={secondaryButtonClass} onClick={() => setAll(true)}>
          全部发布
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => setAll(false)}>
          全部存为草稿
        </button>
        <button type="submit" className={buttonClass} disabled={isPending}>
          {isPending ? "正在导入…" : `导入（发布 ${drafts.filter((draft) => draft.isPublished).length} 篇）`}
        </button>
      </form>
    </section>
  );
}

function PagesOnDateNotice({ pages, fileName }: { pages: PageOnDate[]; fileName: string }) {
  if (pages.length === 0) return null;
  const isUpdate = pages.some((page) => page.fileName === fileName);
  return (
    <div role="note" className="mb-3 rounded border border-amber-600 px-3 py-2 text-sm">
      {isUpdate ? "同名版面已存在：导入将更新它，编辑改过的文章不会被覆盖。" : "这个日期已有版面；若是同一版面的修订稿，请在上一步填写它的文件名，以免重复："}
      <ul className="list-disc pl-5">
        {pages.map((page) => (
          <li key={page.id}>
            {page.fileName}（{page.articleCount} 篇）
          </li>
        ))}
      </ul>
    </div>
  );
}
