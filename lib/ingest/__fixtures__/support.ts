// Test support: reading seed pages and fixtures, splitting bodies into sentences.
import { readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES_DIR = import.meta.dirname;
export const SEEDS_DIR = path.resolve(import.meta.dirname, "../../../seeds");

export interface SeedPage {
  file: string;
  date: string;
  bytes: Uint8Array;
}

export function seedPages(): SeedPage[] {
  const manifest = JSON.parse(readFileSync(path.join(SEEDS_DIR, "manifest.json"), "utf8")) as {
    pages: { file: string; date: string }[];
  };
  return manifest.pages.map((p) => ({ ...p, bytes: new Uint8Array(readFileSync(path.join(SEEDS_DIR, "pages", p.file))) }));
}

export function seedPage(prefix: string): SeedPage {
  const page = seedPages().find((p) => p.file.startsWith(prefix));
  if (page === undefined) throw new Error(`no seed page ${prefix}`);
  return page;
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES_DIR, name)));
}

/** Sentences of a text: each ends with 。！？ and any closing quotes/brackets after it. */
export function sentences(text: string): string[] {
  return text.match(/[^。！？]+(?:[。！？]+[”’」』）)]*|$)/g)?.filter((s) => s.length > 0) ?? [];
}

export function firstSentence(paragraphs: readonly string[]): string {
  return sentences(paragraphs[0] ?? "")[0] ?? "";
}

export function lastSentence(paragraphs: readonly string[]): string {
  const all = sentences(paragraphs[paragraphs.length - 1] ?? "");
  return all[all.length - 1] ?? "";
}
