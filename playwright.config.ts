import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

// Playwright cannot download its browsers here: prefer an explicit or Debian's Chromium.
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, "/usr/bin/chromium"];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
  if (found) return found;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  throw new Error(
    "No Chromium for the end-to-end tests: install Debian's (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.",
  );
}

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    // Canonical URLs, feeds and sitemaps name the origin the tests reach.
    env: { E2E_PORT: String(PORT), SITE_URL: `http://127.0.0.1:${PORT}` },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
