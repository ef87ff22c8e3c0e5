// npm run reliability:shutdown [-- --concurrency 20 --seconds 5]
// Runs `npm start` on a throwaway data directory, keeps `--concurrency` requests in flight, sends
// SIGTERM to its whole process group and checks: requests already accepted complete, later ones
// are refused (never cut off), the app closes its connection pool, PostgreSQL stops, and its
// next start needs no crash recovery. Exits 1 when a check fails.
import { parseArgs } from "node:util";
import { machineLine, printChecks } from "./support/report";
import { runShutdownScenario } from "./support/shutdown-scenario";

const { values } = parseArgs({
  options: {
    concurrency: { type: "string", default: "20" },
    seconds: { type: "string", default: "5" },
  },
});
const log = (line: string) => console.log(`[shutdown] ${line}`);

const report = await runShutdownScenario({ concurrency: Number(values.concurrency), loadMs: Number(values.seconds) * 1000, log });
console.log(`\n## Graceful shutdown — ${machineLine()}`);
console.log(report.lines.join("\n"));
process.exit(printChecks(report.checks));
