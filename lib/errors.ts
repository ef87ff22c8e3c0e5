// Domain errors with a stable `code`. Actions map the known codes to FormState.message and
// rethrow the rest, so an unexpected failure still reaches error.tsx.

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "VERSION_CONFLICT" | "INVALID_STATE" | "DUPLICATE";

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
}

export type EntityName = "article" | "page" | "revision" | "user" | "official" | "topic";

export class NotFoundError extends AppError {
  readonly entity: EntityName;

  constructor(entity: EntityName, id: number | string) {
    super("NOT_FOUND", `${entity} ${id} not found`);
    this.name = "NotFoundError";
    this.entity = entity;
  }
}

/** Signed in, but the role does not allow this. */
export class ForbiddenError extends AppError {
  constructor(message = "forbidden") {
    super("FORBIDDEN", message);
    this.name = "ForbiddenError";
  }
}

/** The action does not apply to the record's current state (e.g. publishing a deleted article). */
export class InvalidStateError extends AppError {
  constructor(message: string) {
    super("INVALID_STATE", message);
    this.name = "InvalidStateError";
  }
}

/** A unique value (an e-mail address) is already taken. */
export class DuplicateError extends AppError {
  constructor(message: string) {
    super("DUPLICATE", message);
    this.name = "DuplicateError";
  }
}

/** A person's new name belongs to someone else already; `existingId` is that person. */
export class NameTakenError extends DuplicateError {
  readonly existingId: number;

  constructor(name: string, existingId: number) {
    super(`the name ${name} belongs to person ${existingId}`);
    this.name = "NameTakenError";
    this.existingId = existingId;
  }
}

/**
 * Someone saved the record after the version the editor started from. `current` is the
 * record as it is now, so the form can show theirs next to yours.
 */
export class VersionConflictError<Current = unknown> extends AppError {
  readonly expectedVersion: number;
  readonly current: Current;

  constructor(options: { expectedVersion: number; current: Current }) {
    super("VERSION_CONFLICT", `version ${options.expectedVersion} is no longer current`);
    this.name = "VersionConflictError";
    this.expectedVersion = options.expectedVersion;
    this.current = options.current;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
