import { WaysBack } from "@/components/ways-back";

export default function ArticleSourceNotFound() {
  return <WaysBack title="找不到这篇文章的原文" explanation="只有从扫描版面导入的文章才有原文；编辑直接录入的文章没有，或者这篇文章已不存在。" />;
}
