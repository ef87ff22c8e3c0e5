import Link from "next/link";

export default function ArticleNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-2xl font-bold">找不到这篇文章</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">它可能已被撤下，或者链接有误。</p>
      <p className="mt-6">
        <Link href="/" className="text-paper-red underline underline-offset-4">
          返回文章列表
        </Link>
      </p>
    </div>
  );
}
