import { describe, expect, it } from "vitest";
import { firstLoadFiles, formatReport, isReaderRoute, pageEntries, reportRoutes } from "./first-load-js";

describe("first-load JS from the build's manifests", () => {
  it("takes the page routes and tells readers' pages from the admin and Next's fallbacks", () => {
    const entries = pageEntries({
      "/(reader)/articles/[id]/page": "/articles/[id]",
      "/(reader)/page": "/",
      "/api/articles/route": "/api/articles",
      "/admin/(editor)/page": "/admin",
      "/_not-found/page": "/_not-found",
    });
    expect(entries).toEqual([
      { route: "/", entry: "/(reader)/page" },
      { route: "/_not-found", entry: "/_not-found/page" },
      { route: "/admin", entry: "/admin/(editor)/page" },
      { route: "/articles/[id]", entry: "/(reader)/articles/[id]/page" },
    ]);
    expect(entries.filter((entry) => isReaderRoute(entry.route)).map((entry) => entry.route)).toEqual(["/", "/articles/[id]"]);
  });

  it("counts the shared runtime and every entry's chunks once, without polyfills", () => {
    const files = firstLoadFiles(
      { rootMainFiles: ["static/chunks/runtime.js", "static/chunks/react.js"], polyfillFiles: ["static/chunks/polyfills.js"] },
      { entryJSFiles: { "[project]/app/layout": ["static/chunks/app.js"], "[project]/app/page": ["static/chunks/app.js", "/_next/static/chunks/page.js"] } },
    );
    expect(files).toEqual(["static/chunks/runtime.js", "static/chunks/react.js", "static/chunks/app.js", "static/chunks/page.js"]);
  });

  it("sums gzipped sizes per route against the budget", () => {
    const sizes: Record<string, { raw: number; gzip: number }> = { a: { raw: 300_000, gzip: 100_000 }, b: { raw: 90_000, gzip: 30_000 } };
    const reports = reportRoutes(
      [
        { route: "/", files: ["a"] },
        { route: "/heavy", files: ["a", "b"] },
      ],
      (file) => sizes[file]!,
      120 * 1024,
    );
    expect(reports.map((report) => [report.route, report.gzipBytes, report.isWithinBudget])).toEqual([
      ["/", 100_000, true],
      ["/heavy", 130_000, false],
    ]);
    expect(formatReport(reports, 120 * 1024)).toContain("| `/heavy` | 2 | 380.9 | 127.0 | **no** |");
  });
});
