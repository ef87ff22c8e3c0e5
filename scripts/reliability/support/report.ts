// Printing the reliability scripts' figures and verdicts.
import os from "node:os";
import type { WindowSummary } from "./stats";

export interface Check {
  name: string;
  isPassed: boolean;
  detail: string;
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  // Other engineers' builds and tests share these machines: the load average says how much.
  const load = os.loadavg().map((value) => value.toFixed(1)).join(" / ");
  return `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, load average ${load} (1/5/15 min) at the end`;
}

export function printWindows(windows: WindowSummary[]): void {
  console.log("| from (s) | requests | p50 (ms) | p95 (ms) | max (ms) |");
  console.log("| ---: | ---: | ---: | ---: | ---: |");
  for (const window of windows) {
    console.log(`| ${window.fromSecond} | ${window.requests} | ${window.p50.toFixed(0)} | ${window.p95.toFixed(0)} | ${window.max.toFixed(0)} |`);
  }
}

/** Prints each check and returns the process exit code: 0 only when every check passed. */
export function printChecks(checks: Check[]): number {
  console.log("");
  for (const check of checks) console.log(`${check.isPassed ? "PASS" : "FAIL"}  ${check.name}: ${check.detail}`);
  const failed = checks.filter((check) => !check.isPassed).length;
  console.log(failed ? `\n${failed} of ${checks.length} checks failed.` : `\nAll ${checks.length} checks passed.`);
  return failed ? 1 : 0;
}
