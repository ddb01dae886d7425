// The HTTP contract of webhook-api, driven through supertest against the real Postgres and Redis.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import postgres from 'postgres';
import request from 'supertest';
import { signWebhook } from '@atrevete/chatwoot/testing';
import { parseWebhookApiConfig, type WebhookApiConfig } from '@atrevete/config';
import {
  createTestDatabase,
  DEFAULT_MIGRATIONS_FOLDER,
  type TestDatabase,
} from '@atrevete/db/testing';
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
} from '@atrevete/schema/testing';
import { createApp } from './app.js';
import type { WebhookApiDeps } from './deps.js';
import {
  buildWebhookApiDeps,
  startWebhookApi,
  type Closeable,
} from './server.js';

const SECRET = 'test-webhook-secret';
const TOKEN = 'url-token-0123456789abcdef';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

interface LogEntry {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A real pino logger at warn whose JSON lines the test can read. */
function captureLogs() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return {
    logger: createLogger({ name: 'test', level: 'warn' }, sink),
    entries: (): LogEntry[] => lines.map((line) => JSON.parse(line)),
  };
}

describe('webhook-api HTTP', () => {
  let database: TestDatabase;
  let deps: Closeable<WebhookApiDeps>;
  let config: WebhookApiConfig;
  let sql: postgres.Sql;
  const redis = createRedisConnection(REDIS_URL, 'producer');
  let queue: ReturnType<typeof createQueue<typeof TURN_QUEUE.schema>>;
  let logs: ReturnType<typeof captureLogs>;

  async function setUp(env: Record<string, string>) {
    logs = captureLogs();
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
      logs.logger,
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
      expect(await deps.value.registry.metrics()).toMatch(
        /atrevete_webhook_duplicates_total\{app="webhook-api"\} 1/,
      );
    });

    it('logs a rejected delivery at warn with its reason and Chatwoot delivery id, never its body', async () => {
      const delivery = randomUUID();
      const body = JSON.stringify(
        incomingMessageEvent({
          messageId: 106,
          content: 'me llamo Laura',
        }),
      );
      const res = await post(body, {
        ...signWebhook('wrong-secret', body, Math.floor(Date.now() / 1000)),
        'x-chatwoot-delivery': delivery,
      });
      expect(res.status).toBe(401);
      const entry = logs.entries().find((e) => e['delivery'] === delivery);
      expect(entry).toMatchObject({
        level: 40,
        msg: 'webhook delivery rejected',
        status: 401,
        reason: res.body.error,
      });
      expect(JSON.stringify(logs.entries())).not.toContain('Laura');
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

    it('answers 413 to a body over 256 KB, the most Chatwoot sends, and logs it', async () => {
      const delivery = randomUUID();
      const huge = JSON.stringify({
        ...incomingMessageEvent({
          messageId: 105,
          content: 'x'.repeat(256 * 1024),
        }),
      });
      const res = await post(huge, {
        ...signWebhook(SECRET, huge, Math.floor(Date.now() / 1000)),
        'x-chatwoot-delivery': delivery,
      });
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ error: 'body larger than 256 KB' });
      expect(await ledgerIds()).not.toContain(105);
      expect(
        logs.entries().find((e) => e['delivery'] === delivery),
      ).toMatchObject({ level: 40, status: 413 });
    });

    it('takes a long message well under 256 KB', async () => {
      const res = await post(
        incomingMessageEvent({
          messageId: 107,
          conversationId: 505,
          // 60 KB of UTF-8, three times in the body (content, processed_message_content and the
          // conversation's latest message): about 180 KB in all.
          content: 'ñ'.repeat(30_000),
        }),
      );
      expect(res.body).toEqual({ status: 'queued' });
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
      expect(await deps.value.registry.metrics()).toMatch(
        new RegExp(
          `atrevete_webhooks_total\\{outcome="ignored",reason="${res.body.reason}"`,
        ),
      );
    });

    it('ends the hand-off when staff give the conversation back (pending), queueing no turn', async () => {
      await sql`
        INSERT INTO turns (turn_id, account_id, conversation_id, message_ids, status)
        VALUES ('turn-1-77-1', 1, 77, '{7001}', 'committed')`;
      await sql`
        INSERT INTO handoffs (turn_id, account_id, conversation_id, reason)
        VALUES ('turn-1-77-1', 1, 77, 'asked')`;
      const before = await queuedJobs();

      const res = await post(
        conversationStatusChangedEvent({
          status: 'pending',
          conversationId: 77,
        }),
      );

      expect(res.status).toBe(200);
      expect(res.body.status).toBe('returned');
      expect(await queuedJobs()).toBe(before);
      const [row] = await sql<{ returned: boolean }[]>`
        SELECT returned_at IS NOT NULL AS returned FROM handoffs WHERE turn_id = 'turn-1-77-1'`;
      expect(row.returned).toBe(true);
      expect(await deps.value.registry.metrics()).toMatch(
        /atrevete_webhooks_total\{outcome="returned",reason="handoff_ended"/,
      );
    });

    it('records the echo of the bot’s own message as proof its reply was delivered, queueing no turn', async () => {
      const [row] = await sql<{ id: string }[]>`
        INSERT INTO outbox (turn_id, account_id, conversation_id, kind, payload)
        VALUES ('turn-1-506-108', 1, 506, 'message', '{"content": "Hola"}') RETURNING id`;
      const echo = {
        ...outgoingMessageEvent({
          messageId: 9001,
          conversationId: 506,
          content: 'Hola',
        }),
        content_attributes: { atrevete_outbox_id: Number(row.id) },
      };
      const before = await queuedJobs();
      const res = await post(echo);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'echo' });
      expect((await post(echo)).body).toEqual({ status: 'echo' });
      const [sent] = await sql`
        SELECT status, chatwoot_message_id::int AS "messageId" FROM outbox WHERE id = ${row.id}`;
      expect(sent).toEqual({ status: 'sent', messageId: 9001 });
      expect(await queuedJobs()).toBe(before);
      expect(await ledgerIds()).not.toContain(9001);
      const metrics = await deps.value.registry.metrics();
      expect(metrics).toMatch(
        /atrevete_webhooks_total\{outcome="echo",reason="confirmed",app="webhook-api"\} 1/,
      );
      expect(metrics).toMatch(
        /atrevete_webhooks_total\{outcome="echo",reason="already_recorded",app="webhook-api"\} 1/,
      );
    });

    it('refuses an unsigned echo like any other delivery', async () => {
      const echo = {
        ...outgoingMessageEvent({ messageId: 9002, content: 'Hola' }),
        content_attributes: { atrevete_outbox_id: 1 },
      };
      expect((await post(echo, {})).status).toBe(401);
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

  describe('with both an HMAC secret and a URL token', () => {
    beforeAll(() =>
      setUp({ CHATWOOT_WEBHOOK_SECRET: SECRET, WEBHOOK_TOKEN: TOKEN }),
    );
    afterAll(() => tearDown());

    it('answers 404 on the token URL, even with the right token: deliveries must be signed', async () => {
      const app = createApp(deps.value);
      const body = incomingMessageEvent({ messageId: 401, content: 'hola' });
      const viaToken = await request(app)
        .post(`/webhooks/chatwoot/${TOKEN}`)
        .send(body);
      expect(viaToken.status).toBe(404);
      expect(await ledgerIds()).toEqual([]);
      const raw = JSON.stringify(body);
      const signed = await request(app)
        .post('/webhooks/chatwoot')
        .set('content-type', 'application/json')
        .set(signWebhook(SECRET, raw))
        .send(raw);
      expect(signed.body).toEqual({ status: 'queued' });
    });
  });

  describe('when Redis is unreachable', () => {
    const LEDGER_TIMEOUT_MS = 300;
    let db: TestDatabase;
    let broken: Closeable<WebhookApiDeps>;
    let brokenSql: postgres.Sql;
    let brokenLogs: ReturnType<typeof captureLogs>;

    beforeAll(async () => {
      db = await createTestDatabase();
      brokenLogs = captureLogs();
      broken = await buildWebhookApiDeps(
        parseWebhookApiConfig({
          DATABASE_URL: db.url,
          // A port nobody listens on: a real connection that is refused.
          REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
          NODE_ENV: 'test',
          LEDGER_TIMEOUT_MS: String(LEDGER_TIMEOUT_MS),
        }),
        brokenLogs.logger,
        DEFAULT_MIGRATIONS_FOLDER,
      );
      brokenSql = postgres(db.url, { max: 1, onnotice: () => undefined });
    });

    afterAll(async () => {
      await broken?.close();
      await brokenSql?.end();
      await db?.drop();
    });

    const deliver = (body: object, delivery = randomUUID()) =>
      request(createApp(broken.value))
        .post('/webhooks/chatwoot')
        .set('x-chatwoot-delivery', delivery)
        .send(body);

    it('stays ready, reporting Redis down and Postgres ok: the ledger alone can take messages', async () => {
      const res = await request(createApp(broken.value)).get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'degraded',
        components: { redis: { status: 'down' }, postgres: { status: 'ok' } },
      });
      expect(
        (await request(createApp(broken.value)).get('/health/live')).status,
      ).toBe(200);
    });

    it('records a message in the ledger for the sweeper to queue, answering 200', async () => {
      const res = await deliver(
        incomingMessageEvent({ messageId: 501, content: 'hola' }),
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'recorded' });
      const rows =
        await brokenSql`SELECT 1 FROM inbound_messages WHERE chatwoot_message_id = 501`;
      expect(rows).toHaveLength(1);
    });

    it('answers 500 when Postgres hangs too, so that Chatwoot retries, and logs why', async () => {
      const locker = await brokenSql.reserve();
      const delivery = randomUUID();
      let res: request.Response;
      const started = Date.now();
      try {
        await locker`BEGIN`;
        await locker`LOCK TABLE inbound_messages IN ACCESS EXCLUSIVE MODE`;
        res = await deliver(
          incomingMessageEvent({ messageId: 502, content: 'hola' }),
          delivery,
        );
      } finally {
        await locker`ROLLBACK`;
        locker.release();
      }
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: 'nothing could be stored; try again' });
      // The ledger's bound, then a Redis that refuses at once: well inside Chatwoot's 5 s.
      expect(Date.now() - started).toBeLessThan(LEDGER_TIMEOUT_MS + 1000);
      expect(
        brokenLogs.entries().find((e) => e['delivery'] === delivery),
      ).toMatchObject({
        level: 40,
        msg: 'webhook delivery rejected',
        status: 500,
        reason: 'nothing could be stored; try again',
      });
      expect(await broken.value.registry.metrics()).toMatch(
        /atrevete_webhooks_total\{outcome="failed",reason="500",app="webhook-api"\} 1/,
      );
    });
  });

  describe('when Postgres is gone', () => {
    it('keeps an echo in Redis for the reply sender and answers 200, so that Chatwoot neither retries it nor hands the conversation over', async () => {
      const db = await createTestDatabase();
      const gone = await buildWebhookApiDeps(
        parseWebhookApiConfig({
          DATABASE_URL: db.url,
          REDIS_URL,
          QUEUE_PREFIX: `test-${randomUUID()}`,
          NODE_ENV: 'test',
        }),
        createLogger({ name: 'test', level: 'silent' }),
        DEFAULT_MIGRATIONS_FOLDER,
      );
      try {
        await db.drop();
        const res = await request(createApp(gone.value))
          .post('/webhooks/chatwoot')
          .send({
            ...outgoingMessageEvent({ messageId: 9003, content: 'Hola' }),
            content_attributes: { atrevete_outbox_id: 1 },
          });
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ status: 'echo' });
        expect(await gone.value.registry.metrics()).toMatch(
          /atrevete_webhooks_total\{outcome="echo",reason="carried",app="webhook-api"\} 1/,
        );
      } finally {
        await gone.close();
      }
    });
  });

  describe('served by startWebhookApi', () => {
    it('serves /metrics on METRICS_PORT only, never on the public webhook port', async () => {
      const db = await createTestDatabase();
      const running = await startWebhookApi(
        parseWebhookApiConfig({
          DATABASE_URL: db.url,
          REDIS_URL,
          QUEUE_PREFIX: `test-${randomUUID()}`,
          NODE_ENV: 'test',
          PORT: String(await freePort()),
          METRICS_PORT: String(await freePort()),
        }),
        createLogger({ name: 'test', level: 'silent' }),
        DEFAULT_MIGRATIONS_FOLDER,
      );
      try {
        const onWebhookPort = await fetch(`${running.url}/metrics`);
        expect(onWebhookPort.status).toBe(404);
        expect((await fetch(`${running.url}/health`)).status).toBe(200);
        const metrics = await fetch(running.metricsUrl);
        expect(metrics.status).toBe(200);
        expect(await metrics.text()).toMatch(
          /^# HELP atrevete_webhooks_total/m,
        );
      } finally {
        await running.close();
        await db.drop();
      }
    });
  });
});

/** A loopback port free at the time of the call. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
