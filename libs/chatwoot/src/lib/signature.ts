// Chatwoot webhook authenticity: HMAC signature over "<timestamp>.<raw body>" (Chatwoot ≥ 4.11) or a secret URL token, checked in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type AuthResult = { ok: true } | { ok: false; reason: string };

export interface SignatureInput {
  secret: string;
  rawBody: Buffer;
  signature: string | undefined;
  timestamp: string | undefined;
  maxAgeSeconds: number;
  nowSeconds: number;
}

export function verifySignature(input: SignatureInput): AuthResult {
  const { signature, timestamp } = input;
  if (!signature || !timestamp)
    return { ok: false, reason: 'missing signature' };
  if (!/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: 'malformed timestamp' };
  const age = input.nowSeconds - Number(timestamp);
  // Allow a little clock skew into the future, never a replay from the past.
  if (age > input.maxAgeSeconds || age < -60)
    return { ok: false, reason: 'stale timestamp' };
  const expected = createHmac('sha256', input.secret)
    .update(`${timestamp}.`)
    .update(input.rawBody)
    .digest('hex');
  const given = signature.startsWith('sha256=')
    ? signature.slice('sha256='.length)
    : signature;
  return constantTimeEqual(given, expected)
    ? { ok: true }
    : { ok: false, reason: 'bad signature' };
}

export function verifyToken(expected: string, given: string): AuthResult {
  return constantTimeEqual(given, expected)
    ? { ok: true }
    : { ok: false, reason: 'bad token' };
}

/** Compares digests of both sides, so neither content nor length leaks through timing. */
function constantTimeEqual(a: string, b: string): boolean {
  const digest = (s: string) =>
    createHmac('sha256', 'compare').update(s).digest();
  return timingSafeEqual(digest(a), digest(b)) && a.length === b.length;
}
