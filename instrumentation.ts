// Runs once when the Next server starts, before it answers a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { formatAbortReasonStacks } = await import("@/lib/runtime/abort-reason-stacks");
  formatAbortReasonStacks();
}
