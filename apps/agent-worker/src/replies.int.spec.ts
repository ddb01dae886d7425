// The reply sender against the real Postgres outbox, real Redis locks and a fake Chatwoot: in order, each effect once, a send of unknown outcome never repeated before its echo is due.
import { randomUUID } from 'node:crypto';
import { ChatwootClient, ChatwootUnavailableError } from '@atrevete/chatwoot';
import {
  echoBody,
  startFakeChatwoot,
  type FakeChatwoot,
  type RecordedRequest,
} from '@atrevete/chatwoot/testing';
import * as store from '@atrevete/db';
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '@atrevete/db/testing';
import {
  createLogger,
  createRegistry,
  createWorkerMetrics,
} from '@atrevete/observability';
import {
  PostponeJobError,
  carryEcho,
  createConversationLocks,
  createRedisConnection,
} from '@atrevete/queue';
import { classifyWebhook, type Effect } from '@atrevete/schema';
import { outboxOf } from './adapters.js';
import { sendPendingReplies, type ReplyDeps } from './replies.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const ECHO_WAIT_MS = 10_000;
/** The client gives up well before the fake's slow answer. */
const CLIENT_TIMEOUT_MS = 300;

describe('the reply sender', () => {
  let database: MigratedTestDatabase;
  let chatwoot: FakeChatwoot;
  let deps: ReplyDeps;
  const redis = createRedisConnection(REDIS_URL, 'worker');
  const prefix = `test-${randomUUID()}`;
  const locks = createConversationLocks(redis, prefix, 2000);
  let nextTurn = 0;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    chatwoot = await startFakeChatwoot();
    const { db } = database;
    deps = {
      outbox: outboxOf(db, { redis, queuePrefix: prefix }),
      chatwoot: new ChatwootClient({
        baseUrl: chatwoot.url,
        apiToken: 't',
        timeoutMs: CLIENT_TIMEOUT_MS,
      }),
      lockReplies: (k) =>
        locks.acquire(`reply:${k.accountId}:${k.conversationId}`),
      echoWaitMs: ECHO_WAIT_MS,
      fault: () => undefined,
      logger: createLogger({ name: 'test', level: 'silent' }),
      metrics: createWorkerMetrics(createRegistry('test', false)),
    };
  });
  afterAll(async () => {
    await chatwoot.close();
    redis.disconnect();
    await database.drop();
  });

  const key = (conversationId: number) => ({ accountId: 1, conversationId });
  const send = (conversationId: number) =>
    sendPendingReplies(key(conversationId), deps);

  /** Writes effects to the outbox as a turn's commit does; returns their row ids. */
  async function owe(conversationId: number, ...effects: Effect[]) {
    const turnId = `turn-1-${conversationId}-${++nextTurn}`;
    const rows = await database.db
      .insert(store.outbox)
      .values(
        effects.map(({ kind, ...payload }, seq) => ({
          turnId,
          seq,
          ...key(conversationId),
          kind,
          payload,
        })),
      )
      .returning({ id: store.outbox.id });
    return rows.map((row) => row.id);
  }
  const message = (content: string): Effect => ({ kind: 'message', content });
  const requestsTo = (conversationId: number) =>
    chatwoot.requests.filter((r) => r.conversationId === conversationId);
  const repliesTo = (conversationId: number) =>
    chatwoot
      .replies()
      .filter((r) => r.conversationId === conversationId)
      .map((r) => r.body['content']);
  const rows = async (conversationId: number) =>
    database.sql`SELECT id::int, status, attempts, chatwoot_message_id::int AS "messageId", last_error AS "lastError"
                   FROM outbox WHERE conversation_id = ${conversationId} ORDER BY id`;
  /** As if the send of unknown outcome had started `ms` ago. */
  const age = (id: number, ms: number) =>
    database.sql`UPDATE outbox SET unconfirmed_since = now() - ${ms} * interval '1 millisecond' WHERE id = ${id}`;
  /** Chatwoot's webhook of a created message, as webhook-api classifies and records it. */
  /** The echo webhook-api would get for this request: recorded in the outbox, or (`carried`) kept in Redis as with Postgres down. */
  async function deliverEcho(
    request: RecordedRequest,
    { carried = false } = {},
  ) {
    const result = classifyWebhook(
      echoBody({
        id: request.messageId ?? 0,
        accountId: request.accountId,
        conversationId: request.conversationId,
        content: String(request.body['content']),
        private: request.body['private'] === true,
        contentAttributes: request.body['content_attributes'] as Record<
          string,
          unknown
        >,
        conversationStatus: 'pending',
      }),
      { statuses: ['pending'] },
    );
    if (result.kind !== 'echo') throw new Error(`not an echo: ${result.kind}`);
    if (!carried) return store.confirmEffectEcho(database.db, result.echo);
    await carryEcho(redis, prefix, result.echo);
    return 'carried';
  }

  it('sends a conversation’s effects in order, each message marked with its outbox row, and each once', async () => {
    const ids = await owe(
      10,
      message('uno'),
      { kind: 'private_note', content: 'nota para el equipo' },
      { kind: 'add_labels', labels: ['bot-traspaso'] },
      { kind: 'toggle_status', status: 'open' },
    );
    await send(10);
    await send(10);
    expect(requestsTo(10).map((r) => `${r.method} ${r.action}`)).toEqual([
      'POST messages',
      'POST messages',
      'GET labels',
      'POST labels',
      'POST toggle_status',
    ]);
    expect(
      requestsTo(10)
        .slice(0, 2)
        .map((r) => r.body['content_attributes']),
    ).toEqual([{ atrevete_outbox_id: ids[0] }, { atrevete_outbox_id: ids[1] }]);
    expect(await rows(10)).toEqual(
      ids.map((id, i) =>
        expect.objectContaining({
          id,
          status: 'sent',
          attempts: 1,
          messageId: i < 2 ? requestsTo(10)[i].messageId : null,
        }),
      ),
    );
  });

  it('waits for the echo of a reply whose send timed out after Chatwoot created it, and never sends it again once the echo came', async () => {
    await owe(11, message('¿te va bien a las 17:00?'));
    chatwoot.failAfterCreating({ kind: 'slow', delayMs: 2000 });
    const timedOut = await send(11).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(ChatwootUnavailableError);
    expect(timedOut).toMatchObject({ landed: 'unknown' });

    // The retry comes before the echo is due: it waits, sending nothing.
    const early = await send(11).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(PostponeJobError);
    expect((early as PostponeJobError).delayMs).toBeGreaterThan(
      ECHO_WAIT_MS - 5000,
    );
    expect(repliesTo(11)).toHaveLength(1);

    expect(await deliverEcho(requestsTo(11)[0])).toBe('confirmed');
    await send(11);
    expect(repliesTo(11)).toEqual(['¿te va bien a las 17:00?']);
    expect(await rows(11)).toEqual([
      expect.objectContaining({
        status: 'sent',
        attempts: 1,
        messageId: requestsTo(11)[0].messageId,
      }),
    ]);
  });

  it('takes an echo that webhook-api could only keep in Redis (Postgres was down) as the proof, and sends nothing again', async () => {
    await owe(15, message('te esperamos el viernes'));
    chatwoot.failAfterCreating({ kind: 'slow', delayMs: 2000 });
    await expect(send(15)).rejects.toMatchObject({ landed: 'unknown' });
    expect(await deliverEcho(requestsTo(15)[0], { carried: true })).toBe(
      'carried',
    );
    await send(15);
    expect(repliesTo(15)).toEqual(['te esperamos el viernes']);
    expect(await rows(15)).toEqual([
      expect.objectContaining({
        status: 'sent',
        attempts: 1,
        messageId: requestsTo(15)[0].messageId,
      }),
    ]);
  });

  it.each([
    ['a 502 from a proxy', 12, { kind: 'gateway', status: 502 }],
    ['a 504 from a proxy', 13, { kind: 'gateway', status: 504 }],
    ['a 2xx whose body does not parse', 14, { kind: 'garbled' }],
  ] as const)(
    'takes the echo as the proof of a reply answered with %s',
    async (_name, conversationId, failure) => {
      await owe(conversationId, message('hola'));
      chatwoot.failAfterCreating(failure);
      await expect(send(conversationId)).rejects.toMatchObject({
        landed: 'unknown',
      });
      await expect(send(conversationId)).rejects.toBeInstanceOf(
        PostponeJobError,
      );
      await deliverEcho(requestsTo(conversationId)[0]);
      await send(conversationId);
      expect(repliesTo(conversationId)).toEqual(['hola']);
      expect(await rows(conversationId)).toMatchObject([{ status: 'sent' }]);
    },
  );

  it('holds later replies behind one waiting for its echo, then sends it again if the echo never came (a reply is never lost)', async () => {
    const [first] = await owe(20, message('uno'));
    await owe(20, message('dos'));
    // A worker died mid-send: the attempt was recorded, its outcome never was.
    await store.markEffectAttempted(database.db, first, { unconfirmed: true });

    const waiting = await send(20).catch((e: unknown) => e);
    expect(waiting).toBeInstanceOf(PostponeJobError);
    expect(requestsTo(20)).toEqual([]);

    await age(first, ECHO_WAIT_MS + 1);
    await send(20);
    expect(repliesTo(20)).toEqual(['uno', 'dos']);
    expect(await rows(20)).toMatchObject([
      { status: 'sent', attempts: 2 },
      { status: 'sent', attempts: 1 },
    ]);
  });

  it('sends again at once what certainly did not land: a 429, and labels or status changes (sending them twice is harmless)', async () => {
    await owe(21, message('hola'));
    chatwoot.failNext(429);
    await expect(send(21)).rejects.toMatchObject({ status: 429, landed: 'no' });
    await send(21);
    expect(repliesTo(21)).toEqual(['hola']);

    await owe(21, { kind: 'toggle_status', status: 'open' });
    chatwoot.failNext(503);
    await expect(send(21)).rejects.toMatchObject({ landed: 'unknown' });
    await send(21);
    expect(requestsTo(21).map((r) => r.action)).toEqual([
      'messages',
      'toggle_status',
    ]);
    expect(await rows(21)).toMatchObject([
      { status: 'sent', attempts: 2 },
      { status: 'sent', attempts: 2 },
    ]);
  });

  it('records a 4xx as failed, never retries it, and goes on with the next reply', async () => {
    await owe(22, message('uno'));
    await owe(22, message('dos'));
    chatwoot.failNext(422);
    await send(22);
    await send(22);
    expect(repliesTo(22)).toEqual(['dos']);
    const [refused] = await rows(22);
    expect(refused).toMatchObject({ status: 'failed', attempts: 1 });
    expect(refused['lastError']).toMatch(/422/);
  });

  it('records a row that is not a valid effect as failed, saying why, never sends it, and goes on', async () => {
    await database.sql`INSERT INTO outbox (turn_id, account_id, conversation_id, kind, payload)
                       VALUES ('turn-1-23-legacy', 1, 23, 'message', '{"text": "hola"}')`;
    await owe(23, message('adiós'));
    await send(23);
    expect(repliesTo(23)).toEqual(['adiós']);
    const [invalid] = await rows(23);
    expect(invalid).toMatchObject({ status: 'failed', attempts: 0 });
    expect(invalid['lastError']).toMatch(/not a valid message effect: content/);
  });
});
