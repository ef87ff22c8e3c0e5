"use client";
// Edit one topic: name, description, weighted keywords. 「预览影响」 scores the archive with the
// form's rules without saving; 「保存」 stores them (the form keeps its input when refused).
import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import type { RulePreviewState, TopicFormState } from "@/lib/admin/topic-form-state";
import type { AdminTopicDetail } from "@/lib/admin/topic-queries";
import { buttonClass, FormMessage, secondaryButtonClass, TextAreaField, TextField } from "../field";
import { RulePreviewView } from "./rule-preview";
import { RuleRows, type RuleRow } from "./rule-rows";

type SaveAction = (state: TopicFormState, formData: FormData) => Promise<TopicFormState>;
type PreviewAction = (state: RulePreviewState, formData: FormData) => Promise<RulePreviewState>;

interface Props {
  topic: AdminTopicDetail;
  saveAction: SaveAction;
  previewAction: PreviewAction;
}

export function TopicForm({ topic, saveAction, previewAction }: Props) {
  const [saved, save, isSaving] = useActionState(saveAction, {});
  const [previewed, preview, isPreviewing] = useActionState(previewAction, {});
  const counter = useRef(topic.rules.length);
  const [rows, setRows] = useState<RuleRow[]>(() => topic.rules.map((rule, key) => ({ key, keyword: rule.keyword, weight: String(rule.weight) })));
  const [lastIntent, setLastIntent] = useState<"save" | "preview">("save");
  const state = lastIntent === "save" ? saved : previewed;
  const errors = state.fieldErrors ?? {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    const intent = formData.get("intent") === "preview" ? "preview" : "save";
    setLastIntent(intent);
    startTransition(() => (intent === "preview" ? preview(formData) : save(formData)));
  }

  return (
    <form action={save} onSubmit={onSubmit} noValidate aria-label="编辑主题">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="topicId" value={topic.id} />
      <input type="hidden" name="updatedAt" value={saved.data?.updatedAt ?? topic.updatedAt} />
      <div className="grid max-w-xl gap-x-4">
        <TextField id="topic-name" name="name" label="名称" defaultValue={saved.data?.values?.name ?? topic.name} errors={errors.name} />
        <TextAreaField id="topic-description" name="description" label="说明" rows={2} defaultValue={saved.data?.values?.description ?? topic.description} errors={errors.description} />
      </div>
      <RuleRows rows={rows} onChange={setRows} errors={errors} nextKey={() => ++counter.current} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" className={buttonClass} disabled={isSaving}>
          {isSaving ? "正在保存…" : "保存"}
        </button>
        <button type="submit" name="intent" value="preview" className={secondaryButtonClass} disabled={isPreviewing}>
          {isPreviewing ? "正在计算…" : "预览影响"}
        </button>
      </div>
      {lastIntent === "preview" && previewed.data?.preview && <RulePreviewView preview={previewed.data.preview} />}
    </form>
  );
}
