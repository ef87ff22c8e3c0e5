// Short versions of the soak and the database outage (scripts/reliability: `npm run soak`,
// `npm run reliability:outage`), on a server of their own: these specs stop its database.
import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures/admin";
import { testData, uniqueSuffix } from "../fixtures/database";
import { startReliabilityApp, type ReliabilityApp } from "../fixtures/reliability-app";
import { runOutageScenario } from "../../scripts/reliability/support/outage-scenario";
import { runSoak } from "../../scripts/reliability/support/soak-scenario";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let app: ReliabilityApp;
const log = () => {};

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startReliabilityApp();
});
test.afterAll(async () => {
  await app?.stop();
});

const failedChecks = (report: { checks: Array<{ name: string; isPassed: boolean; detail: string }> }) =>
  report.checks.filter((check) => !check.isPassed).map((check) => `${check.name}: ${check.detail}`);

test("a short soak: readers and an editor at once, without a single error", async ({ browser }) => {
  const report = await runSoak(app, { connections: 4, durationMs: 12_000, warmUpMs: 3_000, editorIntervalMs: 1_000, maxRssGrowth: null, maxSessions: 11, log, browser });
  expect(failedChecks(report), report.lines.join("\n")).toEqual([]);
});

test("while the database is down a reader gets the Chinese 503 page; once it is back, the archive again", async ({ page, request }) => {
  await app.stopDatabase();
  try {
    const response = await page.goto(`${app.baseURL}/topics`);
    expect(response?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("档案库暂时无法访问，请稍后再试");
    await expect(page.locator("body")).not.toContainText(/error|exception|prisma/i);
    const health = await request.get(`${app.baseURL}/api/health`);
    expect(health.status()).toBe(503);
    expect(await health.json()).toEqual({ status: "degraded", db: "down" });
    const api = await request.get(`${app.baseURL}/api/articles?limit=1`);
    expect(api.status()).toBe(503);
    expect(await api.json()).toEqual({ error: { message: "档案库暂时无法访问，请稍后再试" } });
  } finally {
    await app.startDatabase();
  }
  // The same server, not restarted: the retry link brings the page back.
  await expect(async () => {
    await page.getByRole("link", { name: "重试" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "主题" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});

test("an editor's save while the database is down is refused in Chinese, nothing is saved, and the next save after it works", async ({ browser, request }) => {
  const data = testData(app.databaseUrl);
  const id = await data.createArticle({ title: `测试文章-${uniqueSuffix()}` });
  const context = await browser.newContext({ baseURL: app.baseURL, locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, await data.createUser());
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel("正文").fill("停库期间写下的正文。");

  await app.stopDatabase();
  try {
    expect((await request.get(`${app.baseURL}/api/health`)).status()).toBe(503);
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "修改没有保存" })).toContainText("档案库暂时无法访问，操作没有完成，修改没有保存。");
    await expect(page.getByText(/已保存/)).toHaveCount(0);
  } finally {
    await app.startDatabase();
  }
  await expect(async () => {
    const response = await page.goto(`/admin/articles/${id}`);
    expect(response?.status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  await page.getByLabel("正文").fill("恢复之后写下的正文。");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toHaveText("已保存（第 2 版）");
  await context.close();
});

test("an outage under load: 503s while down, the error page at worst for requests caught by the stop, no false save, recovery", async ({ browser }) => {
  const report = await runOutageScenario(app, { connections: 4, outageMs: 3_000, steadyMs: 3_000, recoveryLimitMs: 30_000, log, browser });
  expect(failedChecks(report), report.lines.join("\n")).toEqual([]);
});
