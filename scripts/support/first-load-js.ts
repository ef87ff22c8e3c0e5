// Which JavaScript each page route loads first, from a production build's manifests (pure).
//
// A page's first load runs the shared runtime (build-manifest.json rootMainFiles) and the chunks
// of every entry in its tree (root layout, page, not-found and error boundaries: entryJSFiles of
// its client reference manifest). Chunks loaded later by dynamic import() are not in either.
// polyfillFiles are left out: browsers with ES modules never load them (<script nomodule>).

export interface BuildManifest {
  rootMainFiles: string[];
  polyfillFiles?: string[];
}

/** __RSC_MANIFEST[entry] of server/app/<entry>_client-reference-manifest.js */
export interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

export interface RouteJs {
  route: string;
  /** Paths relative to .next, e.g. static/chunks/1x89cozs3wwq1.js */
  files: string[];
}

/** The page entries of app-path-routes-manifest.json, as route → entry ("/articles/[id]" → "/(reader)/articles/[id]/page"). */
export function pageEntries(appPathRoutes: Record<string, string>): { route: string; entry: string }[] {
  return Object.entries(appPathRoutes)
    .filter(([entry]) => entry.endsWith("/page"))
    .map(([entry, route]) => ({ route, entry }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Readers' pages: not the admin, and not Next's own fallbacks. */
export function isReaderRoute(route: string): boolean {
  return !route.startsWith("/admin") && !route.startsWith("/_");
}

export function firstLoadFiles(build: BuildManifest, client: ClientReferenceManifest): string[] {
  const files = [...build.rootMainFiles, ...Object.values(client.entryJSFiles ?? {}).flat()];
  return [...new Set(files.map((file) => file.replace(/^\/?_next\//, "")))];
}

export interface RouteReport {
  route: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
  isWithinBudget: boolean;
}

export function reportRoutes(routes: RouteJs[], sizeOf: (file: string) => { raw: number; gzip: number }, budgetBytes: number): RouteReport[] {
  return routes.map(({ route, files }) => {
    const sizes = files.map(sizeOf);
    const gzipBytes = sizes.reduce((sum, size) => sum + size.gzip, 0);
    return { route, files: files.length, rawBytes: sizes.reduce((sum, size) => sum + size.raw, 0), gzipBytes, isWithinBudget: gzipBytes <= budgetBytes };
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A Markdown table, for the terminal and BENCHMARKS.md alike. */
export function formatReport(reports: RouteReport[], budgetBytes: number): string {
  const header = [`| route | JS files | raw KB | gzipped KB | ≤ ${kb(budgetBytes)} KB gzipped |`, "| --- | ---: | ---: | ---: | --- |"];
  const rows = reports.map((report) => `| \`${report.route}\` | ${report.files} | ${kb(report.rawBytes)} | ${kb(report.gzipBytes)} | ${report.isWithinBudget ? "yes" : "**no**"} |`);
  return [...header, ...rows].join("\n");
}
