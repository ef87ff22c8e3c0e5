// Article snapshots as stored in article_revisions, and how two of them differ (pure).
// The importer writes snapshots without officials, topics and page; editors' saves write
// them all. Reading tolerates both.
import { z } from "zod";
import { ARTICLE_KINDS, ARTICLE_STATUSES } from "./schema";

const officialSchema = z.object({
  name: z.string(),
  titles: z.array(z.string()).default([]),
  jurisdiction: z.string().default("永康"),
  actions: z.array(z.string()).default([]),
  count: z.number().int().default(1),
});

const topicSchema = z.object({
  slug: z.string(),
  /** The name when the snapshot was taken, for display; topics can be renamed later. */
  name: z.string().optional(),
  score: z.number().default(0),
  isManual: z.boolean().default(false),
});

const bylineSchema = z.object({ name: z.string(), role: z.string().nullable().default(null), organization: z.string().nullable().default(null) });

export const articleSnapshotSchema = z.object({
  kind: z.enum(ARTICLE_KINDS),
  kicker: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  subtitle: z.string().nullable().default(null),
  bylines: z.array(bylineSchema).default([]),
  reporters: z.array(z.string()).default([]),
  date: z.string(),
  body: z.string(),
  status: z.enum(ARTICLE_STATUSES).default("published"),
  spanStart: z.number().int().nullable().default(null),
  spanEnd: z.number().int().nullable().default(null),
  /** Absent in the importer's snapshots. */
  pageId: z.number().int().nullable().optional(),
  officials: z.array(officialSchema).optional(),
  topics: z.array(topicSchema).optional(),
});

export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;
export type SnapshotOfficial = z.infer<typeof officialSchema>;
export type SnapshotTopic = z.infer<typeof topicSchema>;

/** A stored snapshot, or null when it is not one (a corrupt row must not break the history page). */
export function parseSnapshot(json: unknown): ArticleSnapshot | null {
  const parsed = articleSnapshotSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The fields an editor sees, in form order, with their Chinese labels. */
export const SNAPSHOT_FIELDS = {
  kind: "类型",
  status: "状态",
  kicker: "引题",
  title: "标题",
  subtitle: "副题",
  reporters: "记者",
  date: "日期",
  pageId: "版面",
  officials: "领导",
  topics: "主题",
  body: "正文",
} as const;

export type SnapshotField = keyof typeof SNAPSHOT_FIELDS;

const KIND_LABELS = { news: "新闻", commentary: "评论", photo: "图片新闻" } as const;
const STATUS_LABELS = { draft: "草稿", published: "已发布", deleted: "已删除" } as const;

/** A field as text, for diffs and conflict tables; undefined when the snapshot does not record it. */
export function fieldText(snapshot: ArticleSnapshot, field: SnapshotField): string | undefined {
  switch (field) {
    case "kind":
      return KIND_LABELS[snapshot.kind];
    case "status":
      return STATUS_LABELS[snapshot.status];
    case "reporters":
      return snapshot.reporters.join("、");
    case "pageId":
      return snapshot.pageId === undefined ? undefined : (snapshot.pageId?.toString() ?? "");
    case "officials":
      return snapshot.officials?.map((official) => official.name).join("、");
    case "topics":
      return snapshot.topics?.map((topic) => topic.name ?? topic.slug).join("、");
    default:
      return snapshot[field] ?? "";
  }
}

export interface FieldChange {
  field: SnapshotField;
  label: string;
  before: string;
  after: string;
}

/** Fields recorded in both snapshots whose text differs, in form order. */
export function changedFields(before: ArticleSnapshot, after: ArticleSnapshot): FieldChange[] {
  return (Object.keys(SNAPSHOT_FIELDS) as SnapshotField[]).flatMap((field) => {
    const a = fieldText(before, field);
    const b = fieldText(after, field);
    return a === undefined || b === undefined || a === b ? [] : [{ field, label: SNAPSHOT_FIELDS[field], before: a, after: b }];
  });
}
