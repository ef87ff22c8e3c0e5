// The one error type of the ingest pipeline. `code` is stable and machine-readable;
// `message` is English and names the file and the reason (`000.txt: file is empty`).

export type IngestErrorCode = "EMPTY" | "BINARY" | "TOO_LARGE" | "UNKNOWN_ENCODING" | "NO_ARTICLES";

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  /** The file concerned, when the thrower knows it. */
  readonly fileName: string | undefined;

  constructor(code: IngestErrorCode, message: string, fileName?: string) {
    super(message);
    this.name = "IngestError";
    this.code = code;
    this.fileName = fileName;
  }

  /** `new IngestError(code, "<file>: <reason>", file)`. */
  static forFile(code: IngestErrorCode, fileName: string, reason: string): IngestError {
    return new IngestError(code, `${fileName}: ${reason}`, fileName);
  }
}
