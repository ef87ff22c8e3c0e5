// What a version conflict looks like to the editor (pure): field by field, the stored
// version ("theirs") next to the form ("yours"), marking what changed since the editor began.
import { fieldText, SNAPSHOT_FIELDS, type ArticleSnapshot, type SnapshotField } from "@/lib/articles/revisions";
import type { ArticleInput } from "@/lib/articles/schema";

export interface ConflictField {
  field: SnapshotField;
  label: string;
  theirs: string;
  yours: string;
  /** The stored value differs from the version the editor started from. */
  isChangedByThem: boolean;
}

export interface ConflictView {
  /** The version now stored; saving over it means starting from this one. */
  currentVersion: number;
  fields: ConflictField[];
}

/** The form's content as a snapshot, so it compares with stored ones. */
export function snapshotOfInput(input: ArticleInput, like: ArticleSnapshot, topicNames: ReadonlyMap<string, string>): ArticleSnapshot {
  return {
    ...like,
    kind: input.kind, kicker: input.kicker, title: input.title, subtitle: input.subtitle, reporters: input.reporters,
    date: input.date, body: input.body, pageId: input.pageId,
    officials: input.officials.map((name) => ({ name, titles: [], jurisdiction: "永康", actions: [], count: 1 })),
    topics: input.topics.map((slug) => ({ slug, name: topicNames.get(slug), score: 0, isManual: true })),
  };
}

export interface DescribeConflictOptions {
  current: ArticleSnapshot;
  currentVersion: number;
  /** The version the editor started from; null when its revision is missing. */
  base: ArticleSnapshot | null;
  yours: ArticleSnapshot;
}

export function describeConflict({ current, currentVersion, base, yours }: DescribeConflictOptions): ConflictView {
  const fields = (Object.keys(SNAPSHOT_FIELDS) as SnapshotField[]).flatMap((field): ConflictField[] => {
    const theirs = fieldText(current, field);
    const mine = fieldText(yours, field);
    const before = base ? fieldText(base, field) : undefined;
    const isChangedByThem = before === undefined ? true : before !== theirs;
    if (theirs === undefined || mine === undefined || theirs === mine) return [];
    return [{ field, label: SNAPSHOT_FIELDS[field], theirs, yours: mine, isChangedByThem }];
  });
  return { currentVersion, fields };
}
