// The benchmark's output: a Markdown table (printed, and written into BENCHMARKS.md between markers
// of its own per corpus size) and bench/results.json.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ms } from "../support/latency";
import type { LoadResult } from "./load";
import type { BenchRoute } from "./routes";

export interface RouteResult {
  route: BenchRoute;
  /** Null where the route is missing from this build (404). */
  cold: { p50: number; p95: number; max: number } | null;
  runs: LoadResult[];
}

export interface BenchRun {
  articles: number;
  date: string;
  commit: string;
  machine: string;
  results: RouteResult[];
}

export function describeMachine(postgres: string): { machine: string; commit: string } {
  const cpus = os.cpus();
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${postgres}`;
  return { machine, commit };
}

const rps = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: value < 100 ? 1 : 0 });

export function renderTable(run: BenchRun): string {
  const floor = run.results.find((result) => result.route.key === "floor");
  const floorRps = (connections: number) => floor?.runs.find((r) => r.connections === connections)?.requestsPerSecond ?? Number.NaN;
  const lines = [
    `Articles: ${run.articles.toLocaleString("en-US")}. Machine: ${run.machine}. Date: ${run.date}. Commit: ${run.commit}.`,
    "",
    "| route | cold p50 / p95 | 1 conn: req/s, p50, p95, p99 | 20 conn: req/s, p50, p95, p99 | 20 conn vs floor | errors | aim (20 conn) |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const { route, cold, runs } of run.results) {
    if (!cold && runs.length === 0) {
      lines.push(`| ${route.label} | (not in this build) | | | | | |`);
      continue;
    }
    const cell = (connections: number) => {
      const r = runs.find((candidate) => candidate.connections === connections);
      return r ? `${rps(r.requestsPerSecond)}, ${ms(r.p50)}, ${ms(r.p95)}, ${ms(r.p99)}` : "";
    };
    const at20 = runs.find((r) => r.connections === 20);
    const ratio = at20 ? `${((at20.requestsPerSecond / floorRps(20)) * 100).toFixed(0)} %` : "";
    const errors = runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0);
    const aim = route.target && at20 ? verdict(route.target, at20, floorRps(20)) : "";
    lines.push(`| ${route.label} | ${cold ? `${ms(cold.p50)} / ${ms(cold.p95)}` : ""} | ${cell(1)} | ${cell(20)} | ${ratio} | ${errors} | ${aim} |`);
  }
  return lines.join("\n");
}

function verdict(target: NonNullable<BenchRoute["target"]>, at20: LoadResult, floorRps: number): string {
  const misses = [];
  if (at20.p95 > target.p95) misses.push(`p95 > ${target.p95} ms`);
  if (target.halfFloor && at20.requestsPerSecond < floorRps / 2) misses.push("< 50 % of floor");
  return misses.length === 0 ? `met (p95 ≤ ${target.p95} ms${target.halfFloor ? ", ≥ 50 % floor" : ""})` : `missed: ${misses.join(", ")}`;
}

export function writeReports(root: string, run: BenchRun): void {
  const dir = path.join(root, "bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "results.json");
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, BenchRun>) : {};
  writeFileSync(file, `${JSON.stringify({ ...previous, [String(run.articles)]: run }, null, 2)}\n`);

  const benchmarks = path.join(root, "BENCHMARKS.md");
  const start = `<!-- bench:${run.articles}:start -->`;
  const end = `<!-- bench:${run.articles}:end -->`;
  const block = `${start}\n${renderTable(run)}\n${end}`;
  let text = existsSync(benchmarks) ? readFileSync(benchmarks, "utf8") : "# Benchmarks\n";
  if (text.includes(start) && text.includes(end)) {
    text = text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length);
  } else {
    const heading = "## Reader routes (`npm run bench`)";
    if (!text.includes(heading)) text = `${text.trimEnd()}\n\n${heading}\n`;
    const at = text.indexOf(heading) + heading.length;
    text = `${text.slice(0, at)}\n\n${block}\n${text.slice(at).replace(/^\n+/, "\n")}`;
  }
  writeFileSync(benchmarks, text.endsWith("\n") ? text : `${text}\n`);
}
