// Known domain errors as form answers (Chinese); anything else is rethrown to error.tsx.
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import type { FormState } from "@/lib/forms";

const NOT_FOUND_MESSAGES = {
  article: "找不到这篇文章，可能已被删除",
  page: "找不到这个版面",
  revision: "找不到这个历史版本",
  user: "找不到这个账号",
  official: "找不到这位领导，可能已被合并或改为记者",
  topic: "找不到这个主题",
} as const;

export function knownErrorState<Field extends string>(error: unknown): FormState<Field> {
  if (error instanceof NotFoundError && error.entity === "page") {
    return { status: "error", message: "请修正标出的字段", fieldErrors: { pageId: [NOT_FOUND_MESSAGES.page] } as FormState<Field>["fieldErrors"] };
  }
  if (error instanceof NotFoundError) return { status: "error", message: NOT_FOUND_MESSAGES[error.entity] };
  if (error instanceof InvalidStateError) return { status: "error", message: "当前状态下不能这样操作，请刷新页面后重试" };
  throw error;
}
