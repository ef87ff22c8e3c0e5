// Empties what the production server caches between runs, so "cold" means no page or query cached.
import { rm } from "node:fs/promises";
import path from "node:path";

export async function emptyCaches(root: string): Promise<void> {
  // Next's data and ISR caches (pages rendered at run time are written here, not into the build).
  await rm(path.join(root, ".next/cache"), { recursive: true, force: true });
}
