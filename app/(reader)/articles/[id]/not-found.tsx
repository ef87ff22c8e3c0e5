import { WaysBack } from "@/components/ways-back";

export default function ArticleNotFound() {
  return <WaysBack title="找不到这篇文章" explanation="它可能已被编辑撤下，或者链接中的文章编号有误。档案里的其他文章都还在。" />;
}
