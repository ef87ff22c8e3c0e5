// npm run user:create -- --email a@b.c --role admin|editor [--name 名字]
// Creates an admin account. The password comes from stdin: typed without echo on a
// terminal (asked twice), or the first line of piped input. There is no default account.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { normalizeEmail } from "@/lib/auth/rate-limit";
import { emailSchema } from "@/lib/auth/schema";
import { createUser } from "@/lib/auth/users";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { DuplicateError } from "@/lib/errors";
import { openAppDatabase } from "./support/database";

const USAGE = "Usage: npm run user:create -- --email EMAIL --role admin|editor [--name NAME]   (password from stdin)";

function fail(message: string, code = 2): never {
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

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const line = await readPipedLine();
    if (line === null) fail("no password on stdin: pipe it in (e.g. `printf '%s\\n' \"$PW\" | npm run user:create -- …`) or run in a terminal");
    return line;
  }
  const password = await readHiddenLine("Password: ");
  checkPassword(password);
  const again = await readHiddenLine("Repeat password: ");
  if (again !== password) fail("the two passwords differ");
  return password;
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) fail(`the password must have at least ${MIN_PASSWORD_LENGTH} characters (got ${password.length})`);
  if (password.length > MAX_PASSWORD_LENGTH) fail(`the password must have at most ${MAX_PASSWORD_LENGTH} characters`);
}

let values: { email?: string; role?: string; name?: string };
try {
  ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } }, strict: true }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (!values.email || !values.role) fail(`--email and --role are required\n${USAGE}`);
const email = normalizeEmail(values.email);
if (email.length > 254 || !emailSchema.safeParse(email).success) fail(`"${values.email}" is not a valid e-mail address`);
if (values.role !== "admin" && values.role !== "editor") fail(`--role must be admin or editor, not "${values.role}"`);
const role = values.role;
const name = (values.name ?? "").trim();
if (name.length > 40) fail("--name must have at most 40 characters");

const password = await readPassword();
checkPassword(password);

const database = await openAppDatabase((line) => console.error(line));
const db = createPrismaClient(database.url, { max: 1 });
try {
  await applyMigrations(database.url);
  const user = await createUser(db, { input: { email, name, role, password }, actorId: null });
  console.log(`Created ${role} ${email} (id ${user.id}).`);
} catch (error) {
  if (error instanceof DuplicateError) {
    console.error(`Error: an account with the e-mail ${email} already exists.`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
