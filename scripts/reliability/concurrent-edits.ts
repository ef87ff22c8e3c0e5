// npm run reliability:concurrent-edits -- [--rounds 100]
// Two editors save the same article from the same version at the same moment, round after
// round, through the app's real updateArticle (support/edit-race.ts), on a throwaway PostgreSQL.
// Prints the figures for RELIABILITY.md; exits 1 when any round or the history breaks a rule.
// Runs with the react-server condition (see package.json) because lib/articles/mutations is server-only.
import { parseArgs } from "node:util";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { importPageFile } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { describeMachine } from "./support/machine";
import { startThrowawayServer } from "./support/throwaway-server";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "100" } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error("Usage: npm run reliability:concurrent-edits -- [--rounds N]");
  process.exit(2);
}

console.log(describeMachine());
const server = await startThrowawayServer("concurrent-edits");
let failed = true;
try {
  const url = await server.createDatabase("archive");
  // lib/db/client reads DATABASE_URL when first imported: set it before loading the race.
  process.env.DATABASE_URL = url;
  const db = createPrismaClient(url, { max: 2 });
  const [page] = await readSeedManifest();
  if (!page) throw new Error("no seed page");
  await importPageFile(db, page);
  const article = await db.article.findFirstOrThrow({ where: { kind: "news" }, orderBy: { id: "asc" }, select: { id: true } });
  const passwordHash = await hashPassword("reliability test password");
  const editors = await Promise.all(["editor-a@example.com", "editor-b@example.com"].map((email) => db.user.create({ data: { email, passwordHash, role: "editor" }, select: { id: true } })));

  const { runEditRace } = await import("./support/edit-race");
  const report = await runEditRace({ db, articleId: article.id, editorIds: [editors[0]!.id, editors[1]!.id], rounds });
  console.log(`${report.rounds} rounds: editor A won ${report.wins[0]}, editor B won ${report.wins[1]}; ${report.cleanRounds} rounds with exactly one winner and one conflict showing the winner's text.`);
  console.log(`Loser's message: ${report.conflictMessage}`);
  console.log(`History: versions ${report.startVersion} → ${report.finalVersion}, ${report.revisionsWritten} revisions written, contiguous; slowest round ${report.slowestRoundMs.toFixed(0)} ms.`);
  for (const problem of report.problems.slice(0, 20)) console.log(`  ${problem}`);
  failed = report.problems.length > 0;
  console.log(failed ? `FAILED: ${report.problems.length} problems.` : "Nothing lost: every save is either in the history or was refused with the conflict message.");
  await db.$disconnect();
  const { db: appDb } = await import("@/lib/db/client");
  await appDb.$disconnect();
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
