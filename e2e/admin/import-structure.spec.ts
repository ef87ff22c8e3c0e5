// The import review's split and merge: the editor regroups the parser's articles, the server
// re-parses and stores exactly that grouping, with spans and bylines derived on its side.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { signIn } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-test";
import { uniqueSuffix } from "../fixtures/database";

const SEED_PAGE = path.resolve(import.meta.dirname, "../../seeds/pages/002_6ac7b1a4b5ec4ac0.txt");

interface StoredArticle {
  id: number;
  title: string | null;
  subtitle: string | null;
  reporters: string[];
  bylines: { name: string }[];
  span: [number, number];
}

async function storedArticles(databaseUrl: string, date: string): Promise<StoredArticle[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<StoredArticle & { span_start: number; span_end: number }>(
      `SELECT a.id, a.title, a.subtitle, a.reporters, a.bylines, a.span_start, a.span_end
         FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.date = $1 ORDER BY a.position`,
      [date],
    );
    return rows.map(({ span_start, span_end, ...row }) => ({ ...row, span: [span_start, span_end] }));
  } finally {
    await client.end();
  }
}

test("an editor splits one article in two and merges two into one before importing", async ({ page, data, adminServer }) => {
  // The page's datelines say 8月2日 and 8月1日: a year of its own keeps other specs' pages apart.
  const year = 1950 + Math.floor(Math.random() * 20);
  const date = `${year}-08-02`;
  await signIn(page, await data.createUser());
  await page.goto("/admin/import");
  await page.getByLabel("版面日期").fill(date);
  await page.getByLabel("粘贴版面文字（OCR）").fill(readFileSync(SEED_PAGE, "utf8"));
  await page.getByRole("button", { name: "解析" }).click();

  const review = page.getByRole("region", { name: "解析结果" });
  const marks = review.getByLabel("原始版面文字").locator("mark");
  await expect(review).toContainText("识别出 3 篇");
  await expect(marks).toHaveCount(3);

  // Split the report before its fourth paragraph: the new second article has no headline yet.
  const report = review.getByRole("article", { name: "第 1 篇" });
  await report.getByText("段落操作").click();
  await report.getByRole("button", { name: "从第 4 段起拆为新的一篇" }).click();
  await expect(review).toContainText("识别出 4 篇");
  await expect(marks).toHaveCount(4);
  const second = review.getByRole("article", { name: "第 2 篇" });
  await expect(second.getByRole("textbox", { name: "标题", exact: true })).toHaveValue("");
  await expect(second.getByRole("textbox", { name: "正文", exact: true })).toHaveValue(/^章旭升强调，要突出重点/);
  const newTitle = `拆分出的报道-${uniqueSuffix()}`;
  await second.getByRole("textbox", { name: "标题", exact: true }).fill(newTitle);

  // Merge the visit (third) with the commentary (fourth): the commentary's headline joins the body.
  await review.getByRole("article", { name: "第 3 篇" }).getByRole("button", { name: "与下一篇合并" }).click();
  await expect(review).toContainText("识别出 3 篇");
  await expect(marks).toHaveCount(3);
  const merged = review.getByRole("article", { name: "第 3 篇" });
  await expect(merged.getByRole("textbox", { name: "记者", exact: true })).toHaveValue("楼盼、陈晓苏");
  await expect(merged.getByRole("textbox", { name: "正文", exact: true })).toHaveValue(/双向奔赴 收获幸福\n\n论坚定不移推进城市更新行动\n\n城市更新需要力度/);

  // A body line becomes the subtitle, and goes back.
  await merged.getByText("段落操作").click();
  await merged.getByRole("button", { name: "第 7 段设为副题" }).click();
  await expect(merged.getByRole("textbox", { name: "副题", exact: true })).toHaveValue("论坚定不移推进城市更新行动");
  await expect(merged.getByRole("textbox", { name: "正文", exact: true })).not.toHaveValue(/论坚定不移推进城市更新行动/);
  await merged.getByRole("button", { name: "把副题移入正文" }).click();
  await expect(merged.getByRole("textbox", { name: "副题", exact: true })).toHaveValue("");
  await expect(merged.getByRole("textbox", { name: "正文", exact: true })).toHaveValue(/^论坚定不移推进城市更新行动\n\n/);

  await review.getByRole("button", { name: "全部发布" }).click();
  await review.getByRole("button", { name: "导入（发布 3 篇）" }).click();
  await expect(review.getByRole("status")).toHaveText("版面已导入");
  await expect(review.getByRole("list", { name: "已导入的文章" }).getByRole("listitem")).toHaveCount(3);

  const stored = await storedArticles(adminServer.databaseUrl, date);
  expect(stored.map((article) => article.title)).toEqual(["群策群力 合力攻坚", newTitle, "着力数字赋能 推动共富先行"]);
  // Spans tile the report and join the merged pair; printed bylines follow the articles' heads.
  expect(stored[0]!.span[1]).toBe(stored[1]!.span[0]);
  expect(stored[1]!.span[1]).toBeLessThan(stored[2]!.span[0]);
  expect(stored.map((article) => article.bylines.map((byline) => byline.name))).toEqual([["陈晓苏"], [], ["楼盼", "陈晓苏", "本报特约评论员"]]);

  await page.goto(`/articles/${stored[1]!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newTitle);
  await expect(page.getByText(/^章旭升强调，要突出重点/)).toBeVisible();
});
