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
