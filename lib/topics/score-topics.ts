// Assigns taxonomy topics to one article by transparent weighted keyword counting.
//
// Scoring (see README.md for the editor's version):
//   1. Headline fields (kicker, title, subtitle) and the body are normalised (normalize.ts):
//      no whitespace, no quotation marks, NFKC, lower case.
//   2. For each topic, each keyword's non-overlapping occurrences are counted. Longer
//      keywords of the same topic claim their text first, so `疫情防控` is not also
//      counted as `疫情`. Topics are counted independently of each other.
//   3. score = Σ weight × (HEADLINE_FACTOR × headline hits
//                          + body hits × 1000 / max(body characters, MIN_BODY_CHARS))
//      i.e. body hits per 1,000 characters (a passing mention in a long report stays
//      small), plus a headline bonus that does not shrink with length (the headline
//      says what the article is about). The floor keeps a one-line caption from
//      turning a single mention into a huge density.
//   4. Topics scoring at least `threshold` are kept, best first (ties by slug), at most
//      `maxTopics` of them. Scores are rounded to two decimals.
import { normalizeText } from "./normalize";
import type { TopicRule } from "./schema";

export const HEADLINE_FACTOR = 3;
export const MIN_BODY_CHARS = 300;
export const DEFAULT_THRESHOLD = 7.5;
export const DEFAULT_MAX_TOPICS = 4;

export interface ScoredArticle {
  title?: string | null;
  kicker?: string | null;
  subtitle?: string | null;
  body: string;
}

/** The part of a topic the scorer reads; a full `Taxonomy` fits. */
export interface ScorableTopic {
  slug: string;
  rules: readonly TopicRule[];
}

export interface ScoreOptions {
  /** Minimum score for a topic to be assigned (default DEFAULT_THRESHOLD). */
  threshold?: number;
  /** Maximum number of topics returned (default DEFAULT_MAX_TOPICS). */
  maxTopics?: number;
}

export interface KeywordMatch {
  /** The keyword as written in the taxonomy. */
  keyword: string;
  /** Occurrences in headline fields and body together. */
  count: number;
}

export interface TopicScore {
  slug: string;
  score: number;
  /** Keywords that matched, in rule order. */
  matches: KeywordMatch[];
}

interface Field {
  text: string;
  claimed: Uint8Array;
}

/** Non-overlapping occurrences of `needle` in a field that no longer keyword has claimed. */
function countAndClaim(field: Field, needle: string): number {
  let count = 0;
  for (let at = field.text.indexOf(needle); at !== -1; ) {
    const end = at + needle.length;
    if (field.claimed.subarray(at, end).every((c) => c === 0)) {
      field.claimed.fill(1, at, end);
      count++;
      at = field.text.indexOf(needle, end);
    } else {
      at = field.text.indexOf(needle, at + 1);
    }
  }
  return count;
}

const freshFields = (texts: readonly string[]): Field[] => texts.map((text) => ({ text, claimed: new Uint8Array(text.length) }));

function checkOptions(options: ScoreOptions): { threshold: number; maxTopics: number } {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const maxTopics = options.maxTopics ?? DEFAULT_MAX_TOPICS;
  if (!Number.isFinite(threshold) || threshold < 0) throw new RangeError(`threshold must be a finite number ≥ 0, got ${threshold}`);
  if (!Number.isInteger(maxTopics) || maxTopics < 0) throw new RangeError(`maxTopics must be an integer ≥ 0, got ${maxTopics}`);
  return { threshold, maxTopics };
}

/**
 * Scores every topic of `taxonomy` against the article and returns the assigned ones,
 * best first. Pure and deterministic; never throws on any article text. Throws RangeError
 * on a negative or non-finite threshold or a maxTopics that is not a non-negative integer.
 * Rules with an empty keyword or a weight that is not a positive finite number are ignored
 * (the taxonomy schema rejects them anyway).
 */
export function scoreTopics(article: ScoredArticle, taxonomy: readonly ScorableTopic[], options: ScoreOptions = {}): TopicScore[] {
  const { threshold, maxTopics } = checkOptions(options);
  const headline = [article.kicker, article.title, article.subtitle].map((t) => normalizeText(t ?? ""));
  const body = normalizeText(article.body);
  const bodyScale = 1000 / Math.max(body.length, MIN_BODY_CHARS);

  const scored: TopicScore[] = [];
  for (const topic of taxonomy) {
    const rules = topic.rules
      .map((rule, order) => ({ rule, order, needle: normalizeText(rule.keyword) }))
      .filter(({ rule, needle }) => needle.length > 0 && Number.isFinite(rule.weight) && rule.weight > 0);
    // Longest keyword first, then rule order: a deterministic claiming order.
    const claimingOrder = [...rules].sort((a, b) => b.needle.length - a.needle.length || a.order - b.order);
    const headFields = freshFields(headline);
    const [bodyField] = freshFields([body]);
    const counts = new Map<number, { head: number; body: number }>();
    for (const { order, needle } of claimingOrder) {
      const head = headFields.reduce((sum, f) => sum + countAndClaim(f, needle), 0);
      counts.set(order, { head, body: bodyField ? countAndClaim(bodyField, needle) : 0 });
    }
    let score = 0;
    const matches: KeywordMatch[] = [];
    for (const { rule, order } of rules) {
      const c = counts.get(order) ?? { head: 0, body: 0 };
      if (c.head + c.body === 0) continue;
      score += rule.weight * (HEADLINE_FACTOR * c.head + c.body * bodyScale);
      matches.push({ keyword: rule.keyword, count: c.head + c.body });
    }
    const rounded = Math.round(score * 100) / 100;
    if (rounded > 0 && rounded >= threshold) scored.push({ slug: topic.slug, score: rounded, matches });
  }
  scored.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return scored.slice(0, maxTopics);
}
