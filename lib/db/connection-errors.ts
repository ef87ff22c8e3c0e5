// Tells "the database is unreachable" apart from every other failure (pure). Only these errors
// switch the app to its 503 page (lib/db/availability.ts); a bad query or a constraint violation
// is a bug or a user error, not an outage.

/** Socket-level codes Node reports when the server is gone or never answered. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * SQLSTATEs of a server that is shutting down, starting up or has dropped the connection:
 * class 08 (connection exception) and 57P01–57P03 (admin/crash shutdown, cannot connect now).
 */
const isOutageSqlState = (code: string) => code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03";

/** Prisma error codes for an unreachable server, a connect timeout and a closed connection. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);

/** Driver-adapter error kinds (@prisma/adapter-pg) that mean the connection failed. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);

/**
 * node-postgres's own messages for a connection that ended or never came up ("Connection
 * terminated unexpectedly", "… due to connection timeout", a client's "timeout expired"). Not
 * pg-pool's "timeout exceeded when trying to connect": that one means every pooled connection was
 * busy, which is load, not an outage.
 */
const PG_MESSAGES = [/^Connection terminated/, /^timeout expired$/, /^Client has encountered a connection error/];

type Fields = { code?: unknown; kind?: unknown; message?: unknown; meta?: unknown; cause?: unknown; driverAdapterError?: unknown };

function asFields(value: unknown): Fields | null {
  return typeof value === "object" && value !== null ? (value as Fields) : null;
}

function describesOutage(fields: Fields): boolean {
  const { code, kind, message } = fields;
  if (typeof code === "string" && (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || isOutageSqlState(code))) return true;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  return typeof message === "string" && PG_MESSAGES.some((pattern) => pattern.test(message));
}

/** The innermost part of the error that describes an outage, or null. */
function findOutage(error: unknown, depth: number): Fields | null {
  const fields = asFields(error);
  if (!fields || depth > 5) return null;
  const meta = asFields(fields.meta);
  const nested = [fields.cause, meta?.driverAdapterError, ...(error instanceof AggregateError ? error.errors : [])];
  for (const inner of nested) {
    const found = findOutage(inner, depth + 1);
    if (found) return found;
  }
  return describesOutage(fields) ? fields : null;
}

/**
 * True when the error (or what it wraps: Prisma's meta.driverAdapterError, an Error's cause,
 * an AggregateError's errors) says the database could not be reached or dropped the connection.
 */
export function isConnectionError(error: unknown): boolean {
  return findOutage(error, 0) !== null;
}

/** A one-line reason for the log, e.g. "57P01 terminating connection due to administrator command". */
export function describeConnectionError(error: unknown): string {
  const found = findOutage(error, 0);
  if (!found) return "unknown error";
  const parts = [found.code, found.kind, found.message].filter((part): part is string => typeof part === "string" && part !== "");
  return [...new Set(parts)].join(" ").split("\n")[0]!.slice(0, 160);
}
