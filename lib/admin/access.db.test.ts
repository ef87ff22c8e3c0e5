// Every exported server action under app/admin and every admin route handler, called
// directly (as an attacker would POST to it) by an anonymous caller and by a disabled user:
// each must refuse before doing anything. Only the request boundary (the session cookie)
// and Next's cache are stubbed; the database is real.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { decodePage } from "@/lib/ingest/decode";
import { FIXTURES_DIR } from "@/lib/ingest/__fixtures__/support";
import { contentCounts, importFixturePage, insertUser, resetDatabase } from "./__fixtures__/db-support";
import { previewPage } from "./import-preview";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
const cookie = vi.hoisted(() => ({ token: null as string | null }));
vi.mock("@/lib/auth/request", () => ({
  getSessionToken: async () => cookie.token,
  setSessionCookie: async () => {},
  clearSessionCookie: async () => {},
  getRequestMeta: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
}));

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Open to anyone by design: they are how one signs in and out. */
const PUBLIC_ACTIONS = new Set(["signInAction", "signOutAction"]);
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
/** The officials' and topics' writes: each must write something for a signed-in editor. */
const CORRECTION_ACTIONS = ["renameOfficialAction", "mergeOfficialAction", "replaceTitleAction", "setMentionTitlesAction", "convertOfficialAction", "updateTopicAction", "reassignTopicsAction"];
/** Second arguments bound by the pages, where a plain id would not do. */
const BOUND_SECOND_ARGUMENT: Record<string, unknown> = { changeArticleStatusAction: "delete" };

function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? findFiles(full, name) : entry.name === name ? [full] : [];
  });
}

type Callable = (...args: unknown[]) => Promise<unknown>;
interface Endpoint {
  label: string;
  name: string;
  call: Callable;
}

/** Every admin page but the sign-in form, called as a server component would be. */
async function loadPages(): Promise<Endpoint[]> {
  const files = findFiles(path.join(ROOT, "app/admin"), "page.tsx").filter((file) => !file.includes(`${path.sep}login${path.sep}`));
  const pages: Endpoint[] = [];
  for (const file of files) {
    const exports = (await import(/* @vite-ignore */ file)) as { default?: unknown };
    if (typeof exports.default === "function") pages.push({ label: path.relative(ROOT, file), name: "page", call: exports.default as Callable });
  }
  return pages;
}

const pageProps = () => ({ params: Promise.resolve({ id: "1", slug: "epidemic-control" }), searchParams: Promise.resolve({}) });

async function loadEndpoints(): Promise<{ actions: Endpoint[]; handlers: Endpoint[] }> {
  const actionFiles = findFiles(path.join(ROOT, "app/admin"), "actions.ts");
  const routeFiles = [...findFiles(path.join(ROOT, "app/admin"), "route.ts"), ...findFiles(path.join(ROOT, "app/api/admin"), "route.ts")];
  const actions: Endpoint[] = [];
  for (const file of actionFiles) {
    expect(readFileSync(file, "utf8").trimStart().startsWith('"use server"')).toBe(true);
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function") actions.push({ label: `${path.relative(ROOT, file)}#${name}`, name, call: value as Callable });
    }
  }
  const handlers: Endpoint[] = [];
  for (const file of routeFiles) {
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const handler = exports[method];
      if (typeof handler === "function") handlers.push({ label: `${method} ${path.relative(ROOT, file)}`, name: method, call: handler as Callable });
    }
  }
  return { actions, handlers };
}

let db: Database;
let endpoints: Awaited<ReturnType<typeof loadEndpoints>>;
let pages: Endpoint[];
let articleId: number;
let formData: FormData;

/** Arguments a real form would send, so a missing check would have something to write. */
function argumentsFor(endpoint: Endpoint): unknown[] {
  const arity = endpoint.call.length;
  if (arity <= 1) return [{ kicker: null, title: "标题", subtitle: null, body: "市委书记章旭升出席。" }];
  const bound = [articleId, BOUND_SECOND_ARGUMENT[endpoint.name] ?? 1].slice(0, arity - 2);
  return [...bound, {}, formData];
}

function requestFor(method: string): Request {
  return new Request("http://localhost/api/admin/officials?q=%E7%AB%A0", { method, headers: { origin: "http://localhost" } });
}

async function expectRedirectToLogin(promise: Promise<unknown>, label: string) {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error, `${label} must refuse`).toBeInstanceOf(Error);
  expect(String((error as { digest?: string }).digest), `${label} must redirect to sign-in`).toMatch(/^NEXT_REDIRECT;[a-z]+;\/admin\/login;/);
}

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
  endpoints = await loadEndpoints();
  pages = await loadPages();
});
afterAll(() => db.$disconnect());
/** The fixture page, an editor, two spellings of one official named in an article, and a form that would write. */
async function prepare(): Promise<void> {
  await resetDatabase(db);
  [articleId] = (await importFixturePage(db)) as [number];
  const editor = await insertUser(db);
  const official = await db.person.create({ data: { name: "章旭升", slug: "章旭升", kind: "official" } });
  await db.person.create({ data: { name: "章旭生", slug: "章旭生", kind: "official" } });
  await db.articleOfficial.create({ data: { articleId, personId: official.id, titles: ["市委书记"], jurisdiction: "永康", actions: ["出席"] } });
  const topic = await db.topic.findFirstOrThrow({ orderBy: { id: "asc" } });
  const text = decodePage(new Uint8Array(readFileSync(path.join(FIXTURES_DIR, "page-2022-03-06.txt"))), "page.txt");
  const preview = previewPage({ text, date: "2022-03-06", fileName: "other.txt", analyze: {} });
  formData = new FormData();
  const fields = {
    kind: "news", title: "攻击者的标题", date: "2022-03-06", body: "攻击者的正文。", reporters: "", officials: "", version: "1", intent: "publish",
    email: "intruder@example.com", name: "入侵者", role: "admin", password: "a long enough password", userId: String(editor.id), isDisabled: "true",
    text, payload: JSON.stringify({ ...preview, articles: preview.articles }),
    personId: String(official.id), articleId: String(articleId), targetName: "章旭生", fromTitle: "市委书记", toTitle: "市委副书记", titles: "市长", isConfirmed: "on",
    topicId: String(topic.id), updatedAt: topic.updatedAt.toISOString(), description: "攻击者的说明", keyword: "攻击者", weight: "3",
  };
  for (const [key, value] of Object.entries(fields)) formData.set(key, value);
  cookie.token = null;
}

beforeEach(prepare);

describe("admin endpoints", () => {
  it("finds the actions and route handlers to check", () => {
    const names = endpoints.actions.map((endpoint) => endpoint.name);
    expect(names).toEqual(expect.arrayContaining(["createArticleAction", "updateArticleAction", "changeArticleStatusAction", "revertArticleAction", "importPageAction", "createUserAction", "setUserDisabledAction", "signInAction"]));
    expect(names).toEqual(expect.arrayContaining([...CORRECTION_ACTIONS, "previewTopicRulesAction"]));
    expect(endpoints.handlers.map((endpoint) => endpoint.label)).toContain("GET app/api/admin/officials/route.ts");
  });

  it("admin pages send anonymous callers and disabled users to sign-in themselves (not only through the layout)", async () => {
    expect(pages.map((page) => page.label)).toEqual(expect.arrayContaining(["app/admin/(editor)/officials/[id]/page.tsx", "app/admin/(editor)/topics/[slug]/page.tsx", "app/admin/(editor)/audit/page.tsx"]));
    for (const page of pages) await expectRedirectToLogin(page.call(pageProps()), page.label);
    const { createSession } = await import("@/lib/auth/session");
    const disabled = await insertUser(db, { role: "admin", isDisabled: true });
    for (const page of pages) {
      cookie.token = await createSession({ userId: disabled.id });
      await expectRedirectToLogin(page.call(pageProps()), page.label);
    }
  });

  it("refuse anonymous callers and write nothing", async () => {
    const before = await contentCounts(db);
    for (const endpoint of endpoints.actions.filter((e) => !PUBLIC_ACTIONS.has(e.name))) await expectRedirectToLogin(endpoint.call(...argumentsFor(endpoint)), endpoint.label);
    for (const endpoint of endpoints.handlers) await expectRedirectToLogin(endpoint.call(requestFor(endpoint.name), { params: Promise.resolve({}) }), endpoint.label);
    expect(await contentCounts(db)).toEqual(before);
  });

  it("refuse a disabled user whose session is still in the table, and write nothing", async () => {
    const { createSession } = await import("@/lib/auth/session");
    const disabled = await insertUser(db, { role: "admin" });
    for (const endpoint of [...endpoints.actions.filter((e) => !PUBLIC_ACTIONS.has(e.name)), ...endpoints.handlers]) {
      cookie.token = await createSession({ userId: disabled.id });
      await db.user.update({ where: { id: disabled.id }, data: { isDisabled: true } });
      const before = await contentCounts(db);
      const args = endpoint.name === endpoint.name.toUpperCase() ? [requestFor(endpoint.name), { params: Promise.resolve({}) }] : argumentsFor(endpoint);
      await expectRedirectToLogin(endpoint.call(...args), endpoint.label);
      // The refused session is deleted (cleanup); nothing else changes.
      const { sessions: sessionsAfter, ...after } = await contentCounts(db);
      const { sessions: sessionsBefore, ...rest } = before;
      expect(after, endpoint.label).toEqual(rest);
      expect(sessionsAfter).toBe(sessionsBefore - 1);
      await db.user.update({ where: { id: disabled.id }, data: { isDisabled: false } });
    }
  });

  it("refuse editors on admin-only actions", async () => {
    const { createSession } = await import("@/lib/auth/session");
    const editor = await insertUser(db, { role: "editor" });
    cookie.token = await createSession({ userId: editor.id });
    const before = await contentCounts(db);
    const adminOnly = endpoints.actions.filter((endpoint) => endpoint.label.includes("/users/"));
    expect(adminOnly.length).toBeGreaterThan(0);
    for (const endpoint of adminOnly) await expect(endpoint.call(...argumentsFor(endpoint)), endpoint.label).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await contentCounts(db)).toEqual(before);
  });

  it("let a signed-in editor through (the harness really exercises the check)", async () => {
    const { createSession } = await import("@/lib/auth/session");
    const editor = await insertUser(db, { role: "editor" });
    cookie.token = await createSession({ userId: editor.id });
    const change = endpoints.actions.find((endpoint) => endpoint.name === "changeArticleStatusAction");
    await expect(change?.call(...argumentsFor(change))).resolves.toMatchObject({ status: "success" });
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({ status: "deleted", version: 2 });
  });

  it("let a signed-in editor make each correction with the same arguments (so the refusals above are real)", async () => {
    const { createSession } = await import("@/lib/auth/session");
    for (const name of CORRECTION_ACTIONS) {
      await prepare();
      const editor = await insertUser(db, { role: "editor" });
      cookie.token = await createSession({ userId: editor.id });
      const endpoint = endpoints.actions.find((candidate) => candidate.name === name);
      if (!endpoint) throw new Error(`${name} not found`);
      const before = await contentCounts(db);
      const answer = await endpoint.call(...argumentsFor(endpoint)).catch((reason: { digest?: string }) => reason);
      // Success is an answer, or a redirect to the changed record (never to sign-in).
      if (answer instanceof Error) expect(String((answer as { digest?: string }).digest), name).toMatch(/^NEXT_REDIRECT;[a-z]+;\/admin\/officials/);
      else expect(answer, name).toMatchObject({ status: "success" });
      expect(await contentCounts(db), name).not.toEqual(before);
    }
    const preview = endpoints.actions.find((candidate) => candidate.name === "previewTopicRulesAction");
    await expect(preview?.call(...argumentsFor(preview))).resolves.toMatchObject({ status: "success", data: { preview: { articles: 2 } } });
  });

  it("sign-out by an anonymous caller only redirects to sign-in", async () => {
    const signOut = endpoints.actions.find((endpoint) => endpoint.name === "signOutAction");
    const before = await contentCounts(db);
    await expectRedirectToLogin(signOut!.call(), "signOutAction");
    expect(await contentCounts(db)).toEqual(before);
  });
});
