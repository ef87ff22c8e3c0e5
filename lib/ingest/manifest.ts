// The seed manifest: which page files to import and the date each was printed.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { PageFile } from "./import-files";

const manifestSchema = z.object({
  pages: z.array(z.object({ file: z.string().min(1), date: z.iso.date() })).min(1),
});

export const SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");

export async function readSeedManifest(seedsDir = SEEDS_DIR): Promise<PageFile[]> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(seedsDir, "manifest.json"), "utf8")));
  return manifest.pages.map((page) => ({ file: path.join(seedsDir, "pages", page.file), date: page.date }));
}
