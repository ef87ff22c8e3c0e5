"use client";
// Step 1 of a page import: paste the OCR text or choose a .txt file, give the page date.
import { useActionState, useState } from "react";
import type { ImportState, PagePreviewState } from "@/lib/admin/import-state";
import { buttonClass, FormMessage, TextAreaField, TextField } from "../field";
import { useSubmitWithoutReset } from "../use-submit-without-reset";
import { PageReview } from "./page-review";

type PreviewAction = (state: PagePreviewState, formData: FormData) => Promise<PagePreviewState>;
type ImportAction = (state: ImportState, formData: FormData) => Promise<ImportState>;

/** Server actions take at most 1 MB by default; bigger pages go through `npm run import`. */
const MAX_UPLOAD_BYTES = 1024 * 1024;

export function PageImport({ previewAction, importAction }: { previewAction: PreviewAction; importAction: ImportAction }) {
  const [state, formAction, isPending] = useActionState(previewAction, {});
  const onSubmit = useSubmitWithoutReset(formAction);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = state.data?.preview;
  return (
    <>
      <form action={formAction} onSubmit={onSubmit} noValidate aria-label="解析版面" className="mb-6">
        <FormMessage status={state.status === "error" ? "error" : undefined} message={state.message} />
        <div className="grid gap-x-4 md:grid-cols-3">
          <TextField id="page-date" name="date" type="date" label="版面日期" required errors={state.fieldErrors?.date} />
          <div className="mb-4 md:col-span-2">
            <label htmlFor="page-file" className="mb-1 block text-sm font-medium">
              或选择 .txt 文件（UTF-8 或 GB18030）
            </label>
            <input
              id="page-file"
              name="file"
              type="file"
              accept=".txt,text/plain"
              className="text-sm"
              aria-describedby={fileError ? "page-file-error" : undefined}
              onChange={(event) => {
                const file = event.target.files?.[0];
                const isTooLarge = file !== undefined && file.size > MAX_UPLOAD_BYTES;
                if (isTooLarge) event.target.value = "";
                setFileError(isTooLarge ? "文件超过 1 MB，请用命令行 npm run import 导入" : null);
              }}
            />
            {fileError && (
              <p id="page-file-error" className="mt-1 text-sm text-paper-red">
                {fileError}
              </p>
            )}
          </div>
        </div>
        <TextField id="page-file-name" name="fileName" label="文件名（可选）" hint="重新导入同一版面的修订稿时填写原文件名；留空则按文件名或内容自动命名" errors={state.fieldErrors?.fileName} />
        <TextAreaField id="page-text" name="text" label="粘贴版面文字（OCR）" rows={8} hint="选择了文件时以文件为准" errors={state.fieldErrors?.text} />
        <button type="submit" className={buttonClass} disabled={isPending}>
          {isPending ? "正在解析…" : "解析"}
        </button>
      </form>
      {preview && <PageReview key={`${preview.fileName}:${preview.text.length}:${preview.date}`} preview={preview} pagesOnDate={state.data?.pagesOnDate ?? []} action={importAction} />}
    </>
  );
}
