import Link from "next/link";

export default function TopicNotFound() {
  return (
    <section className="py-8">
      <h1 className="mb-2 font-serif text-xl font-bold">找不到这个主题</h1>
      <Link href="/admin/topics" className="text-paper-red hover:underline">
        返回主题列表
      </Link>
    </section>
  );
}
