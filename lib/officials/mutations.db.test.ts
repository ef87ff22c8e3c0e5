import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { insertUser, resetDatabase, type TestUser } from "@/lib/admin/__fixtures__/db-support";
import { createArticle, updateArticle } from "@/lib/articles/mutations";
import { parseSnapshot } from "@/lib/articles/revisions";
import { articleInputSchema } from "@/lib/articles/schema";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { InvalidStateError, NameTakenError, NotFoundError, VersionConflictError } from "@/lib/errors";
import { convertOfficialToJournalist, mergeOfficials, renameOfficial } from "./mutations";
import { getOfficial } from "./queries";
import { replaceOfficialTitle, setMentionTitles } from "./title-mutations";

vi.mock("server-only", () => ({}));

let db: Database;
let editor: TestUser;

beforeAll(() => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  editor = await insertUser(db);
});

function input(body: string, officials: string, title = "测试文章") {
  return articleInputSchema.parse({ kind: "news", title, date: "2022-03-06", body, officials, topics: [] });
}

async function publish(body: string, officials: string, title?: string): Promise<number> {
  return (await createArticle({ input: input(body, officials, title), editorId: editor.id, isPublished: true })).id;
}

const personId = async (name: string) => (await db.person.findUniqueOrThrow({ where: { name_kind: { name, kind: "official" } } })).id;

function mentionsOf(articleId: number) {
  return db.articleOfficial.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    select: { titles: true, jurisdiction: true, actions: true, count: true, position: true, person: { select: { name: true } } },
  });
}

async function state() {
  const articles = await db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } });
  const people = await db.person.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, slug: true, kind: true } });
  const mentions = await db.articleOfficial.findMany({ orderBy: [{ articleId: "asc" }, { personId: "asc" }] });
  return { articles, people, mentions, revisions: await db.articleRevision.count(), audit: await db.auditLog.count() };
}

async function latestSnapshot(articleId: number) {
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { version: "desc" } });
  return { version: revision.version, author: revision.author, snapshot: parseSnapshot(revision.snapshot) };
}

describe("merging two spellings of one official", () => {
  it("moves every mention to the kept spelling, combining the rows of an article that names both", async () => {
    const both = await publish("市委书记章旭生主持会议。章旭升强调，要抓好落实。市委副书记、市长胡勇春出席。", "章旭生、章旭升、胡勇春");
    const onlyMisspelt = await publish("市委书记章旭生在龙山镇调研。", "章旭生");
    const untouched = await publish("市委书记章旭升出席活动。", "章旭升");
    const [misspelt, kept] = [await personId("章旭生"), await personId("章旭升")];
    const versionOfUntouched = (await db.article.findUniqueOrThrow({ where: { id: untouched } })).version;

    const change = await mergeOfficials({ sourceId: misspelt, targetId: kept, editorId: editor.id });
    expect(change.articleIds).toEqual([both, onlyMisspelt]);
    expect(change.slugs).toEqual(["章旭生", "章旭升"]);

    expect(await db.person.findUnique({ where: { id: misspelt } })).toBeNull();
    expect(await mentionsOf(both)).toEqual([
      { person: { name: "章旭升" }, titles: ["市委书记"], jurisdiction: "永康", actions: ["主持", "强调"], count: 2, position: 0 },
      { person: { name: "胡勇春" }, titles: ["市委副书记", "市长"], jurisdiction: "永康", actions: ["出席"], count: 1, position: 1 },
    ]);
    expect(await mentionsOf(onlyMisspelt)).toMatchObject([{ person: { name: "章旭升" }, titles: ["市委书记"], position: 0 }]);

    // Each affected article has a new version, recorded by the editor; the other is untouched.
    for (const id of [both, onlyMisspelt]) {
      const { version, author, snapshot } = await latestSnapshot(id);
      expect(version).toBe(2);
      expect(author).toBe(String(editor.id));
      expect(snapshot?.officials?.map((official) => official.name)).not.toContain("章旭生");
      expect((await db.article.findUniqueOrThrow({ where: { id } })).version).toBe(2);
    }
    expect((await db.article.findUniqueOrThrow({ where: { id: untouched } })).version).toBe(versionOfUntouched);

    const profile = await getOfficial("章旭升");
    expect(profile?.articleCount).toBe(3);
    expect(await getOfficial("章旭生")).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "official.merge" } })).toMatchObject({
      userId: editor.id, targetType: "official", targetId: String(kept), details: { from: "章旭生", into: "章旭升", articles: 2, namingBoth: 1 },
    });
  });

  it("keeps the merged titles when the article is saved again, though its text still has the old spelling", async () => {
    const id = await publish("市委书记章旭生主持会议。", "章旭生");
    await publish("市委书记章旭升出席活动。", "章旭升");
    await mergeOfficials({ sourceId: await personId("章旭生"), targetId: await personId("章旭升"), editorId: editor.id });

    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    await updateArticle({ id, input: input(stored.body, "章旭升", "改过的标题"), expectedVersion: stored.version, editorId: editor.id });
    expect(await mentionsOf(id)).toMatchObject([{ person: { name: "章旭升" }, titles: ["市委书记"], actions: ["主持"] }]);
    expect(await db.person.findUnique({ where: { name_kind: { name: "章旭生", kind: "official" } } })).toBeNull();
  });

  it("refuses to merge an official into itself or into someone unknown, and changes nothing", async () => {
    await publish("市委书记章旭升出席活动。", "章旭升");
    const id = await personId("章旭升");
    const before = await state();
    await expect(mergeOfficials({ sourceId: id, targetId: id, editorId: editor.id })).rejects.toBeInstanceOf(InvalidStateError);
    await expect(mergeOfficials({ sourceId: id, targetId: id + 999, editorId: editor.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await state()).toEqual(before);
  });
});

describe("renaming an official", () => {
  it("fixes the name and the URL of every article's mention, as new versions", async () => {
    const id = await publish("市委副书记、市长胡勇春出席。", "胡勇春");
    const change = await renameOfficial({ personId: await personId("胡勇春"), name: "胡永春", editorId: editor.id });
    expect(change).toEqual({ slugs: ["胡勇春", "胡永春"], articleIds: [id] });
    expect(await db.person.findFirst({ where: { kind: "official" } })).toMatchObject({ name: "胡永春", slug: "胡永春" });
    expect((await latestSnapshot(id)).snapshot?.officials).toMatchObject([{ name: "胡永春", titles: ["市委副书记", "市长"] }]);
    expect(await getOfficial("胡永春")).toMatchObject({ name: "胡永春", articleCount: 1 });
    expect(await getOfficial("胡勇春")).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "official.rename" } })).toMatchObject({ details: { from: "胡勇春", to: "胡永春", articles: 1 } });
  });

  it("refuses a name another official has (that is a merge) and changes nothing", async () => {
    await publish("市委书记章旭生主持会议。章旭升强调。", "章旭生、章旭升");
    const before = await state();
    const refusal = renameOfficial({ personId: await personId("章旭生"), name: "章旭升", editorId: editor.id });
    await expect(refusal).rejects.toBeInstanceOf(NameTakenError);
    await expect(refusal).rejects.toMatchObject({ existingId: await personId("章旭升") });
    expect(await state()).toEqual(before);
  });

  it("may take the name of a journalist: the two kinds are apart", async () => {
    await db.person.create({ data: { name: "陈晓苏", slug: "陈晓苏", kind: "journalist" } });
    await publish("市委副书记、市长胡勇春出席。", "胡勇春");
    await renameOfficial({ personId: await personId("胡勇春"), name: "陈晓苏", editorId: editor.id });
    expect(await db.person.findMany({ where: { name: "陈晓苏" }, orderBy: { kind: "asc" }, select: { kind: true, slug: true } })).toEqual([
      { kind: "official", slug: "陈晓苏" },
      { kind: "journalist", slug: "陈晓苏" },
    ]);
  });
});

describe("fixing titles", () => {
  it("replaces a misprinted title across the official's mentions and leaves the others alone", async () => {
    const first = await publish("市委付书记、市长胡勇春出席会议。", "胡勇春");
    const second = await publish("市委付书记、市长胡勇春在会上讲话。", "胡勇春");
    const correct = await publish("市委副书记、市长胡勇春调研。", "胡勇春");
    const change = await replaceOfficialTitle({ personId: await personId("胡勇春"), from: "市委付书记", to: "市委副书记", editorId: editor.id });
    expect(change.changed).toBe(2);
    expect(change.articleIds).toEqual([first, second]);
    for (const id of [first, second, correct]) expect((await mentionsOf(id))[0]?.titles).toEqual(["市委副书记", "市长"]);
    expect((await db.article.findUniqueOrThrow({ where: { id: correct } })).version).toBe(1);
    expect((await latestSnapshot(first)).snapshot?.officials?.[0]?.titles).toEqual(["市委副书记", "市长"]);
  });

  it("changes nothing when no mention carries the title", async () => {
    await publish("市委副书记、市长胡勇春调研。", "胡勇春");
    const before = await state();
    expect((await replaceOfficialTitle({ personId: await personId("胡勇春"), from: "市委付书记", to: "市委副书记", editorId: editor.id })).changed).toBe(0);
    expect(await state()).toEqual(before);
  });

  it("sets one article's titles under its version check, and a later save without text changes keeps them", async () => {
    const id = await publish("市委付书记、市长胡勇春出席会议。", "胡勇春");
    const official = await personId("胡勇春");
    const before = await state();
    await expect(setMentionTitles({ personId: official, articleId: id, titles: ["市长"], expectedVersion: 7, editorId: editor.id })).rejects.toBeInstanceOf(VersionConflictError);
    expect(await state()).toEqual(before);

    expect((await setMentionTitles({ personId: official, articleId: id, titles: ["市委副书记", "市长"], expectedVersion: 1, editorId: editor.id })).version).toBe(2);
    expect((await mentionsOf(id))[0]?.titles).toEqual(["市委副书记", "市长"]);

    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    await updateArticle({ id, input: { ...input(stored.body, "胡勇春"), kind: "commentary" }, expectedVersion: 2, editorId: editor.id });
    expect((await mentionsOf(id))[0]?.titles).toEqual(["市委副书记", "市长"]);
    expect(await db.auditLog.findFirst({ where: { action: "official.mention_titles" } })).toMatchObject({ targetId: String(id), details: { from: ["市委付书记", "市长"], to: ["市委副书记", "市长"] } });
  });

  it("refuses titles of an official the article does not name", async () => {
    const id = await publish("市委书记章旭升出席活动。", "章旭升");
    await publish("市长胡勇春调研。", "胡勇春");
    await expect(setMentionTitles({ personId: await personId("胡勇春"), articleId: id, titles: ["市长"], expectedVersion: 1, editorId: editor.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("an official who is really a journalist", () => {
  it("leaves the articles' officials and joins the journalists", async () => {
    const id = await publish("市委书记章旭升出席。记者陈晓苏报道。", "章旭升、陈晓苏");
    await convertOfficialToJournalist({ personId: await personId("陈晓苏"), editorId: editor.id });
    expect((await mentionsOf(id)).map((mention) => [mention.person.name, mention.position])).toEqual([["章旭升", 0]]);
    expect(await db.person.findMany({ where: { name: "陈晓苏" }, select: { kind: true, slug: true } })).toEqual([{ kind: "journalist", slug: "陈晓苏" }]);
    expect((await latestSnapshot(id)).snapshot?.officials?.map((official) => official.name)).toEqual(["章旭升"]);
  });

  it("disappears into the journalist of the same name when there is one", async () => {
    const journalist = await db.person.create({ data: { name: "陈晓苏", slug: "陈晓苏", kind: "journalist" } });
    await publish("记者陈晓苏报道。市委书记章旭升出席。", "陈晓苏、章旭升");
    await convertOfficialToJournalist({ personId: await personId("陈晓苏"), editorId: editor.id });
    expect(await db.person.findMany({ where: { name: "陈晓苏" }, select: { id: true } })).toEqual([{ id: journalist.id }]);
  });
});
