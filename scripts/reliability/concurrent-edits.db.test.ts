// Short version of `npm run reliability:concurrent-edits`: 20 rounds of two editors saving
// the same article from the same version at the same moment.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { importFixturePage, insertUser, resetDatabase } from "@/lib/admin/__fixtures__/db-support";
import { CONFLICT_MESSAGE } from "@/lib/admin/article-form-state";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { runEditRace, type EditRaceReport } from "./support/edit-race";

vi.mock("server-only", () => ({}));

const ROUNDS = 20;
let db: Database;
let report: EditRaceReport;

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
  await resetDatabase(db);
  const [a, b] = [await insertUser(db), await insertUser(db)];
  const [articleId] = (await importFixturePage(db)) as [number];
  report = await runEditRace({ db, articleId, editorIds: [a.id, b.id], rounds: ROUNDS });
}, 120_000);

afterAll(() => db.$disconnect());

describe("two editors saving the same version at the same moment", () => {
  it("lets exactly one win each round; the other gets the conflict showing the winner's text", () => {
    expect(report.problems).toEqual([]);
    expect(report.cleanRounds).toBe(ROUNDS);
    expect(report.wins[0] + report.wins[1]).toBe(ROUNDS);
    expect(report.conflictMessage).toBe(CONFLICT_MESSAGE);
  });

  it("keeps one revision per successful save, versions contiguous", () => {
    expect(report.revisionsWritten).toBe(ROUNDS);
    expect(report.finalVersion).toBe(report.startVersion + ROUNDS);
  });
});
