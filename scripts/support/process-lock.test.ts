import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireLock } from "./process-lock";

const lockFile = () => path.join(mkdtempSync(path.join(tmpdir(), "lock-test-")), "start.lock");

describe("the start lock", () => {
  it("refuses a second holder while the first process is alive, naming its pid", async () => {
    const file = lockFile();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      writeFileSync(file, String(other.pid));
      expect(acquireLock(file)).toEqual({ heldBy: other.pid });
      expect(readFileSync(file, "utf8")).toBe(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that is gone, and releases it", () => {
    const file = lockFile();
    writeFileSync(file, "999999999");
    const lock = acquireLock(file);
    expect("release" in lock).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(String(process.pid));
    if ("release" in lock) lock.release();
    expect(existsSync(file)).toBe(false);
  });
});
