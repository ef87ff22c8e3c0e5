// What the import screen's server actions return (shared by the actions and the components).
import type { FormState } from "@/lib/forms";
import type { ImportedPage } from "./import-mutations";
import type { PageOnDate } from "./import-queries";
import type { DraftArticle, DraftErrors, PagePreview } from "./import-preview";

export type PagePreviewState = FormState<"text" | "date" | "fileName", { preview: PagePreview; pagesOnDate: PageOnDate[] }>;
export type ImportState = FormState<"payload", { errors?: DraftErrors; result?: ImportedPage }>;
export type ArticlePreviewState = FormState<"text" | "date", { draft: DraftArticle }>;
