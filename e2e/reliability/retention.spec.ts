// Short version of `npm run reliability:retention`: finished renders are freed. Without
// instrumentation.ts this run left 230 and then 287 requests alive (the long one 604, then 1,083);
// with it about 30. Run as a child process: the app's modules load under tsx, not Playwright.
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX_CLI = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

test("two rounds of the reader mix: the server's heap keeps few of their requests, and no more after the second", async () => {
  test.setTimeout(300_000);
  const args = ["scripts/reliability/retention.ts", "--requests", "1200", "--at-once", "12", "--articles", "2000"];
  const child = spawn(process.execPath, [TSX_CLI, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) stream.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  expect(output).toContain("All 3 checks passed.");
  expect(code, output).toBe(0);
});
