import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-2xl font-bold">找不到这个页面</h1>
      <p className="mt-6">
        <Link href="/" className="text-paper-red underline underline-offset-4">
          返回首页
        </Link>
      </p>
    </div>
  );
}
