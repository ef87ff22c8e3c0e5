import Link from "next/link";

export default function TopicNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-2xl font-bold">找不到这个主题</h1>
      <p className="mt-6">
        <Link href="/topics" className="text-paper-red underline underline-offset-4">
          查看全部主题
        </Link>
      </p>
    </div>
  );
}
