// npm run reliability:fuzz-parser -- [--cases 500] [--seed 1] [--max-chars 600000]
// Fuzzes decode → parse with the hostile families of lib/ingest/__fixtures__/hostile-input.ts
// and the adversarial pages at the 2 MiB limit; reports per family the slowest page (wall
// and CPU time) and, for the pages at the limit, how the time grows from 512 KiB to 2 MiB
// (×4 bytes: about ×4 time is linear, ×16 would be quadratic). Exits 1 when something other
// than an IngestError is thrown, a result is not deterministic, or a page takes more than 1 s
// of CPU. Wall time is printed too: on a busy machine it also counts waiting for a core.
import { parseArgs } from "node:util";
import fc from "fast-check";
import { MAX_PAGE_BYTES } from "@/lib/ingest/decode";
import { hostileFamilies, ingestBytes, ingestText, pagesAtTheLimit, type IngestOutcome } from "@/lib/ingest/__fixtures__/hostile-input";
import { describeMachine } from "./support/machine";

const LIMIT_MS = 1000;
const { values } = parseArgs({ options: { cases: { type: "string", default: "500" }, seed: { type: "string", default: "1" }, "max-chars": { type: "string", default: "600000" } } });
const cases = Number(values.cases);
const seed = Number(values.seed);
const maxChars = Number(values["max-chars"]);

interface Timed {
  outcome: IngestOutcome;
  wallMs: number;
  cpuMs: number;
}

function timed(run: () => IngestOutcome): Timed {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const outcome = run();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { outcome, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const failures: string[] = [];
let slowestCpu = 0;
let slowestWall = 0;
let total = 0;

function measure(label: string, run: () => IngestOutcome, checkTwice: boolean): Timed | null {
  try {
    const first = timed(run);
    if (checkTwice && JSON.stringify(run()) !== JSON.stringify(first.outcome)) failures.push(`${label}: not deterministic`);
    slowestCpu = Math.max(slowestCpu, first.cpuMs);
    slowestWall = Math.max(slowestWall, first.wallMs);
    total += 1;
    return first;
  } catch (error) {
    failures.push(`${label}: threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return null;
  }
}

console.log(describeMachine());
console.log(`\n| family | cases | rejected | slowest wall | slowest CPU |\n| --- | --- | --- | --- | --- |`);
for (const [name, family] of Object.entries(hostileFamilies({ maxChars }))) {
  const inputs: (string | Uint8Array)[] = family.kind === "text" ? fc.sample(family.arbitrary, { numRuns: cases, seed }) : fc.sample(family.arbitrary, { numRuns: cases, seed });
  let rejected = 0;
  let wall = 0;
  let cpu = 0;
  inputs.forEach((input, i) => {
    const result = measure(`${name} #${i}`, () => (typeof input === "string" ? ingestText(input) : ingestBytes(input)), true);
    if (!result) return;
    if ("rejected" in result.outcome) rejected += 1;
    wall = Math.max(wall, result.wallMs);
    cpu = Math.max(cpu, result.cpuMs);
  });
  console.log(`| ${name} | ${inputs.length} | ${rejected} | ${wall.toFixed(0)} ms | ${cpu.toFixed(0)} ms |`);
}

console.log(`\n| page at the limit | outcome | wall at 2 MiB | CPU at 2 MiB | CPU ×, 512 KiB → 2 MiB |\n| --- | --- | --- | --- | --- |`);
const quarter = pagesAtTheLimit(MAX_PAGE_BYTES / 4);
for (const [name, bytes] of Object.entries(pagesAtTheLimit())) {
  const full = measure(name, () => ingestBytes(bytes), false);
  const small = measure(`${name} (512 KiB)`, () => ingestBytes(quarter[name] as Uint8Array), false);
  if (!full || !small) continue;
  const outcome = "rejected" in full.outcome ? `rejected ${full.outcome.rejected}` : `${full.outcome.articles} articles`;
  console.log(`| ${name} | ${outcome} | ${full.wallMs.toFixed(0)} ms | ${full.cpuMs.toFixed(0)} ms | ${(full.cpuMs / Math.max(small.cpuMs, 1)).toFixed(1)} |`);
}

console.log(`\n${total} pages: slowest ${slowestCpu.toFixed(0)} ms CPU, ${slowestWall.toFixed(0)} ms wall (limit ${LIMIT_MS} ms CPU).`);
if (slowestCpu > LIMIT_MS) failures.push(`a page took ${slowestCpu.toFixed(0)} ms of CPU`);
for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
console.log(failures.length === 0 ? "Every page parsed or was rejected with an IngestError, deterministically, within the limit." : `FAILED: ${failures.length} problems.`);
process.exit(failures.length === 0 ? 0 : 1);
