// The app's node-postgres pool settings, with separate limits for opening a connection and for
// waiting on a busy pool.
import pg from "pg";

export interface PoolOptions {
  connectionString: string | undefined;
  max: number;
  /** How long opening one connection may take (a server that does not answer). */
  connectTimeoutMillis: number;
  /** How long a query may wait for a free pooled connection (a busy pool: load, not an outage). */
  poolWaitTimeoutMillis: number;
  idleTimeoutMillis: number;
}

/**
 * pg-pool uses one setting, connectionTimeoutMillis, both for waiting on a free connection and
 * for opening one, and hands it to each client it creates. A client class that overrides it
 * lets an overloaded pool queue for a while, while an unreachable server still fails fast.
 */
function clientWithConnectTimeout(connectTimeoutMillis: number): typeof pg.Client {
  return class extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super({ ...(typeof config === "string" ? { connectionString: config } : config), connectionTimeoutMillis: connectTimeoutMillis });
    }
  };
}

export function poolConfig({ connectTimeoutMillis, poolWaitTimeoutMillis, ...options }: PoolOptions): pg.PoolConfig {
  return { ...options, connectionTimeoutMillis: poolWaitTimeoutMillis, Client: clientWithConnectTimeout(connectTimeoutMillis) };
}
