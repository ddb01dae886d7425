// Chatwoot's side of the webhook signature (see lib/signature.ts): what the fake Chatwoot, tests and tools send.
import { createHmac } from 'node:crypto';

/** Signs a body the way Chatwoot does; for tests, tools and the local demo. */
export function signWebhook(
  secret: string,
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
) {
  const timestamp = String(nowSeconds);
  const signature = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
  return {
    'x-chatwoot-signature': signature,
    'x-chatwoot-timestamp': timestamp,
  };
}
