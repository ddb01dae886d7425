// The walking skeleton, for real: signed webhook → webhook-api → Redis queue → agent-worker → graph → fake Chatwoot.
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import {
  signWebhook,
  startFakeChatwoot,
  type FakeChatwoot,
} from '@atrevete/chatwoot/testing';
import { createTestDatabase, type TestDatabase } from '@atrevete/db/testing';
import { incomingMessageEvent } from '@atrevete/schema/testing';
import {
  type AppProcess,
  appDist,
  freePort,
  startApp,
  waitForHealthy,
} from './support/processes.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const SECRET = 'e2e-webhook-secret';

describe('the first answered WhatsApp message', () => {
  let database: TestDatabase;
  let chatwoot: FakeChatwoot;
  let api: AppProcess;
  let worker: AppProcess;
  let apiUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    chatwoot = await startFakeChatwoot();
    const shared = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      REDIS_URL,
      QUEUE_PREFIX: `e2e-${randomUUID()}`,
      CHATWOOT_ACCOUNT_ID: '1',
      TURN_DEBOUNCE_MS: '0',
    };
    const apiPort = await freePort();
    const healthPort = await freePort();
    apiUrl = `http://127.0.0.1:${apiPort}`;
    api = startApp(appDist('webhook-api'), {
      ...shared,
      PORT: String(apiPort),
      METRICS_PORT: String(await freePort()),
      CHATWOOT_WEBHOOK_SECRET: SECRET,
      SEED_DEMO_SALON: 'true',
    });
    await waitForHealthy(`${apiUrl}/health`, api);
    worker = startApp(appDist('agent-worker'), {
      ...shared,
      HEALTH_PORT: String(healthPort),
      CHATWOOT_BASE_URL: chatwoot.url,
      CHATWOOT_API_TOKEN: 'bot-token',
    });
    await waitForHealthy(`http://127.0.0.1:${healthPort}/health`, worker);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await chatwoot?.close();
    await database?.drop();
  });

  async function send(body: object) {
    const raw = JSON.stringify(body);
    return fetch(`${apiUrl}/webhooks/chatwoot`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signWebhook(SECRET, raw),
      },
      body: raw,
    });
  }

  it('answers "¿Cuánto cuesta el tinte?" once, in the right conversation, with the price from the database', async () => {
    const response = await send(
      incomingMessageEvent({
        messageId: 7001,
        conversationId: 314,
        accountId: 1,
        content: '¿Cuánto cuesta el tinte?',
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'queued' });

    const [reply] = await chatwoot.waitForReplies(1, 20_000);
    expect(reply).toMatchObject({
      accountId: 1,
      conversationId: 314,
      token: 'bot-token',
    });
    expect(reply.body['content']).toEqual(expect.stringContaining('40 €'));
    expect(reply.body['content']).toEqual(expect.stringMatching(/tinte/i));

    // Nothing more arrives for that message.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(chatwoot.replies()).toHaveLength(1);
  });

  it('quotes the price the salon owner set, not a built-in one', async () => {
    const sql = postgres(database.url, { max: 1, onnotice: () => undefined });
    await sql`UPDATE services SET price_cents = 4500 WHERE name = 'Tinte raíz'`;
    await sql.end();
    // The worker shares salon reads for up to 2 s (DIRECTORY_TTL_MS): the change shows after that.
    await new Promise((resolve) => setTimeout(resolve, 2100));

    await send(
      incomingMessageEvent({
        messageId: 7002,
        conversationId: 315,
        accountId: 1,
        content: 'cuanto vale el tinte',
      }),
    );
    const replies = await chatwoot.waitForReplies(2, 20_000);
    expect(replies[1]).toMatchObject({ conversationId: 315 });
    expect(replies[1].body['content']).toEqual(expect.stringContaining('45 €'));
  });

  it('stops both apps cleanly on SIGTERM', async () => {
    expect(await worker.stop('SIGTERM')).toBe(0);
    expect(await api.stop('SIGTERM')).toBe(0);
  });
});
