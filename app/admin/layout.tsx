import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: { default: "编辑后台", template: "%s · 编辑后台" }, robots: { index: false, follow: false } };

// The reader layout centres a narrow column; the admin needs the full width (the import
// screen shows the raw page beside the parsed articles), so it breaks out of it.
export default function AdminRootLayout({ children }: { children: ReactNode }) {
  return <div className="relative left-1/2 w-[calc(100vw-2rem)] max-w-6xl -translate-x-1/2">{children}</div>;
}
