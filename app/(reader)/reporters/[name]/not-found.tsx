import Link from "next/link";

export default function ReporterNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-2xl font-bold">找不到这位记者</h1>
      <p className="mt-6">
        <Link href="/" className="text-paper-red underline underline-offset-4">
          返回文章列表
        </Link>
      </p>
    </div>
  );
}
