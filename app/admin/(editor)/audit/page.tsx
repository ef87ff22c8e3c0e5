import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/components/admin/labels";
import { Pagination } from "@/components/admin/pagination";
import { AUDIT_ACTION_LABELS, type AuditAction } from "@/lib/admin/audit";
import { listAuditLog } from "@/lib/admin/audit-queries";
import { requireAdminPage } from "@/lib/auth/require-editor";
import { z } from "zod";

export const metadata: Metadata = { title: "操作日志" };

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  await requireAdminPage();
  const page = pageSchema.parse((await searchParams).page);
  const { items, pageCount } = await listAuditLog(page);
  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading" className="mb-4 font-serif text-2xl font-bold">
        操作日志
      </h1>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-stone-300 text-left dark:border-stone-700">
            <th className="py-2 pr-2">时间</th>
            <th className="py-2 pr-2">账号</th>
            <th className="py-2 pr-2">操作</th>
            <th className="py-2 pr-2">对象</th>
            <th className="py-2">详情</th>
          </tr>
        </thead>
        <tbody>
          {items.map((row) => (
            <tr key={row.id} className="border-b border-stone-200 align-top dark:border-stone-800">
              <td className="py-2 pr-2 whitespace-nowrap text-stone-500">{formatDateTime(row.createdAt)}</td>
              <td className="py-2 pr-2">{row.user ?? "（命令行）"}</td>
              <td className="py-2 pr-2">{AUDIT_ACTION_LABELS[row.action as AuditAction] ?? row.action}</td>
              <td className="py-2 pr-2">
                <AuditTarget type={row.targetType} id={row.targetId} />
              </td>
              <td className="py-2 font-mono text-xs break-all">{JSON.stringify(row.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => `/admin/audit?page=${n}`} />
    </section>
  );
}

const TARGET_LINKS: Record<string, { label: string; href: (id: string) => string }> = {
  article: { label: "文章", href: (id) => `/admin/articles/${id}/history` },
  official: { label: "领导", href: (id) => `/admin/officials/${id}` },
  topic: { label: "主题", href: (slug) => `/admin/topics/${slug}` },
};

function AuditTarget({ type, id }: { type: string | null; id: string | null }) {
  const link = type ? TARGET_LINKS[type] : undefined;
  if (!link || !id) return <>{[type, id].filter(Boolean).join(" ")}</>;
  return (
    <Link href={link.href(encodeURIComponent(id))} className="text-paper-red hover:underline">
      {link.label} {id}
    </Link>
  );
}
