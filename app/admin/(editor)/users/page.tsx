import type { Metadata } from "next";
import { formatDateTime } from "@/components/admin/labels";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { UserStatusButton } from "@/components/admin/user-status-button";
import { listAccounts } from "@/lib/auth/accounts";
import { requireAdminPage } from "@/lib/auth/require-editor";
import { createUserAction, setUserDisabledAction } from "./actions";

export const metadata: Metadata = { title: "账号" };

export default async function UsersPage() {
  const admin = await requireAdminPage();
  const users = await listAccounts();
  return (
    <section aria-labelledby="users-heading">
      <h1 id="users-heading" className="mb-4 font-serif text-2xl font-bold">
        账号
      </h1>
      <table className="mb-8 w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-stone-300 text-left dark:border-stone-700">
            <th className="py-2 pr-2">邮箱</th>
            <th className="py-2 pr-2">名字</th>
            <th className="py-2 pr-2">角色</th>
            <th className="py-2 pr-2">状态</th>
            <th className="py-2 pr-2">有效登录</th>
            <th className="py-2 pr-2">创建时间</th>
            <th className="py-2">操作</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-stone-200 dark:border-stone-800">
              <td className="py-2 pr-2">{user.email}</td>
              <td className="py-2 pr-2">{user.name}</td>
              <td className="py-2 pr-2">{user.role === "admin" ? "管理员" : "编辑"}</td>
              <td className="py-2 pr-2">{user.isDisabled ? "已停用" : "正常"}</td>
              <td className="py-2 pr-2">{user.activeSessions}</td>
              <td className="py-2 pr-2 text-stone-500">{formatDateTime(user.createdAt)}</td>
              <td className="py-2">
                {user.id !== admin.id && <UserStatusButton action={setUserDisabledAction} userId={user.id} isDisabled={user.isDisabled} email={user.email} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mb-3 text-lg font-bold">新建账号</h2>
      <UserCreateForm action={createUserAction} />
    </section>
  );
}
