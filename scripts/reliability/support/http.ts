// Small HTTP helpers for the reliability scripts.
import type { NextProcess } from "../../support/next";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until /api/health answers 200, failing early if the server exits. */
export async function waitForHealth(baseURL: string, next: NextProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (next.child.exitCode !== null) throw new Error(`next start exited early (code ${next.child.exitCode}).`);
    if (await fetch(`${baseURL}/api/health`).then((response) => response.ok, () => false)) return;
    await sleep(200);
  }
  throw new Error(`The app at ${baseURL} did not become healthy within ${timeoutMs / 1000} s.`);
}

export interface Fetched {
  status: number;
  body: string;
  contentType: string;
}

/** One GET; a network failure becomes status 0 with the error's code as body. */
export async function get(url: string, init: RequestInit = {}): Promise<Fetched> {
  try {
    const response = await fetch(url, { redirect: "manual", ...init });
    return { status: response.status, body: await response.text(), contentType: response.headers.get("content-type") ?? "" };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { status: 0, body: cause?.code ?? String(error), contentType: "" };
  }
}
