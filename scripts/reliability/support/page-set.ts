// A set of distinct page files for the crash test, made from the seed pages: page i is seed
// i mod 5 with a numbered note inserted into each of its articles, so that every page and every
// article differs from all others (a duplicate would show), while the layout the parser reads
// stays the seed's. The expected articles come from the pure parser, as `npm run parse` prints them.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { hashArticleRecord, sha256, toArticleRecord, type ArticleRecord } from "@/lib/ingest/article-record";
import { decodePage } from "@/lib/ingest/decode";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { parsePage } from "@/lib/ingest/parse-page";
import type { ParsedArticle, UnassignedText } from "@/lib/ingest/types";

/** Every page of the set carries this date (`npm run import` takes one --date per run). */
export const PAGE_SET_DATE = "2022-08-02";

export interface ExpectedArticle {
  record: ArticleRecord;
  contentHash: string;
  parsed: ParsedArticle;
}

export interface ExpectedPage {
  file: string;
  fileName: string;
  text: string;
  contentHash: string;
  articles: ExpectedArticle[];
  unassigned: UnassignedText[];
}

/** Inserts a note after the first full stop of each article (inside its body, before any credit). */
function markArticles(text: string, articles: readonly ParsedArticle[], index: number): string {
  let marked = text;
  for (const [position, article] of [...articles.entries()].reverse()) {
    const stop = text.indexOf("。", article.span[0]);
    const at = stop === -1 || stop >= article.span[1] ? article.span[1] : stop + 1;
    marked = `${marked.slice(0, at)}（样张${index}-${position}）${marked.slice(at)}`;
  }
  return marked;
}

function expectPage(file: string, text: string, date = PAGE_SET_DATE): ExpectedPage {
  const parsed = parsePage(text, date);
  return {
    file,
    fileName: path.basename(file),
    text,
    contentHash: sha256(text),
    articles: parsed.articles.map((article) => {
      const record = toArticleRecord(article);
      return { record, contentHash: hashArticleRecord(record), parsed: article };
    }),
    unassigned: parsed.unassigned,
  };
}

export async function buildPageSet(dir: string, count: number): Promise<ExpectedPage[]> {
  const seeds = await Promise.all(
    (await readSeedManifest()).map(async (seed) => {
      const text = decodePage(new Uint8Array(await readFile(seed.file)), seed.file);
      return { name: path.basename(seed.file, ".txt"), text, articles: parsePage(text, PAGE_SET_DATE).articles };
    }),
  );
  const pages: ExpectedPage[] = [];
  for (let index = 0; index < count; index++) {
    const seed = seeds[index % seeds.length]!;
    const text = markArticles(seed.text, seed.articles, index);
    const file = path.join(dir, `page-${String(index).padStart(4, "0")}-${seed.name}.txt`);
    await writeFile(file, text);
    const expected = expectPage(file, text);
    // The notes must not change how the page is cut, or the set would test the parser instead.
    if (expected.articles.length !== seed.articles.length) throw new Error(`${file}: the note changed the page's articles`);
    pages.push(expected);
  }
  const hashes = new Set(pages.flatMap((page) => page.articles.map((article) => article.contentHash)));
  if (hashes.size !== pages.reduce((sum, page) => sum + page.articles.length, 0)) throw new Error("two articles of the page set are identical");
  return pages;
}
