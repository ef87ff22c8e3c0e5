import Link from "next/link";

export default function ArticleNotFound() {
  return (
    <section className="py-8">
      <h1 className="mb-2 font-serif text-xl font-bold">找不到这篇文章</h1>
      <Link href="/admin" className="text-paper-red hover:underline">
        返回文章列表
      </Link>
    </section>
  );
}
