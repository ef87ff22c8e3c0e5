// npm test: every layer in order, a summary line per layer, and one closing line for CI.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfStale } from "./support/build";
import { ROOT } from "./support/database";

interface LayerResult {
  name: string;
  passed: number;
  failed: number;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

async function singleCheck(name: string, command: string, args: string[]): Promise<LayerResult> {
  console.log(`\n== ${name} ==`);
  const code = await run(command, args);
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
}

function readJson<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function vitestLayer(name: string, project: string): Promise<LayerResult> {
  console.log(`\n== ${name} ==`);
  const report = path.join(tmpdir(), `vitest-${project}-${process.pid}.json`);
  rmSync(report, { force: true });
  const code = await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTests: number }>(report);
  rmSync(report, { force: true });
  const passed = json?.numPassedTests ?? 0;
  // A crash before any report, or failed suites with no failed test, still count as a failure.
  const failed = (json?.numFailedTests ?? 0) || (code === 0 ? 0 : 1);
  return { name, passed, failed };
}

async function e2eLayer(): Promise<LayerResult> {
  console.log("\n== end-to-end (Playwright, production build) ==");
  try {
    await buildIfStale(ROOT, (line) => console.log(line));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return { name: "e2e", passed: 0, failed: 1 };
  }
  const report = path.join(tmpdir(), `playwright-${process.pid}.json`);
  rmSync(report, { force: true });
  const code = await run(bin("playwright"), ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report);
  rmSync(report, { force: true });
  const passed = (json?.stats.expected ?? 0) + (json?.stats.flaky ?? 0);
  const failed = (json?.stats.unexpected ?? 0) || (code === 0 ? 0 : 1);
  return { name: "e2e", passed, failed };
}

const results: LayerResult[] = [];
results.push(await singleCheck("lint", bin("eslint"), ["."]));
results.push(await singleCheck("typecheck", bin("tsc"), ["--noEmit"]));
results.push(await vitestLayer("unit", "unit"));
results.push(await vitestLayer("integration", "integration"));
results.push(await e2eLayer());

console.log("\n== summary ==");
for (const result of results) console.log(`${result.name}: ${result.passed} passed, ${result.failed} failed`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
