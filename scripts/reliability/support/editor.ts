// An editor in a headless Chromium who opens an article's edit page, changes the body and
// saves, again and again: the real form, the real server action, the real success message.
// Each save carries a marker, so the revisions in the database tell which saves committed.
import { chromium, type Browser, type Page } from "@playwright/test";
import { testData } from "../../../e2e/fixtures/database";
import { sleep } from "./http";

export type SaveOutcome = "saved" | "error" | "no-answer" | "page-unavailable";

export interface SaveAttempt {
  marker: string;
  /** ms since the editor started: when it opened the edit page, and when the page answered */
  at: number;
  doneAt: number;
  outcome: SaveOutcome;
  /** The version the page reported as saved. */
  version?: number;
  /** What the page said (the success or error text, or the edit page's HTTP status). */
  message: string;
}

export interface EditorRun {
  articleId: number;
  attempts: SaveAttempt[];
  /** Stops after the save in progress. */
  stop(): Promise<void>;
}

const SAVED = /已保存（第 (\d+) 版）/;
// Generous: under a soak's load a page can take many seconds, and an editor waits for the spinner.
const ANSWER_TIMEOUT_MS = 60_000;

function chromiumPath(): string {
  return process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? "/usr/bin/chromium";
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/admin/login");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/admin$/);
}

type Verdict = Omit<SaveAttempt, "marker" | "at" | "doneAt">;

/**
 * Saves a new body on the open edit form and waits for the page's verdict. The form stays open
 * between saves (as an editor keeps working), so a save can be clicked while the database is
 * down; the page is reloaded only when the last save did not succeed.
 */
async function saveOnce(page: Page, articleId: number, marker: string, last: { version: number | null }): Promise<Verdict> {
  if (last.version === null) {
    const response = await page.goto(`/admin/articles/${articleId}`).catch(() => null);
    if (!response || response.status() !== 200) return { outcome: "page-unavailable", message: `HTTP ${response?.status() ?? "no answer"}` };
  }
  await page.getByLabel("正文").fill(`这是可靠性测试的正文。\n\n一次定时保存：${marker}`);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const saved = await page.getByRole("status").filter({ hasText: SAVED }).first().textContent({ timeout: 100 }).catch(() => null);
    const version = saved ? Number(SAVED.exec(saved)![1]) : null;
    // The previous save's message stays until this one's verdict replaces it.
    if (saved && version !== null && version > (last.version ?? 0)) return { outcome: "saved", version, message: saved.trim() };
    // Not Next's route announcer, an empty role="alert" on every page.
    const alert = await page.getByRole("alert").filter({ hasText: /\S/ }).first().textContent({ timeout: 100 }).catch(() => null);
    if (alert) return { outcome: "error", message: alert.trim().slice(0, 120) };
    await sleep(100);
  }
  return { outcome: "no-answer", message: `nothing after ${ANSWER_TIMEOUT_MS / 1000} s` };
}

export interface EditorOptions {
  baseURL: string;
  databaseUrl: string;
  intervalMs: number;
  /** Date.now() that attempt times count from (default: when the first save starts). */
  origin?: number;
  /** A browser to open the editor's page in (a test's); by default one is launched and closed. */
  browser?: Browser;
}

export async function startEditor(options: EditorOptions): Promise<EditorRun> {
  const data = testData(options.databaseUrl);
  const user = await data.createUser("editor");
  const articleId = await data.createArticle({ title: `可靠性测试文章-${Date.now()}` });
  const browser = options.browser ?? (await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] }));
  const context = await browser.newContext({ baseURL: options.baseURL, locale: "zh-CN" });
  const page = await context.newPage();
  page.setDefaultTimeout(ANSWER_TIMEOUT_MS);
  await signIn(page, user.email, user.password);

  const startedAt = options.origin ?? Date.now();
  const attempts: SaveAttempt[] = [];
  let isStopping = false;
  // The wait between saves ends early when stop() is called (a long --editor-seconds must not hold it up).
  let wakeUp = () => {};
  const pause = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wakeUp = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  const last = { version: null as number | null };
  const loop = (async () => {
    for (let n = 1; !isStopping; n++) {
      const marker = `save-${startedAt}-${n}`;
      const at = Date.now() - startedAt;
      const result: Verdict = await saveOnce(page, articleId, marker, last).catch((error: unknown) => ({ outcome: "no-answer", message: String(error).slice(0, 120) }));
      last.version = result.outcome === "saved" ? result.version! : null;
      attempts.push({ marker, at, doneAt: Date.now() - startedAt, ...result });
      if (!isStopping) await pause(options.intervalMs);
    }
  })();

  return {
    articleId,
    attempts,
    async stop() {
      isStopping = true;
      wakeUp();
      await loop;
      await context.close();
      if (!options.browser) await browser.close();
    },
  };
}

export interface SaveAudit {
  saved: number;
  /** Reported saved, but no revision of that version with its marker: must be 0. */
  falseSuccesses: SaveAttempt[];
  /** Reported as failed, yet committed (allowed: the answer was lost, not the save). */
  committedDespiteError: number;
  failed: number;
  unavailable: number;
}

/** Checks every attempt against the article's revisions. */
export async function auditSaves(databaseUrl: string, run: Pick<EditorRun, "articleId" | "attempts">): Promise<SaveAudit> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: number; body: string }>(
      `SELECT version, snapshot->>'body' AS body FROM article_revisions WHERE article_id = $1`,
      [run.articleId],
    );
    const committed = (marker: string) => rows.find((row) => row.body.includes(marker));
    const audit: SaveAudit = { saved: 0, falseSuccesses: [], committedDespiteError: 0, failed: 0, unavailable: 0 };
    for (const attempt of run.attempts) {
      const revision = committed(attempt.marker);
      if (attempt.outcome === "saved") {
        audit.saved++;
        if (!revision || revision.version !== attempt.version) audit.falseSuccesses.push(attempt);
      } else if (attempt.outcome === "page-unavailable") {
        audit.unavailable++;
      } else {
        audit.failed++;
        if (revision) audit.committedDespiteError++;
      }
    }
    return audit;
  } finally {
    await client.end();
  }
}
