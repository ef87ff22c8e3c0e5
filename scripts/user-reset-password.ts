// npm run user:reset-password -- --email EMAIL
// Sets a new password for an existing account (e.g. after npm run restore of an export made
// without password hashes) and ends its sessions. The password comes from stdin, as for user:create.
import { parseArgs } from "node:util";
import { normalizeEmail } from "@/lib/auth/rate-limit";
import { resetUserPassword } from "@/lib/auth/reset-password";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { NotFoundError } from "@/lib/errors";
import { openAppDatabase } from "./support/database";
import { checkPassword, fail, readPassword } from "./support/password-input";

const USAGE = "Usage: npm run user:reset-password -- --email EMAIL   (new password from stdin)";

let values: { email?: string };
try {
  ({ values } = parseArgs({ options: { email: { type: "string" } }, strict: true }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (!values.email) fail(`--email is required\n${USAGE}`);
const email = normalizeEmail(values.email);

const password = await readPassword();
checkPassword(password);

const database = await openAppDatabase((line) => console.error(line));
const db = createPrismaClient(database.url, { max: 1 });
try {
  await applyMigrations(database.url);
  const { id, revokedSessions } = await resetUserPassword(db, { email, password, actorId: null });
  console.log(`New password set for ${email} (id ${id}); ${revokedSessions} session(s) ended.`);
} catch (error) {
  if (error instanceof NotFoundError) {
    console.error(`Error: there is no account with the e-mail ${email}.`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
