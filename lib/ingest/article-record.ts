// Maps a parsed article to the stored record and its content hash (pure).
import { createHash } from "node:crypto";
import type { ParsedArticle } from "./types";

export interface ArticleRecord {
  kind: ParsedArticle["kind"];
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  bylines: ParsedArticle["bylines"];
  reporters: string[];
  date: string;
  body: string;
  spanStart: number;
  spanEnd: number;
}

export function toArticleRecord(article: ParsedArticle): ArticleRecord {
  return {
    kind: article.kind,
    kicker: article.kicker,
    title: article.title,
    subtitle: article.subtitle,
    bylines: article.bylines,
    reporters: article.reporters,
    date: article.date,
    body: article.paragraphs.join("\n\n"),
    spanStart: article.span[0],
    spanEnd: article.span[1],
  };
}

/** Hash of everything a reader sees plus provenance; equal hashes mean nothing changed. */
export function hashArticleRecord(record: ArticleRecord): string {
  return sha256(JSON.stringify(record));
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
