// The seed page with three articles (a report with five paragraphs, a visit, a commentary),
// decoded and parsed, for the import review's structure tests.
import { readFileSync } from "node:fs";
import path from "node:path";
import { SEEDS_DIR } from "@/lib/ingest/__fixtures__/support";
import { decodePage } from "@/lib/ingest/decode";
import { parsePage } from "@/lib/ingest/parse-page";
import { previewPage, sourcesOf } from "../import-preview";

export const SEED_DATE = "2022-08-02";
export const seedText = decodePage(new Uint8Array(readFileSync(path.join(SEEDS_DIR, "pages/002_6ac7b1a4b5ec4ac0.txt"))), "002.txt");
export const seedParse = parsePage(seedText, SEED_DATE);
export const seedSources = sourcesOf(seedParse.articles);
export const seedContext = { text: seedText, sources: seedSources };
export const seedPreview = () => previewPage({ text: seedText, date: SEED_DATE, fileName: "002.txt", analyze: {} });
