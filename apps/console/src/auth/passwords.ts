// Staff passwords: argon2id hashes (OWASP's parameters), and generated passwords for new accounts.
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// OWASP Password Storage Cheat Sheet, argon2id: m=19 MiB, t=2, p=1 (about 20 ms here).
const ARGON2ID = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** False for a wrong password and for a hash that is not argon2 (never throws on bad input). */
export async function verifyPassword(
  passwordHash: string,
  password: string,
): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A password to read out or paste once: 16 characters of URL-safe base64 (96 bits). */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * A hash to check a password against when the email is unknown, so that a wrong email takes as
 * long as a wrong password and the login form does not tell which emails exist.
 */
export const decoyHash = hashPassword(generatePassword());
