import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { formatAbortReasonStacks } from "./abort-reason-stacks";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * A render's working set (`payload`), a frame that closes over it and aborts a controller from
 * inside it, as React's Flight server does when a render completes; only the signal is kept.
 */
function renderAndKeepSignal(abort: (controller: AbortController) => void): { signal: AbortSignal; payload: WeakRef<object> } {
  const payload = { html: "新闻".repeat(100_000) };
  const controller = new AbortController();
  const frame = () => {
    if (payload.html.length > 0) abort(controller);
  };
  frame();
  return { signal: controller.signal, payload: new WeakRef(payload) };
}

async function isCollected(payload: WeakRef<object>): Promise<boolean> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
  }
  return payload.deref() === undefined;
}

describe("abort reasons' stacks", () => {
  // Runs first, before the patch: proves the test can see the retention it guards against.
  it("an unformatted reason's stack keeps the aborting frame's closure alive (V8, unpatched)", async () => {
    const { signal, payload } = renderAndKeepSignal((controller) => controller.abort(new Error("render completed")));
    expect(await isCollected(payload)).toBe(false);
    expect(signal.aborted).toBe(true);
  });

  it("once installed, a kept signal no longer keeps the render it aborted", async () => {
    formatAbortReasonStacks();
    formatAbortReasonStacks(); // idempotent: a second install does not wrap twice
    const { signal, payload } = renderAndKeepSignal((controller) => controller.abort(new Error("render completed")));
    expect(await isCollected(payload)).toBe(true);
    expect(signal.reason).toBeInstanceOf(Error);
    expect((signal.reason as Error).message).toBe("render completed");
    expect((signal.reason as Error).stack).toContain("render completed");
  });

  it("covers the default reason of abort() and AbortSignal.abort", async () => {
    formatAbortReasonStacks();
    const bare = renderAndKeepSignal((controller) => controller.abort());
    expect(await isCollected(bare.payload)).toBe(true);
    expect(bare.signal.reason).toBeInstanceOf(DOMException);
    expect((bare.signal.reason as DOMException).name).toBe("AbortError");

    const reason = { code: "not an error" };
    expect(AbortSignal.abort(reason).reason).toBe(reason);
    expect(AbortSignal.abort().reason).toBeInstanceOf(DOMException);
  });

  it("abort listeners still see the reason, once", () => {
    formatAbortReasonStacks();
    const controller = new AbortController();
    const seen: unknown[] = [];
    controller.signal.addEventListener("abort", () => seen.push(controller.signal.reason));
    const reason = new Error("stop");
    controller.abort(reason);
    controller.abort(new Error("again"));
    expect(seen).toEqual([reason]);
  });
});
