// npm run report:js – the gzipped JavaScript each reader route loads first, from the production
// build in .next/ (run `npm run build` first). Exits 1 when a route is over the budget.
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { ROOT } from "./support/database";
import { firstLoadFiles, formatReport, isReaderRoute, pageEntries, reportRoutes, type BuildManifest, type ClientReferenceManifest } from "./support/first-load-js";

const BUDGET_BYTES = 120 * 1024;
const NEXT_DIR = path.join(ROOT, ".next");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(NEXT_DIR, file), "utf8")) as T;

if (!existsSync(path.join(NEXT_DIR, "BUILD_ID"))) {
  console.error("No production build in .next/: run `npm run build` first.");
  process.exit(2);
}

/** The manifest file assigns globalThis.__RSC_MANIFEST[entry]; run it in a sandbox to read it. */
function clientManifest(entry: string): ClientReferenceManifest {
  const file = path.join(NEXT_DIR, "server/app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(file)) return {};
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  return sandbox.__RSC_MANIFEST?.[entry] ?? {};
}

const build = readJson<BuildManifest>("build-manifest.json");
const routes = pageEntries(readJson<Record<string, string>>("app-path-routes-manifest.json"))
  .filter(({ route }) => isReaderRoute(route))
  .map(({ route, entry }) => ({ route, files: firstLoadFiles(build, clientManifest(entry)) }));

const sizeCache = new Map<string, { raw: number; gzip: number }>();
function sizeOf(file: string) {
  let size = sizeCache.get(file);
  if (!size) {
    const bytes = readFileSync(path.join(NEXT_DIR, file));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizeCache.set(file, size);
  }
  return size;
}

const reports = reportRoutes(routes, sizeOf, BUDGET_BYTES);
console.log(`First-load JS per reader route (gzip -9), build ${readFileSync(path.join(NEXT_DIR, "BUILD_ID"), "utf8").trim()}`);
console.log(`${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(formatReport(reports, BUDGET_BYTES));
const over = reports.filter((report) => !report.isWithinBudget);
console.log(over.length === 0 ? `\nEvery reader route is within ${BUDGET_BYTES / 1024} KB.` : `\nOver ${BUDGET_BYTES / 1024} KB: ${over.map((report) => report.route).join(", ")}`);
process.exit(over.length === 0 ? 0 : 1);
