// The seed articles re-typed the way the paper's website shows them: headline lines first,
// then the paragraphs, with the byline in its usual place (□ line under the headline,
// 本报讯（…） opening the body, the signature under a commentary's headline, the photo
// credit closing the caption). The *.txt files here are renderArticle(…) of each seed
// article with one paragraph per line; regenerate them after a change to the page parser:
//   npx tsx lib/ingest/__fixtures__/articles/render.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startsWithLead } from "../../bylines";
import { decodePage } from "../../decode";
import { parsePageTraced } from "../../parse-page";
import type { ParsedArticle } from "../../types";
import { seedPages } from "../support";

export const ARTICLE_FIXTURES_DIR = import.meta.dirname;

export interface SeedArticle {
  /** Fixture name: `<seed page prefix>-<index on the page>.txt`. */
  name: string;
  pageDate: string;
  article: ParsedArticle;
  bylineSource: string[];
}

/** Every article of the seed pages as the page parser reads it, with its printed byline. */
export function seedArticles(): SeedArticle[] {
  return seedPages().flatMap((page) => {
    const { page: parsed, traces } = parsePageTraced(decodePage(page.bytes, page.file), page.date);
    return parsed.articles.map((article, i) => ({
      name: `${page.file.slice(0, 3)}-${i}.txt`,
      pageDate: page.date,
      article,
      bylineSource: traces[i]?.bylineSource ?? [],
    }));
  });
}

export interface RenderOptions {
  /** Hard-wrap every paragraph at this many characters (the credit stays whole). */
  wrap?: number;
  /**
   * How paragraphs are told apart: a line each, a blank line between, a 　　 indent, or
   * nothing at all with a blank line after every line (an OCR'd page column).
   */
  paragraphs?: "line" | "blank" | "indent" | "column";
}

/** Cuts text into lines of `width` characters, never next to a space (it would be trimmed). */
function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > width) {
    let cut = width;
    while (cut > 1 && (rest.charAt(cut) === " " || rest.charAt(cut - 1) === " ")) cut--;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest !== "") out.push(rest);
  return out;
}

export function renderArticle(article: ParsedArticle, bylineSource: readonly string[], options: RenderOptions = {}): string {
  const mode = options.paragraphs ?? "line";
  const dashed = article.kind === "commentary" || article.kicker === null;
  const head = [article.kicker, article.title, article.subtitle === null ? null : `${dashed ? "——" : ""}${article.subtitle}`].filter(
    (h): h is string => h !== null,
  );
  const bylineLines: string[] = [];
  let lead = "";
  let credit = "";
  for (const source of bylineSource) {
    if (startsWithLead(source)) lead = source;
    else if (source.startsWith("（") || source.startsWith("(")) lead += source;
    else if (source.endsWith("摄")) credit = source;
    else bylineLines.push(source);
  }
  if (lead !== "" && !lead.includes("（")) lead += " ";

  const paragraphs = article.paragraphs.map((p, i) => (i === 0 ? lead + p : p));
  const body = paragraphs.map((p, i) => {
    const indented = mode === "indent" ? `　　${p}` : p;
    const lines = options.wrap === undefined ? [indented] : wrapText(indented, options.wrap);
    if (i === paragraphs.length - 1 && credit !== "") lines[lines.length - 1] = `${lines[lines.length - 1] ?? ""} ${credit}`;
    return lines.join("\n");
  });
  const top = [...head, ...bylineLines].join("\n");
  if (mode === "column") return `${[top, ...body].filter((t) => t !== "").join("\n").replace(/\n/g, "\n\n")}\n`;
  const gap = mode === "blank" ? "\n\n" : "\n";
  return `${top === "" ? "" : top + gap}${body.join(gap)}\n`;
}

/** Writes the one-paragraph-per-line fixtures. */
export function writeArticleFixtures(): string[] {
  return seedArticles().map(({ name, article, bylineSource }) => {
    writeFileSync(path.join(ARTICLE_FIXTURES_DIR, name), renderArticle(article, bylineSource));
    return name;
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`wrote ${writeArticleFixtures().join(", ")}`);
}
