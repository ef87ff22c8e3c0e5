// The text fields of the article form (uncontrolled: the browser keeps what the editor types).
import type { ArticleFieldErrors } from "@/lib/admin/article-form-state";
import type { ArticleFormValues } from "@/lib/articles/schema";
import { ARTICLE_LIMITS } from "@/lib/articles/schema";
import { SelectField, TextAreaField, TextField } from "./field";
import { KIND_LABELS } from "./labels";

export interface ArticleDefaults {
  kind: string;
  kicker: string;
  title: string;
  subtitle: string;
  /** Names joined by 、 */
  reporters: string;
  date: string;
  pageId: string;
  body: string;
}

interface Props {
  defaults: ArticleDefaults;
  /** What the editor last submitted, when the server answered with the form again. */
  values?: ArticleFormValues;
  errors: ArticleFieldErrors;
}

export function ArticleTextFields({ defaults, values, errors }: Props) {
  const initial = (field: keyof ArticleDefaults) => values?.[field] ?? defaults[field];
  return (
    <>
      <div className="grid gap-x-4 md:grid-cols-3">
        <SelectField id="kind" name="kind" label="类型" defaultValue={initial("kind")} errors={errors.kind}>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField id="date" name="date" type="date" label="日期" required defaultValue={initial("date")} errors={errors.date} />
        <TextField id="pageId" name="pageId" inputMode="numeric" label="版面编号（可选）" hint="所属版面的编号，不关联则留空" defaultValue={initial("pageId")} errors={errors.pageId} />
      </div>
      <TextField id="kicker" name="kicker" label="引题" maxLength={ARTICLE_LIMITS.kicker} defaultValue={initial("kicker")} errors={errors.kicker} />
      <TextField id="title" name="title" label="标题" maxLength={ARTICLE_LIMITS.title} defaultValue={initial("title")} errors={errors.title} hint="图片新闻可不填" />
      <TextField id="subtitle" name="subtitle" label="副题" maxLength={ARTICLE_LIMITS.subtitle} defaultValue={initial("subtitle")} errors={errors.subtitle} />
      <TextField id="reporters" name="reporters" label="记者" hint="多位记者用顿号（、）分隔" defaultValue={initial("reporters")} errors={errors.reporters} />
      <TextAreaField id="body" name="body" label="正文" rows={18} hint="纯文本，每行一段；不支持 HTML" required defaultValue={initial("body")} errors={errors.body} />
    </>
  );
}
