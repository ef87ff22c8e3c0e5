"use client";
// Paste one article: parse it, then finish it in the usual article form (saved as a new article).
import { useActionState } from "react";
import type { ArticleFormState } from "@/lib/admin/article-form-state";
import type { TopicOption } from "@/lib/admin/article-queries";
import type { ArticlePreviewState } from "@/lib/admin/import-state";
import { ArticleForm } from "../article-form";
import { buttonClass, FormMessage, TextAreaField, TextField } from "../field";
import { useSubmitWithoutReset } from "../use-submit-without-reset";

type PreviewAction = (state: ArticlePreviewState, formData: FormData) => Promise<ArticlePreviewState>;
type CreateAction = (state: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
type SuggestAction = Parameters<typeof ArticleForm>[0]["suggestAction"];

interface Props {
  previewAction: PreviewAction;
  createAction: CreateAction;
  suggestAction: SuggestAction;
  topicOptions: TopicOption[];
}

export function SingleArticleImport({ previewAction, createAction, suggestAction, topicOptions }: Props) {
  const [state, formAction, isPending] = useActionState(previewAction, {});
  const onSubmit = useSubmitWithoutReset(formAction);
  const draft = state.data?.draft;
  return (
    <>
      <form action={formAction} onSubmit={onSubmit} noValidate aria-label="解析单篇文章" className="mb-6">
        <FormMessage status={state.status === "error" ? "error" : undefined} message={state.message} />
        <TextField id="article-date" name="date" type="date" label="见报日期" required errors={state.fieldErrors?.date} />
        <TextAreaField id="article-text" name="text" label="粘贴一篇文章（标题在前）" rows={8} errors={state.fieldErrors?.text} />
        <button type="submit" className={buttonClass} disabled={isPending}>
          {isPending ? "正在解析…" : "解析"}
        </button>
      </form>
      {draft && (
        <section aria-label="解析结果">
          <p className="mb-3 text-sm text-stone-600">请核对后保存；保存后即为新文章。</p>
          <ArticleForm
            key={JSON.stringify(draft.span) + draft.title + draft.body.length}
            action={createAction}
            suggestAction={suggestAction}
            topicOptions={topicOptions}
            defaults={{ ...draft, pageId: "" }}
          />
        </section>
      )}
    </>
  );
}
