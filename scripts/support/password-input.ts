// Reading a new password on the command line: typed twice without echo on a terminal, or
// the first line of piped input. Used by user:create and user:reset-password.
import { createInterface } from "node:readline";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export function fail(message: string, code = 2): never {
  console.error(`Error: ${message}`);
  process.exit(code);
}

/** Reads one line from a terminal without echoing it; Ctrl-C aborts. */
function readHiddenLine(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let line = "";
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\u0003") {
          stdin.setRawMode(false);
          process.stderr.write("\n");
          fail("cancelled", 130);
        }
        if (char === "\r" || char === "\n" || char === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          resolve(line);
          return;
        }
        if (char === "\u007f" || char === "\b") line = line.slice(0, -1);
        else line += char;
      }
    };
    stdin.on("data", onData);
  });
}

/** The first line of piped stdin (a trailing CR from Windows files is dropped). */
function readPipedLine(): Promise<string | null> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin, terminal: false });
    let first: string | null = null;
    lines.once("line", (line) => {
      first = line.replace(/\r$/, "");
      lines.close();
    });
    lines.once("close", () => resolve(first));
  });
}

export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const line = await readPipedLine();
    if (line === null) fail("no password on stdin: pipe it in (e.g. `printf '%s\\n' \"$PW\" | npm run user:… -- …`) or run in a terminal");
    return line;
  }
  const password = await readHiddenLine("Password: ");
  checkPassword(password);
  const again = await readHiddenLine("Repeat password: ");
  if (again !== password) fail("the two passwords differ");
  return password;
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) fail(`the password must have at least ${MIN_PASSWORD_LENGTH} characters (got ${password.length})`);
  if (password.length > MAX_PASSWORD_LENGTH) fail(`the password must have at most ${MAX_PASSWORD_LENGTH} characters`);
}
