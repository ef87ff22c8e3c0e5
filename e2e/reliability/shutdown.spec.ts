// Short version of `npm run reliability:shutdown`: SIGTERM to a loaded `npm start`'s process group.
import { expect, test } from "@playwright/test";
import { runShutdownScenario } from "../../scripts/reliability/support/shutdown-scenario";

test("SIGTERM under load: begun requests finish, the pool closes, PostgreSQL stops cleanly", async () => {
  test.setTimeout(180_000);
  const report = await runShutdownScenario({ concurrency: 4, loadMs: 3_000, log: () => {} });
  const failed = report.checks.filter((check) => !check.isPassed).map((check) => `${check.name}: ${check.detail}`);
  expect(failed, report.lines.join("\n")).toEqual([]);
});
