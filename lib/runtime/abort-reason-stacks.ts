// Formats the stack of every abort reason when the abort happens.
//
// V8 keeps an Error's stack as structured call sites until `.stack` is first read, and each call
// site holds its frame's function and receiver. React's Flight server aborts its cacheSignal with
// an Error when every render completes (Next aborts other controllers too, from setImmediate
// callbacks); nothing reads those stacks, and the reasons live as long as their signals. Through
// the call sites they kept the whole render alive — and the Immediate the abort ran on, whose
// async context holds another request's render, and the Immediates queued beside it — so every
// render pinned the ones before it: the server's heap grew with every page it rendered until it
// ran out (RELIABILITY.md, Soak; react/react#37288). A formatted stack is a string: the frames go.
const INSTALLED = Symbol.for("yongkang.abortReasonStacks");

type Patched = { [INSTALLED]?: true };

/** The reason with its stack formatted, and the default reason made here so that it is too. */
function withFormattedStack(reason: unknown): unknown {
  const settled = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
  if (settled instanceof Error) void settled.stack;
  return settled;
}

/** Idempotent: patches AbortController.prototype.abort and AbortSignal.abort once per process. */
export function formatAbortReasonStacks(): void {
  const controllerPrototype = AbortController.prototype as AbortController & Patched;
  if (controllerPrototype[INSTALLED]) return;
  const abortController = controllerPrototype.abort;
  controllerPrototype.abort = function abort(this: AbortController, reason?: unknown) {
    abortController.call(this, withFormattedStack(reason));
  };
  const abortSignal = AbortSignal.abort.bind(AbortSignal);
  AbortSignal.abort = (reason?: unknown) => abortSignal(withFormattedStack(reason));
  controllerPrototype[INSTALLED] = true;
}
