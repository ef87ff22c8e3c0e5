"use client";
// Create / edit form of an article. A refused save never resets the fields: the editor's
// text stays (useSubmitWithoutReset).
import { useActionState, useRef, useState } from "react";
import type { ArticleFormState } from "@/lib/admin/article-form-state";
import type { TopicOption } from "@/lib/admin/article-queries";
import { ConflictPanel } from "./conflict-panel";
import { ArticleTextFields, type ArticleDefaults } from "./article-text-fields";
import { buttonClass, FormMessage, secondaryButtonClass } from "./field";
import { OfficialPicker } from "./official-picker";
import { TopicPicker } from "./topic-picker";
import { useSubmitWithoutReset } from "./use-submit-without-reset";

type ArticleAction = (state: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
type SuggestAction = (text: { kicker: string | null; title: string | null; subtitle: string | null; body: string }) => Promise<{ officials: string[]; topics: string[] }>;

interface Props {
  action: ArticleAction;
  suggestAction: SuggestAction;
  defaults: ArticleDefaults & { officials: string[]; topics: string[] };
  topicOptions: TopicOption[];
  /** Edit mode: the version the page was rendered from and the article's status. */
  existing?: { id: number; version: number; status: "draft" | "published" | "deleted" };
}

export function ArticleForm({ action, suggestAction, defaults, topicOptions, existing }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const [override, setOverride] = useState<number | null>(null);
  const [officials, setOfficials] = useState(defaults.officials);
  const [topics, setTopics] = useState(defaults.topics);
  const [isSuggesting, setIsSuggesting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const baseVersion = Math.max(override ?? 0, state.data?.baseVersion ?? existing?.version ?? 0);
  const conflict = state.data?.conflict;
  const onSubmit = useSubmitWithoutReset(formAction);

  async function suggest() {
    const form = formRef.current;
    if (!form) return;
    const read = (name: string) => String(new FormData(form).get(name) ?? "").trim() || null;
    setIsSuggesting(true);
    try {
      const found = await suggestAction({ kicker: read("kicker"), title: read("title"), subtitle: read("subtitle"), body: read("body") ?? "" });
      setOfficials((current) => [...current, ...found.officials.filter((name) => !current.includes(name))]);
      setTopics((current) => [...current, ...found.topics.filter((slug) => !current.includes(slug))]);
    } finally {
      setIsSuggesting(false);
    }
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={existing ? "编辑文章" : "新建文章"}>
      <FormMessage status={state.status} message={state.message} />
      {conflict && existing && (
        <ConflictPanel conflict={conflict} isOverriding={override === conflict.currentVersion} onOverride={() => setOverride(conflict.currentVersion)} reloadHref={`/admin/articles/${existing.id}`} />
      )}
      {existing && <input type="hidden" name="version" value={baseVersion} />}
      <ArticleTextFields defaults={defaults} values={state.data?.values} errors={state.fieldErrors ?? {}} />
      <div className="mb-2">
        <button type="button" className={secondaryButtonClass} onClick={suggest} disabled={isSuggesting}>
          {isSuggesting ? "正在识别…" : "从正文识别领导和主题"}
        </button>
      </div>
      <OfficialPicker names={officials} onChange={setOfficials} errors={state.fieldErrors?.officials} />
      <TopicPicker options={topicOptions} selected={topics} onChange={setTopics} errors={state.fieldErrors?.topics} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" className={buttonClass} disabled={isPending}>
          {existing ? "保存" : "保存为草稿"}
        </button>
        {existing?.status !== "published" && existing?.status !== "deleted" && (
          <button type="submit" name="intent" value="publish" className={secondaryButtonClass} disabled={isPending}>
            保存并发布
          </button>
        )}
        {existing?.status === "published" && (
          <button type="submit" name="intent" value="unpublish" className={secondaryButtonClass} disabled={isPending}>
            保存并撤回为草稿
          </button>
        )}
        {isPending && <span role="status" className="self-center text-sm text-stone-500">正在保存…</span>}
      </div>
    </form>
  );
}
