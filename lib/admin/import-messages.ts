// Chinese answers for the ingest pipeline's error codes, shown on the import screen.
import type { IngestErrorCode } from "@/lib/ingest/errors";

export const INGEST_ERROR_MESSAGES: Record<IngestErrorCode, string> = {
  EMPTY: "内容为空",
  BINARY: "这不是文本文件",
  TOO_LARGE: "文件超过 2 MB",
  UNKNOWN_ENCODING: "无法识别文件编码（应为 UTF-8 或 GB18030）",
  NO_ARTICLES: "没有识别出文章，请检查粘贴的内容",
};

export const IMPORT_OUTCOME_MESSAGES = {
  created: "版面已导入",
  updated: "版面已更新（编辑改过的文章保持不变）",
  unchanged: "这个版面之前已导入，内容相同，没有改动；如需修改文章，请在文章列表中编辑",
} as const;
