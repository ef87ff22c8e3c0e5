import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";

const LINKS = [
  { href: "/admin", label: "文章" },
  { href: "/admin/articles/new", label: "新建文章" },
  { href: "/admin/import", label: "导入版面" },
  { href: "/admin/officials", label: "领导" },
  { href: "/admin/topics", label: "主题" },
];
const ADMIN_LINKS = [
  { href: "/admin/users", label: "账号" },
  { href: "/admin/audit", label: "操作日志" },
];

export function AdminNav({ user, signOutAction }: { user: SessionUser; signOutAction: () => Promise<void> }) {
  const links = user.role === "admin" ? [...LINKS, ...ADMIN_LINKS] : LINKS;
  return (
    <nav aria-label="后台导航" className="mb-6 flex flex-wrap items-center gap-4 border-b border-stone-300 pb-3 text-sm dark:border-stone-700">
      <span className="font-bold">编辑后台</span>
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="text-paper-red hover:underline">
          {link.label}
        </Link>
      ))}
      <span className="ml-auto text-stone-500">
        {user.name || user.email}（{user.role === "admin" ? "管理员" : "编辑"}）
      </span>
      <form action={signOutAction}>
        <button type="submit" className="text-paper-red hover:underline">
          退出登录
        </button>
      </form>
    </nav>
  );
}
