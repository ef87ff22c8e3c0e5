// The error of an export file that cannot be restored, or a database that must not receive
// one. The message says what is wrong and, where a person can act, what to do.

export type RestoreErrorCode = "NOT_AN_EXPORT" | "UNSUPPORTED_VERSION" | "WRONG_MIGRATION" | "NOT_EMPTY" | "CORRUPT" | "TRUNCATED";

export class RestoreError extends Error {
  readonly code: RestoreErrorCode;

  constructor(code: RestoreErrorCode, message: string) {
    super(message);
    this.name = "RestoreError";
    this.code = code;
  }
}
