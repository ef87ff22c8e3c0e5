// Reports every failed database call that means "the database is unreachable", whichever query,
// transaction or pool event it comes from, so the app can switch to its 503 page at once.
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { isConnectionError } from "./connection-errors";

export type ConnectionFailureListener = (error: unknown) => void;

/** Methods whose result is itself a connection to watch: the adapter and its transactions. */
const RETURNS_CONNECTION = new Set<PropertyKey>(["connect", "connectToShadowDb", "startTransaction"]);

/**
 * The object with every method wrapped: a rejected or thrown connection error is reported,
 * then passed on unchanged. Prisma calls the driver adapter through these methods only.
 */
function watch<T extends object>(target: T, onFailure: ConnectionFailureListener): T {
  const report = (error: unknown) => {
    if (isConnectionError(error)) onFailure(error);
    throw error;
  };
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        let result: unknown;
        try {
          result = value.apply(object, args);
        } catch (error) {
          report(error);
        }
        if (!(result instanceof Promise)) return result;
        return result.then((resolved: unknown) => (RETURNS_CONNECTION.has(property) && typeof resolved === "object" && resolved ? watch(resolved, onFailure) : resolved), report);
      };
    },
  });
}

/** A PrismaPg adapter factory; with onConnectionFailure, it also reports lost connections. */
export function createPgAdapter(pool: pg.PoolConfig, onConnectionFailure?: ConnectionFailureListener): PrismaPg {
  // The adapter is typed against its own copy of @types/pg; the settings are node-postgres's.
  const config = pool as ConstructorParameters<typeof PrismaPg>[0];
  if (!onConnectionFailure) return new PrismaPg(config);
  // An idle pooled connection that the server closes, and a transaction's connection that
  // drops, surface as events rather than as a failed call.
  const onEvent = (error: unknown) => {
    if (isConnectionError(error)) onConnectionFailure(error);
  };
  const adapter = new PrismaPg(config, { onPoolError: onEvent, onConnectionError: onEvent });
  return watch(adapter, onConnectionFailure);
}
