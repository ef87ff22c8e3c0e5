// Small HTTP helpers for the reliability scripts.
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

/** GETs each path once, `atOnce` at a time; returns those not answered 200 ("path → status"). */
export async function getEach(baseURL: string, paths: readonly string[], atOnce: number): Promise<string[]> {
  const queue = [...paths];
  const failed: string[] = [];
  await Promise.all(
    Array.from({ length: atOnce }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const answer = await get(`${baseURL}${path}`);
        if (answer.status !== 200) failed.push(`${path} → ${answer.status}`);
      }
    }),
  );
  return failed;
}
