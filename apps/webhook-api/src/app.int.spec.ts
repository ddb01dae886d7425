// The HTTP contract of webhook-api, driven through supertest against the real Postgres and Redis.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import postgres from 'postgres';
import request from 'supertest';
import { signWebhook } from '@atrevete/chatwoot';
import { parseWebhookApiConfig, type WebhookApiConfig } from '@atrevete/config';
import { createTestDatabase, type TestDatabase } from '@atrevete/db';
import { DEFAULT_MIGRATIONS_FOLDER } from '@atrevete/db/testing';
import { createLogger } from '@atrevete/observability';
import {
  TURN_QUEUE,
  createQueue,
  createRedisConnection,
} from '@atrevete/queue';
import {
  conversationStatusChangedEvent,
  echoEvent,
  incomingMessageEvent,
  messageUpdatedEvent,
  outgoingMessageEvent,
  privateNoteEvent,
} from '@atrevete/schema';
import { createApp } from './app.js';
import type { WebhookApiDeps } from './deps.js';
import { buildWebhookApiDeps, type Closeable } from './server.js';

const SECRET = 'test-webhook-secret';
const TOKEN = 'url-token-0123456789abcdef';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('webhook-api HTTP', () => {
  let database: TestDatabase;
  let deps: Closeable<WebhookApiDeps>;
  let config: WebhookApiConfig;
  let sql: postgres.Sql;
  const redis = createRedisConnection(REDIS_URL, 'producer');
  let queue: ReturnType<typeof createQueue<typeof TURN_QUEUE.schema>>;

  async function setUp(env: Record<string, string>) {
    database = await createTestDatabase();
    config = parseWebhookApiConfig({
      DATABASE_URL: database.url,
      REDIS_URL,
      QUEUE_PREFIX: `test-${randomUUID()}`,
      CHATWOOT_ACCOUNT_ID: '1',
      NODE_ENV: 'test',
      ...env,
    });
    deps = await buildWebhookApiDeps(
      config,
      createLogger({ name: 'test', level: 'silent' }),
      DEFAULT_MIGRATIONS_FOLDER,
    );
    sql = postgres(database.url, { max: 1, onnotice: () => undefined });
    queue = createQueue(TURN_QUEUE, redis, config.QUEUE_PREFIX);
  }

  async function tearDown() {
    await queue.obliterate({ force: true });
    await queue.close();
    await deps.close();
    await sql.end();
    await database.drop();
  }

  afterAll(() => redis.quit());

  const ledgerIds = async () =>
    (
      await sql<
        { id: string }[]
      >`SELECT chatwoot_message_id AS id FROM inbound_messages ORDER BY 1`
    ).map((r) => Number(r.id));
  const queuedJobs = async () =>
    (await queue.getJobs(['waiting', 'delayed', 'active', 'completed'])).length;

  describe('with an HMAC secret', () => {
    beforeAll(() => setUp({ CHATWOOT_WEBHOOK_SECRET: SECRET }));
    afterAll(() => tearDown());

    function post(body: unknown, headers?: Record<string, string>) {
      const raw = typeof body === 'string' ? body : JSON.stringify(body);
      return request(createApp(deps.value))
        .post('/webhooks/chatwoot')
        .set('content-type', 'application/json')
        .set(headers ?? signWebhook(SECRET, raw, Math.floor(Date.now() / 1000)))
        .send(raw);
    }

    it('records and queues a signed customer message, answering 200', async () => {
      const res = await post(
        incomingMessageEvent({
          messageId: 101,
          conversationId: 501,
          content: '¿Cuánto cuesta el tinte?',
        }),
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'queued' });
      expect(await ledgerIds()).toEqual([101]);
      const jobs = await queue.getJobs(['waiting', 'delayed']);
      // The ledger holds the message: the (debounced) turn job only names the conversation.
      expect(jobs.map((j) => j.data)).toContainEqual({
        accountId: 1,
        conversationId: 501,
        messages: [],
      });
    });

    it('queues one turn for a burst in one conversation, and one per conversation', async () => {
      const before = await queuedJobs();
      for (const [messageId, conversationId] of [
        [111, 502],
        [112, 502],
        [113, 502],
        [114, 503],
      ]) {
        const res = await post(
          incomingMessageEvent({ messageId, conversationId, content: 'hola' }),
        );
        expect(res.body).toEqual({ status: 'queued' });
      }
      expect(await queuedJobs()).toBe(before + 2);
    });

    it('acknowledges a second delivery of the same message as a duplicate, counting it', async () => {
      const body = incomingMessageEvent({
        messageId: 102,
        conversationId: 504,
        content: 'hola',
      });
      expect((await post(body)).body).toEqual({ status: 'queued' });
      const again = await post(body);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ status: 'duplicate' });
      expect((await ledgerIds()).filter((id) => id === 102)).toHaveLength(1);
      const metrics = await request(createApp(deps.value)).get('/metrics');
      expect(metrics.text).toMatch(
        /atrevete_webhook_duplicates_total\{app="webhook-api"\} 1/,
      );
    });

    it('rejects a wrong, missing or stale signature with 401 and records nothing', async () => {
      const body = JSON.stringify(
        incomingMessageEvent({ messageId: 103, content: 'hola' }),
      );
      const now = Math.floor(Date.now() / 1000);
      expect(
        (await post(body, signWebhook('wrong-secret', body, now))).status,
      ).toBe(401);
      expect((await post(body, {})).status).toBe(401);
      const stale = await post(body, signWebhook(SECRET, body, now - 600));
      expect(stale.status).toBe(401);
      expect(stale.body).toEqual({ error: 'stale timestamp' });
      expect(await ledgerIds()).not.toContain(103);
    });

    it('rejects a signature computed over a different body', async () => {
      const signed = JSON.stringify(
        incomingMessageEvent({ messageId: 104, content: 'hola' }),
      );
      const sent = JSON.stringify(
        incomingMessageEvent({ messageId: 104, content: 'adiós' }),
      );
      expect((await post(sent, signWebhook(SECRET, signed))).status).toBe(401);
    });

    it('answers 400 with a short reason for malformed JSON or a body the schema rejects', async () => {
      const bad = await post('{"event": "message_created", ');
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({ error: 'body is not valid JSON' });
      const noId = await post({
        ...incomingMessageEvent({ messageId: 1, content: 'x' }),
        id: 'abc',
      });
      expect(noId.status).toBe(400);
      expect(noId.body.error).toMatch(/^id:/);
      expect(noId.text).not.toMatch(/at .*\.ts/);
    });

    it('answers 413 to a body over 1 MB', async () => {
      const huge = JSON.stringify({
        ...incomingMessageEvent({
          messageId: 105,
          content: 'x'.repeat(1_100_000),
        }),
      });
      const res = await post(huge);
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ error: 'body larger than 1 MB' });
      expect(await ledgerIds()).not.toContain(105);
    });

    it.each([
      [
        'its own reply',
        outgoingMessageEvent({ messageId: 201, content: 'Hola' }),
      ],
      ['a private note', privateNoteEvent({ messageId: 202, content: 'nota' })],
      ['an echo', echoEvent({ messageId: 203, content: 'ok' })],
      [
        'a message_updated',
        messageUpdatedEvent({ messageId: 204, content: 'hola' }),
      ],
      ['a status change', conversationStatusChangedEvent({ status: 'open' })],
      [
        'another account',
        incomingMessageEvent({ messageId: 205, content: 'hola', accountId: 2 }),
      ],
      [
        'a conversation a person has',
        incomingMessageEvent({
          messageId: 206,
          content: 'hola',
          status: 'open',
        }),
      ],
    ])('acknowledges and ignores %s, counting it', async (_name, body) => {
      const before = await queuedJobs();
      const res = await post(body);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('ignored');
      expect(await queuedJobs()).toBe(before);
      const metrics = await request(createApp(deps.value)).get('/metrics');
      expect(metrics.text).toMatch(
        new RegExp(
          `atrevete_webhooks_total\\{outcome="ignored",reason="${res.body.reason}"`,
        ),
      );
    });

    it('refuses the token URL when no token is configured', async () => {
      const res = await request(createApp(deps.value))
        .post(`/webhooks/chatwoot/${TOKEN}`)
        .send({});
      expect(res.status).toBe(404);
    });

    it('reports Postgres and Redis as healthy', async () => {
      const app = createApp(deps.value);
      expect((await request(app).get('/health/live')).body).toEqual({
        status: 'ok',
      });
      const health = await request(app).get('/health');
      expect(health.status).toBe(200);
      expect(health.body).toEqual({
        status: 'ok',
        components: { postgres: { status: 'ok' }, redis: { status: 'ok' } },
      });
    });
  });

  describe('with a URL token', () => {
    beforeAll(() => setUp({ WEBHOOK_TOKEN: TOKEN }));
    afterAll(() => tearDown());

    const body = () =>
      incomingMessageEvent({ messageId: 301, content: 'hola' });

    it('accepts the right token and refuses a wrong one or the tokenless URL', async () => {
      const app = createApp(deps.value);
      expect(
        (await request(app).post(`/webhooks/chatwoot/${TOKEN}x`).send(body()))
          .status,
      ).toBe(401);
      expect(
        (await request(app).post('/webhooks/chatwoot').send(body())).status,
      ).toBe(401);
      expect(await ledgerIds()).toEqual([]);
      const ok = await request(app)
        .post(`/webhooks/chatwoot/${TOKEN}`)
        .send(body());
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ status: 'queued' });
      expect(await ledgerIds()).toEqual([301]);
    });
  });

  describe('when Redis is unreachable', () => {
    it('reports degraded health naming Redis, with Postgres still ok', async () => {
      const db = await createTestDatabase();
      const unreachable = parseWebhookApiConfig({
        DATABASE_URL: db.url,
        // A port nobody listens on: a real connection that is refused.
        REDIS_URL: `redis://127.0.0.1:${await closedPort()}`,
        NODE_ENV: 'test',
      });
      const broken = await buildWebhookApiDeps(
        unreachable,
        createLogger({ name: 'test', level: 'silent' }),
        DEFAULT_MIGRATIONS_FOLDER,
      );
      try {
        const res = await request(createApp(broken.value)).get('/health');
        expect(res.status).toBe(503);
        expect(res.body).toMatchObject({
          status: 'degraded',
          components: { redis: { status: 'down' }, postgres: { status: 'ok' } },
        });
        expect(
          (await request(createApp(broken.value)).get('/health/live')).status,
        ).toBe(200);
      } finally {
        await broken.close();
        await db.drop();
      }
    });
  });
});

async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
