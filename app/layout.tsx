import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { env } from "@/lib/env";
import { EARLY_PREFERENCES_SCRIPT } from "@/lib/preferences/preferences";
import { feedAlternates } from "@/lib/seo/feed-link";
import { SITE_NAME } from "@/lib/seo/site";
import "./globals.css";
import "./reader-preferences.css";

const DESCRIPTION = "《永康日报》头版要闻档案：按日期、领导、主题和记者浏览与检索。";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: SITE_NAME, template: "%s · 永康日报要闻档案" },
  description: DESCRIPTION,
  alternates: { types: feedAlternates() },
  openGraph: { type: "website", siteName: SITE_NAME, locale: "zh_CN", title: SITE_NAME, description: DESCRIPTION },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#1c1917" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The early script sets the reader's saved preferences as attributes on <html> before hydration.
    <html lang="zh-CN" suppressHydrationWarning>
      <body className="min-h-screen font-sans antialiased">
        <script dangerouslySetInnerHTML={{ __html: EARLY_PREFERENCES_SCRIPT }} />
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2 focus:text-paper-red dark:focus:bg-stone-900">
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
