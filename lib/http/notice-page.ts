// A self-contained page for answers the proxy gives without the app (pure): no script, no
// stylesheet to fetch, nothing that needs the app or the database.

export interface Notice {
  title: string;
  text: string;
  link: { href: string; label: string };
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

const STYLE = `
body{margin:0;font-family:system-ui,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;background:#faf8f3;color:#1c1917}
main{max-width:36rem;margin:12vh auto;padding:0 1.5rem;text-align:center}
.masthead{font-family:serif;font-weight:700;color:#b3261e;letter-spacing:.1em}
h1{font-family:serif;font-size:1.6rem;margin:1.5rem 0 .75rem}
p{line-height:1.7;color:#57534e}
a.action{display:inline-block;margin-top:1.5rem;padding:.5rem 1.25rem;border-radius:2px;background:#b3261e;color:#fff;text-decoration:none}
@media (prefers-color-scheme:dark){body{background:#1c1917;color:#f5f5f4}p{color:#d6d3d1}}`;

/** Inline styles only: the policy for these pages. */
export const NOTICE_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function renderNoticePage({ title, text, link }: Notice): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · 永康日报要闻档案</title>
<style>${STYLE}</style>
</head>
<body>
<main role="alert">
<p class="masthead">永康日报 · 要闻档案</p>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(text)}</p>
<a class="action" href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>
</main>
</body>
</html>
`;
}
