// Export and restore through files: the export is written next to its destination and renamed
// into place only once complete, so a crashed export never leaves a file that looks whole.
import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import type { Database } from "@/lib/db/create-client";
import { exportDatabase, type ExportOptions, type ExportResult } from "./export";
import { parseHeader } from "./format";
import { restoreDatabase, type RestoreOptions, type RestoreResult } from "./restore";

/** `--out` may name a file or an existing folder (then a dated file name is made inside it). */
export function resolveExportPath(out: string, now = new Date()): string {
  if (existsSync(out) && statSync(out).isDirectory()) {
    const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
    return path.join(out, `yongkang-export-${stamp}.jsonl`);
  }
  return out;
}

export async function exportToFile(db: Database, file: string, options: Omit<ExportOptions, "write"> = {}): Promise<ExportResult> {
  if (existsSync(file)) throw new Error(`${file} already exists: choose another name (an export never overwrites a file)`);
  const partial = `${file}.partial`;
  // flush: the data reaches the disk before the rename makes the file look complete.
  const stream = createWriteStream(partial, { encoding: "utf8", flush: true });
  try {
    const result = await exportDatabase(db, {
      ...options,
      write: async (line) => {
        if (!stream.write(`${line}\n`)) await once(stream, "drain");
      },
    });
    await new Promise<void>((resolve, reject) => {
      stream.once("close", resolve).once("error", reject).end();
    });
    await rename(partial, file);
    return result;
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** The file's lines without "\n", read only as fast as they are consumed (the stream's own backpressure). */
export async function* readLines(file: string): AsyncGenerator<string> {
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  let rest = "";
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) yield line.endsWith("\r") ? line.slice(0, -1) : line;
    }
    if (rest !== "") yield rest;
  } finally {
    stream.destroy();
  }
}

export async function restoreFromFile(db: Database, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const lines = readLines(file);
  try {
    return await restoreDatabase(db, lines, options);
  } finally {
    await lines.return(undefined);
  }
}

/** The header of an export file, checked, without reading further (throws RestoreError). */
export async function readExportHeader(file: string) {
  for await (const line of readLines(file)) return parseHeader(line);
  return parseHeader(undefined);
}
