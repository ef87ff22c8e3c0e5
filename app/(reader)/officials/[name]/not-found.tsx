import Link from "next/link";

export default function OfficialNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-2xl font-bold">找不到这位领导</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">档案的报道中没有出现这个名字。</p>
      <p className="mt-6">
        <Link href="/officials" className="text-paper-red underline underline-offset-4">
          查看全部领导
        </Link>
      </p>
    </div>
  );
}
