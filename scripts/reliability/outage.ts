// npm run reliability:outage [-- --seconds 10 --connections 20 --articles 2000]
// Under load, stops the app's PostgreSQL for `--seconds`, then starts it again on the same data
// directory, and checks: while it is down every page answers 503 with the Chinese page and
// /api/health says db: down; within 5 s of its return everything answers 200 again (no app
// restart); no editor save is reported as saved unless its revision was committed.
// Exits 1 when a check fails. Figures go to RELIABILITY.md.
import { parseArgs } from "node:util";
import { findFreePort } from "@/lib/db/embedded";
import { startAppUnderTest } from "./support/app-under-test";
import { runOutageScenario } from "./support/outage-scenario";
import { machineLine, printChecks } from "./support/report";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    articles: { type: "string", default: "2000" },
  },
});
const log = (line: string) => console.log(`[outage] ${line}`);

const serverLog: string[] = [];
const app = await startAppUnderTest({ port: await findFreePort(), corpusArticles: Number(values.articles), log, onServerOutput: (line) => serverLog.push(line) });
let exitCode = 1;
try {
  const report = await runOutageScenario(app, {
    connections: Number(values.connections),
    outageMs: Number(values.seconds) * 1000,
    steadyMs: 10_000,
    recoveryLimitMs: 5_000,
    log,
  });
  console.log(`\n## Database outage — ${machineLine()}`);
  console.log(report.lines.join("\n"));
  console.log(`- the app's log: ${serverLog.filter((line) => line.includes("[db]")).join(" | ")}`);
  exitCode = printChecks(report.checks);
} finally {
  await app.stop();
}
process.exit(exitCode);
