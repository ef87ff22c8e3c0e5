import { describe, expect, it } from "vitest";
import { describeConnectionError, isConnectionError } from "./connection-errors";

// Shapes as Prisma 7 with @prisma/adapter-pg reports them while PostgreSQL is stopped
// (recorded from a real outage: fast shutdown, then connection refused).
const adapterError = (cause: Record<string, unknown>) => Object.assign(new Error("driver adapter error"), { name: "DriverAdapterError", cause });
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error(`prisma ${code}`), { code, meta: { driverAdapterError: adapterError(cause) } });

describe("isConnectionError", () => {
  it("recognises a query cut off by the server's shutdown (57P01 inside P2010)", () => {
    expect(isConnectionError(prismaError("P2010", { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }))).toBe(true);
  });

  it("recognises an unreachable server, with or without a Prisma code of its own", () => {
    expect(isConnectionError(prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
    expect(isConnectionError(prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
  });

  it("recognises node-postgres errors: refused sockets, dropped connections, connect timeouts", () => {
    expect(isConnectionError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionError(new Error("Connection terminated due to connection timeout", { cause: new Error("x") }))).toBe(true);
    expect(isConnectionError(new Error("timeout expired"))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("connection failure"), { code: "08006" }))).toBe(true);
  });

  it("finds the cause of an AggregateError (a refused connection on both IPv4 and IPv6)", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" });
    expect(isConnectionError(new AggregateError([refused], ""))).toBe(true);
  });

  it("does not mistake a busy pool, a bad query or a constraint violation for an outage", () => {
    expect(isConnectionError(new Error("timeout exceeded when trying to connect"))).toBe(false);
    expect(isConnectionError(prismaError("P2010", { kind: "postgres", code: "42601", message: "syntax error" }))).toBe(false);
    expect(isConnectionError(prismaError("P2002", { kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
  });

  it("answers false for values that are not errors, and stops at cyclic causes", () => {
    expect(isConnectionError(null)).toBe(false);
    expect(isConnectionError("ECONNREFUSED")).toBe(false);
    const cyclic: { cause?: unknown } = {};
    cyclic.cause = cyclic;
    expect(isConnectionError(cyclic)).toBe(false);
  });
});

describe("describeConnectionError", () => {
  it("names the innermost cause in one line", () => {
    expect(describeConnectionError(prismaError("P2010", { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }))).toBe(
      "57P01 postgres terminating connection due to administrator command",
    );
    expect(describeConnectionError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe("ECONNREFUSED connect ECONNREFUSED 127.0.0.1:5432");
  });
});
