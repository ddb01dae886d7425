import { signWebhook } from '../testing/sign-webhook.js';
import { verifySignature, verifyToken } from './signature.js';

const secret = 'whsec_test_secret';
const body = '{"event":"message_created","id":1}';
const now = 1_764_170_000;

function check(
  headers: Record<string, string | undefined>,
  rawBody = body,
  nowSeconds = now,
) {
  return verifySignature({
    secret,
    rawBody: Buffer.from(rawBody),
    signature: headers['x-chatwoot-signature'],
    timestamp: headers['x-chatwoot-timestamp'],
    maxAgeSeconds: 300,
    nowSeconds,
  });
}

describe('Chatwoot webhook signature', () => {
  it('accepts a body signed with the secret', () => {
    expect(check(signWebhook(secret, body, now))).toEqual({ ok: true });
  });

  it('rejects a tampered body, another secret, or no signature', () => {
    expect(
      check(signWebhook(secret, body, now), body.replace('1', '2')),
    ).toEqual({ ok: false, reason: 'bad signature' });
    expect(check(signWebhook('other', body, now))).toEqual({
      ok: false,
      reason: 'bad signature',
    });
    expect(check({})).toEqual({ ok: false, reason: 'missing signature' });
  });

  it('rejects a timestamp older than the allowed age and one from the future', () => {
    expect(check(signWebhook(secret, body, now - 301))).toEqual({
      ok: false,
      reason: 'stale timestamp',
    });
    expect(check(signWebhook(secret, body, now + 120))).toEqual({
      ok: false,
      reason: 'stale timestamp',
    });
    expect(check(signWebhook(secret, body, now - 299))).toEqual({ ok: true });
  });

  it('compares URL tokens exactly', () => {
    expect(verifyToken('a-very-long-token', 'a-very-long-token')).toEqual({
      ok: true,
    });
    expect(verifyToken('a-very-long-token', 'a-very-long-toke')).toMatchObject({
      ok: false,
    });
    expect(verifyToken('a-very-long-token', '')).toMatchObject({ ok: false });
  });
});
