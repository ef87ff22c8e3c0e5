// Synthetic articles for benchmarks: the seed pages' sentences, headline halves and officials,
// recombined under dates spread over eleven years. Deterministic for a given seed number.
//
// Names vary realistically: each official named in a seed sentence is replaced, per article, by an
// official in office on the article's date (the seed officials keep their own years in office,
// synthetic ones get random terms), so a name filter or query selects a few per cent of articles.
import { readFile } from "node:fs/promises";
import { decodePage } from "@/lib/ingest/decode";
import { analyzePage } from "@/lib/ingest/analyze-article";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { parsePage } from "@/lib/ingest/parse-page";
import type { ArticleKind, Byline } from "@/lib/ingest/types";
import type { OfficialMention } from "@/lib/officials/extract-officials";

export interface CorpusArticle {
  kind: ArticleKind;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  /** YYYY-MM-DD */
  date: string;
  body: string;
  bylines: Byline[];
  officials: OfficialMention[];
}

interface Official {
  name: string;
  /** Years in office, inclusive. */
  from: number;
  to: number;
}

const FIRST_YEAR = 2014;
const LAST_YEAR = 2024;
const SYNTHETIC_OFFICIALS = 160;
const SYNTHETIC_REPORTERS = 25;
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙朱胡郭何高林郑楼应胡吕施程俞蒋童金卢徐丁潘杜叶";
const GIVEN = "建国伟明华军平志强永康俊杰文斌海涛晓东红伟丽芳燕敏静娟立新晨旭升宏亮鸣春益勇";

/** mulberry32: a small, fast, seedable PRNG (benchmarks must be reproducible). */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

interface SeedArticle {
  kind: ArticleKind;
  date: string;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  sentences: string[];
  officials: OfficialMention[];
  bylines: Byline[];
}

export interface CorpusMaterial {
  articles: SeedArticle[];
  titleHalves: string[];
  subtitles: string[];
  officials: Official[];
  reporters: Byline[];
  /** Every seed official's name, longest first: the names replaced in recombined text. */
  seedNames: string[];
  /** How the seed pages name each official: titles, jurisdiction, actions. */
  mentionsByName: Map<string, OfficialMention>;
}

const SENTENCE = /[^。！？]+[。！？]+[”’」』）]*/g;

/** Parses the seed pages with the real ingest pipeline and collects what the generator recombines. */
export async function loadCorpusMaterial(): Promise<CorpusMaterial> {
  const articles: SeedArticle[] = [];
  for (const page of await readSeedManifest()) {
    const text = decodePage(new Uint8Array(await readFile(page.file)), page.file);
    for (const article of analyzePage(parsePage(text, page.date)).articles) {
      const sentences = article.paragraphs.flatMap((paragraph) => paragraph.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length >= 8);
      articles.push({ ...article, sentences });
    }
  }
  const random = createRandom(7);
  const mentions = articles.flatMap((article) => article.officials.filter((o) => o.jurisdiction !== "national"));
  // Seed officials stay in office around the years the seed pages name them.
  const seedYears = new Map<string, number[]>();
  for (const article of articles) {
    for (const official of article.officials) seedYears.set(official.name, [...(seedYears.get(official.name) ?? []), Number(article.date.slice(0, 4))]);
  }
  const seedNames = [...new Set(mentions.map((o) => o.name))];
  const officials: Official[] = seedNames.map((name) => {
    const years = seedYears.get(name) ?? [2021];
    return { name, from: Math.min(...years) - 2, to: Math.max(...years) + 1 };
  });
  const taken = new Set(officials.map((o) => o.name));
  while (officials.length < seedNames.length + SYNTHETIC_OFFICIALS) {
    const name = syntheticName(random);
    if (taken.has(name)) continue;
    taken.add(name);
    const from = FIRST_YEAR - 2 + random.int(LAST_YEAR - FIRST_YEAR + 2);
    officials.push({ name, from, to: from + 2 + random.int(5) });
  }
  const reporters = uniqueByName(articles.flatMap((article) => article.bylines.filter((b) => article.kind !== "commentary" && b.role)));
  while (reporters.length < SYNTHETIC_REPORTERS) {
    const name = syntheticName(random);
    if (taken.has(name)) continue;
    taken.add(name);
    reporters.push({ name, role: random.pick(["记者", "融媒记者", "通讯员", "融媒首席记者"]), organization: "本报" });
  }
  const titles = articles.flatMap((article) => (article.title ? [article.title] : []));
  return {
    articles: articles.filter((article) => article.sentences.length > 0),
    titleHalves: titles.flatMap((title) => title.split(/\s+/)).filter((half) => half.length >= 4),
    subtitles: articles.flatMap((article) => (article.subtitle ? [article.subtitle] : [])),
    officials,
    reporters,
    seedNames: seedNames.sort((a, b) => b.length - a.length),
    mentionsByName: new Map(mentions.map((mention) => [mention.name, mention])),
  };
}

function syntheticName(random: ReturnType<typeof createRandom>): string {
  const given = random.next() < 0.7 ? random.pick([...GIVEN]) + random.pick([...GIVEN]) : random.pick([...GIVEN]);
  return random.pick([...SURNAMES]) + given;
}

function uniqueByName(bylines: Byline[]): Byline[] {
  const seen = new Set<string>();
  return bylines.filter((byline) => !seen.has(byline.name) && Boolean(seen.add(byline.name)));
}

export interface ArticleSlot {
  seed: number;
  /** 0-based number of the article in the corpus … */
  index: number;
  /** … of this many: dates run from FIRST_YEAR to LAST_YEAR in index order, as an archive imported day by day. */
  total: number;
}

/** Generates one article of the corpus; the same material and slot give the same article. */
export function generateArticle(material: CorpusMaterial, { seed, index, total }: ArticleSlot): CorpusArticle {
  const random = createRandom(seed * 1_000_003 + index);
  const date = dateOf((index + random.next()) / Math.max(total, 1));
  const year = Number(date.slice(0, 4));
  const roll = random.next();
  const kind: ArticleKind = roll < 0.86 ? "news" : roll < 0.95 ? "commentary" : "photo";
  const sources = material.articles.filter((article) => article.kind === (kind === "photo" ? "news" : kind));
  const source = random.pick(sources.length > 0 ? sources : material.articles);

  const paragraphs: string[] = [];
  const paragraphCount = kind === "photo" ? 1 : 3 + random.int(7);
  for (let p = 0; p < paragraphCount; p++) {
    const sentenceCount = kind === "photo" ? 1 + random.int(2) : 1 + random.int(4);
    let paragraph = "";
    for (let s = 0; s < sentenceCount; s++) {
      // Mostly the source article's own sentences, so an article keeps one subject.
      const from = random.next() < 0.6 ? source : random.pick(sources.length > 0 ? sources : material.articles);
      paragraph += random.pick(from.sentences);
    }
    paragraphs.push(paragraph);
  }
  const isTwoPart = random.next() < 0.7;
  const title = kind === "photo" ? null : isTwoPart ? `${random.pick(material.titleHalves)} ${random.pick(material.titleHalves)}` : random.pick(material.titleHalves);
  const kicker = kind === "news" && random.next() < 0.8 ? (source.kicker ?? random.pick(material.articles).kicker) : null;
  const subtitle = kind !== "photo" && random.next() < 0.35 ? random.pick(material.subtitles) : null;

  // Officials: every seed name in the text becomes an official in office that year (one per name).
  const inOffice = material.officials.filter((official) => official.from <= year && year <= official.to);
  const replacement = new Map<string, string>();
  const replaceNames = (text: string) =>
    material.seedNames.reduce((out, name) => {
      if (!out.includes(name)) return out;
      if (!replacement.has(name)) {
        const unused = inOffice.filter((official) => ![...replacement.values()].includes(official.name));
        replacement.set(name, (unused.length > 0 ? random.pick(unused) : random.pick(material.officials)).name);
      }
      return out.split(name).join(replacement.get(name));
    }, text);
  const texts = [kicker, title, subtitle, ...paragraphs].map((text) => (text === null ? null : replaceNames(text)));
  const [newKicker, newTitle, newSubtitle, ...newParagraphs] = texts;
  const body = newParagraphs.join("\n\n");
  const fullText = texts.filter(Boolean).join("\n");

  const officials = [...replacement.entries()]
    .map(([seedName, name]) => ({ seedName, name, at: fullText.indexOf(name) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ seedName, name }) => {
      const mention = material.mentionsByName.get(seedName);
      return {
        name,
        titles: mention?.titles ?? [],
        jurisdiction: mention?.jurisdiction ?? "永康",
        actions: mention?.actions ?? [],
        count: fullText.split(name).length - 1,
      } as OfficialMention;
    });
  const national = source.officials.filter((official) => official.jurisdiction === "national" && fullText.includes(official.name));

  const bylines = kind === "commentary" ? [] : [random.pick(material.reporters), ...(random.next() < 0.3 ? [random.pick(material.reporters)] : [])];
  return {
    kind,
    kicker: newKicker ?? null,
    title: newTitle ?? null,
    subtitle: newSubtitle ?? null,
    date,
    body,
    bylines: uniqueByName(bylines),
    officials: [...officials, ...national],
  };
}

/** The date at `fraction` (0…1) of the corpus's span. */
function dateOf(fraction: number): string {
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const days = Math.floor((Date.UTC(LAST_YEAR, 11, 31) - start) / 86_400_000);
  return new Date(start + Math.min(Math.floor(fraction * (days + 1)), days) * 86_400_000).toISOString().slice(0, 10);
}
