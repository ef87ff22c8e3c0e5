// For JSON route handlers: a request already past proxy.ts when the database went away still
// gets the 503 JSON answer rather than an empty 500.
import { markDatabaseDown } from "./availability";
import { describeConnectionError, isConnectionError } from "./connection-errors";
import { outageResponse } from "./outage-response";

export function answer503WhenDatabaseIsDown<Args extends [Request, ...unknown[]]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      markDatabaseDown(describeConnectionError(error));
      const url = new URL(args[0].url);
      return outageResponse({ method: args[0].method, pathname: url.pathname, search: url.search, headers: args[0].headers });
    }
  };
}
