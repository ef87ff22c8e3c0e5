// Runs `next build` when the build is missing or older than the sources it was made from.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runNext } from "./next";

const BUILD_INPUTS = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "prisma/schema.prisma", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIPPED = new Set(["node_modules", "generated", "__fixtures__"]);
const STAMP = ".next/BUILD_SOURCE_HASH";

function* filesUnder(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (!statSync(entry).isDirectory()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (SKIPPED.has(name) || name.endsWith(".test.ts")) continue;
    yield* filesUnder(path.join(entry, name));
  }
}

export function sourceHash(root: string): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(path.join(root, input))) {
      hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export async function buildIfStale(root: string, log: (line: string) => void): Promise<void> {
  const wanted = sourceHash(root);
  const stampFile = path.join(root, STAMP);
  const current = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : null;
  if (current === wanted && existsSync(path.join(root, ".next/BUILD_ID"))) {
    log("Production build is up to date.");
    return;
  }
  log(current ? "Sources changed since the last build: running next build…" : "No production build yet: running next build…");
  const code = await runNext(["build"], { cwd: root, env: process.env }).exited;
  if (code !== 0) throw new Error(`next build failed (exit ${code}).`);
  writeFileSync(stampFile, wanted);
}
