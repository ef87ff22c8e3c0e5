import Link from "next/link";

export default function OfficialNotFound() {
  return (
    <section className="py-8">
      <h1 className="mb-2 font-serif text-xl font-bold">找不到这位领导</h1>
      <p className="mb-2 text-sm text-stone-600">可能已被合并到另一种写法，或已改为记者。</p>
      <Link href="/admin/officials" className="text-paper-red hover:underline">
        返回领导列表
      </Link>
    </section>
  );
}
