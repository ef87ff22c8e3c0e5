import type { ImportSummary } from "@/lib/ingest/import-files";

export function printSummary(summary: ImportSummary): void {
  for (const result of summary.results) {
    if (result.outcome === "rejected") console.error(`rejected  ${result.file}: ${result.reason}`);
  }
  console.log(`created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected}`);
}
