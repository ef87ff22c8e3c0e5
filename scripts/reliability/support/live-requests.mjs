// node --experimental-websocket live-requests.mjs <inspector ws URL>
// Asks a server started with --inspect how many request objects (http.IncomingMessage) are still
// alive after a full garbage collection, and how big its heap is; prints them as JSON. A plain
// .mjs run with its own flag: Node 20's WebSocket client is behind --experimental-websocket.
const [url] = process.argv.slice(2);
if (!url) {
  console.error("Usage: node --experimental-websocket live-requests.mjs ws://127.0.0.1:PORT/ID");
  process.exit(2);
}
const socket = new WebSocket(url);
const waiting = new Map();
let lastId = 0;
socket.addEventListener("message", (event) => {
  const message = JSON.parse(String(event.data));
  const settle = waiting.get(message.id);
  if (!settle) return;
  waiting.delete(message.id);
  settle(message);
});
/** One Chrome DevTools Protocol call. */
function call(method, params = {}) {
  return new Promise((resolve, reject) => {
    const id = ++lastId;
    waiting.set(id, (message) => (message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result)));
    socket.send(JSON.stringify({ id, method, params }));
  });
}
await new Promise((resolve, reject) => {
  socket.addEventListener("open", resolve);
  socket.addEventListener("error", () => reject(new Error(`Cannot connect to ${url}`)));
});
await call("HeapProfiler.collectGarbage");
const prototype = await call("Runtime.evaluate", { expression: "process.getBuiltinModule('node:http').IncomingMessage.prototype" });
// queryObjects walks the heap after a full collection: what it finds is retained, not garbage.
const found = await call("Runtime.queryObjects", { prototypeObjectId: prototype.result.objectId });
const count = await call("Runtime.callFunctionOn", { objectId: found.objects.objectId, functionDeclaration: "function () { return this.length; }", returnByValue: true });
const heap = await call("Runtime.evaluate", { expression: "process.memoryUsage().heapUsed", returnByValue: true });
console.log(JSON.stringify({ liveRequests: count.result.value, heapUsedMb: Math.round(heap.result.value / 1e6) }));
socket.close();
