// Chinese labels of the article enums, shared by the admin screens.
export const KIND_LABELS = { news: "新闻", commentary: "评论", photo: "图片新闻" } as const;
export const STATUS_LABELS = { draft: "草稿", published: "已发布", deleted: "已删除" } as const;

export function formatDateTime(date: Date): string {
  return date.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
}
