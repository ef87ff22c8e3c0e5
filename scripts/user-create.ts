// npm run user:create -- --email a@b.c --role admin|editor [--name 名字]
// Creates an admin account. The password comes from stdin: typed without echo on a
// terminal (asked twice), or the first line of piped input. There is no default account.
import { parseArgs } from "node:util";
import { normalizeEmail } from "@/lib/auth/rate-limit";
import { emailSchema } from "@/lib/auth/schema";
import { createUser } from "@/lib/auth/users";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { DuplicateError } from "@/lib/errors";
import { openAppDatabase } from "./support/database";
import { checkPassword, fail, readPassword } from "./support/password-input";

const USAGE = "Usage: npm run user:create -- --email EMAIL --role admin|editor [--name NAME]   (password from stdin)";

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
