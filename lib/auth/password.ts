// Password hashing with argon2id at the OWASP Password Storage Cheat Sheet's minimum
// (m=19 MiB, t=2, p=1). Pure of Next: the CLI and tests import it too.
import { hash, verify, type Algorithm } from "@node-rs/argon2";

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase; bounds the work an attacker can make one request cost. */
export const MAX_PASSWORD_LENGTH = 200;

export const PASSWORD_HASH_OPTIONS = {
  // Algorithm.Argon2id: the package declares a const enum, which isolatedModules cannot read.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** False for a wrong password and for a stored hash that is not a valid PHC string. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one real verification when the e-mail is unknown, so the answer time
 * does not tell which addresses have accounts.
 */
export async function verifyDummyPassword(password: string): Promise<void> {
  dummyHash ??= hashPassword("dummy password: no account has it");
  await verifyPassword(await dummyHash, password);
}
