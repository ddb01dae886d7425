// A turn and its replies against the real Postgres ledger and outbox, real Redis locks and a Chatwoot-shaped HTTP server.
import { randomUUID } from 'node:crypto';
import {
  ChatwootClient,
  startFakeChatwoot,
  type FakeChatwoot,
} from '@atrevete/chatwoot';
import * as store from '@atrevete/db';
import { createMigratedTestDatabase } from '@atrevete/db/testing';
import {
  createLogger,
  createRegistry,
  createWorkerMetrics,
} from '@atrevete/observability';
import {
  TURN_QUEUE,
  createConversationLocks,
  createQueue,
  createRedisConnection,
  enqueueCarriedMessage,
  recordCarriedMessages,
} from '@atrevete/queue';
import {
  classifyWebhook,
  incomingAudioEvent,
  incomingMessageEvent,
  type InboundMessage,
} from '@atrevete/schema';
import { sendPendingReplies, type ReplyDeps } from './replies.js';
import {
  ConversationBusyError,
  processTurn,
  turnIdOf,
  type TurnDeps,
} from './turn.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

function message(
  messageId: number,
  conversationId: number,
  content: string | null = 'hola',
): InboundMessage {
  const body =
    content === null
      ? incomingAudioEvent({ messageId, conversationId })
      : incomingMessageEvent({ messageId, conversationId, content });
  const result = classifyWebhook(body, { statuses: ['pending'] });
  if (result.kind !== 'answer') throw new Error('fixture is not answerable');
  return result.message;
}

describe('a turn and its replies', () => {
  let database: Awaited<ReturnType<typeof createMigratedTestDatabase>>;
  let chatwoot: FakeChatwoot;
  const redis = createRedisConnection(REDIS_URL, 'worker');
  const prefix = `test-${randomUUID()}`;
  const locks = createConversationLocks(redis, prefix, 2000);
  const turnQueue = createQueue(TURN_QUEUE, redis, prefix);
  const heard: string[][] = [];
  const logger = createLogger({ name: 'test', level: 'silent' });
  const metrics = createWorkerMetrics(createRegistry('test', false));
  let turnDeps: TurnDeps;
  let replyDeps: ReplyDeps;
  const queuedReplies: number[] = [];

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    chatwoot = await startFakeChatwoot();
    const { db } = database;
    turnDeps = {
      ledger: {
        record: async (m) => void (await store.recordInboundMessage(db, m)),
        recordCarried: async (key) =>
          void (await recordCarriedMessages(
            turnQueue,
            redis,
            key,
            async (m) => void (await store.recordInboundMessage(db, m)),
          )),
        unanswered: (key) => store.listUnansweredMessages(db, key),
        commit: (key, turnId, messageIds, effects) =>
          store.commitTurn(db, { ...key, turnId, messageIds, effects }),
      },
      converse: async ({ texts }) => {
        heard.push(texts);
        return {
          reply: `respuesta a: ${texts.join(' / ')}`,
          intent: 'unknown',
          handoff: null,
          event: null,
        };
      },
      lockConversation: (key) =>
        locks.acquire(`turn:${key.accountId}:${key.conversationId}`),
      sendReplies: async (key) => void queuedReplies.push(key.conversationId),
      fault: () => undefined,
      logger,
      metrics,
      now: () => new Date(),
    };
    replyDeps = {
      outbox: {
        pending: (k) => store.listPendingEffects(db, k),
        attempted: (id) => store.markEffectAttempted(db, id),
        sent: (id, messageId) => store.markEffectSent(db, id, messageId),
        failed: (id, error) => store.markEffectFailed(db, id, error),
        noteError: (id, error) => store.noteEffectError(db, id, error),
      },
      chatwoot: new ChatwootClient({ baseUrl: chatwoot.url, apiToken: 't' }),
      lockReplies: (k) =>
        locks.acquire(`reply:${k.accountId}:${k.conversationId}`),
      fault: () => undefined,
      logger,
      metrics,
    };
  });
  afterAll(async () => {
    await chatwoot.close();
    await turnQueue.obliterate({ force: true });
    await turnQueue.close();
    redis.disconnect();
    await database.drop();
  });

  const key = (conversationId: number) => ({ accountId: 1, conversationId });
  const repliesTo = (conversationId: number) =>
    chatwoot
      .replies()
      .filter((r) => r.conversationId === conversationId)
      .map((r) => r.body['content']);

  it('answers a burst in one turn, and a replayed turn and a second send change nothing', async () => {
    const burst = [
      message(1, 10, 'hola'),
      message(2, 10, 'quería cita'),
      message(3, 10, 'para mañana'),
    ];
    for (const m of burst) await turnDeps.ledger.record(m);
    await processTurn({ ...key(10), messages: [] }, turnDeps);
    await processTurn({ ...key(10), messages: [] }, turnDeps);
    await sendPendingReplies(key(10), replyDeps);
    await sendPendingReplies(key(10), replyDeps);
    expect(repliesTo(10)).toEqual([
      'respuesta a: hola / quería cita / para mañana',
    ]);
    expect(await store.listUnansweredMessages(database.db, key(10))).toEqual(
      [],
    );
    expect(queuedReplies).toContain(10);
  });

  it('commits a turn once even when the same turn id is committed again', async () => {
    await turnDeps.ledger.record(message(4, 11));
    const turnId = turnIdOf(key(11), [4]);
    const effects = [
      { kind: 'message' as const, payload: { content: 'una vez' } },
    ];
    expect(await turnDeps.ledger.commit(key(11), turnId, [4], effects)).toBe(
      'committed',
    );
    expect(await turnDeps.ledger.commit(key(11), turnId, [4], effects)).toBe(
      'committed',
    );
    expect(await store.listPendingEffects(database.db, key(11))).toHaveLength(
      1,
    );
  });

  it('writes nothing for a turn whose messages another turn already answered (a lost lock)', async () => {
    await turnDeps.ledger.record(message(40, 18));
    await turnDeps.ledger.record(message(41, 18));
    const effects = (content: string) => [
      { kind: 'message' as const, payload: { content } },
    ];
    const first = turnIdOf(key(18), [40]);
    expect(
      await turnDeps.ledger.commit(key(18), first, [40], effects('primera')),
    ).toBe('committed');
    const stale = turnIdOf(key(18), [40, 41]);
    expect(
      await turnDeps.ledger.commit(key(18), stale, [40, 41], effects('tarde')),
    ).toBe('superseded');
    const pending = await store.listPendingEffects(database.db, key(18));
    expect(pending.map((row) => row.payload['content'])).toEqual(['primera']);
    expect(
      await store.listUnansweredMessages(database.db, key(18)),
    ).toHaveLength(1);
  });

  it('records a message carried in the job (Postgres was down at the webhook) and answers it', async () => {
    await processTurn(
      { ...key(12), messages: [message(5, 12, 'precio del tinte')] },
      turnDeps,
    );
    await sendPendingReplies(key(12), replyDeps);
    expect(repliesTo(12)).toEqual(['respuesta a: precio del tinte']);
  });

  it('records the messages that waited in Redis (Postgres was down at the webhook) first, in message order, once', async () => {
    const [uno, dos, tres] = [
      message(30, 17, 'uno'),
      message(31, 17, 'dos'),
      message(32, 17, 'tres'),
    ];
    await turnDeps.ledger.record(uno);
    await enqueueCarriedMessage(turnQueue, redis, tres, 0);
    await enqueueCarriedMessage(turnQueue, redis, dos, 0);
    await enqueueCarriedMessage(turnQueue, redis, dos, 0);
    await processTurn({ ...key(17), messages: [] }, turnDeps);
    expect(heard.at(-1)).toEqual(['uno', 'dos', 'tres']);
    await processTurn({ ...key(17), messages: [] }, turnDeps);
    await sendPendingReplies(key(17), replyDeps);
    expect(repliesTo(17)).toEqual(['respuesta a: uno / dos / tres']);
    expect(await store.listUnansweredMessages(database.db, key(17))).toEqual(
      [],
    );
  });

  it('gives an audio note its transcription, or nothing when there is none', async () => {
    await processTurn(
      { ...key(13), messages: [message(6, 13, null)] },
      turnDeps,
    );
    expect(heard.at(-1)).toEqual([]);
  });

  it('refuses to run a conversation whose lock another turn holds', async () => {
    await turnDeps.ledger.record(message(7, 14));
    const held = await turnDeps.lockConversation(key(14));
    await expect(
      processTurn({ ...key(14), messages: [] }, turnDeps),
    ).rejects.toBeInstanceOf(ConversationBusyError);
    expect(
      await store.listUnansweredMessages(database.db, key(14)),
    ).toHaveLength(1);
    await held?.release();
    await processTurn({ ...key(14), messages: [] }, turnDeps);
    expect(await store.listUnansweredMessages(database.db, key(14))).toEqual(
      [],
    );
  });

  it('keeps a reply pending through a 503 and sends it, in order, on the retry', async () => {
    await turnDeps.ledger.record(message(8, 15, 'uno'));
    await processTurn({ ...key(15), messages: [] }, turnDeps);
    await turnDeps.ledger.record(message(9, 15, 'dos'));
    await processTurn({ ...key(15), messages: [] }, turnDeps);
    chatwoot.failNext(503);
    await expect(sendPendingReplies(key(15), replyDeps)).rejects.toMatchObject({
      retryable: true,
    });
    expect(repliesTo(15)).toEqual([]);
    await sendPendingReplies(key(15), replyDeps);
    expect(repliesTo(15)).toEqual(['respuesta a: uno', 'respuesta a: dos']);
  });

  it('records a 4xx as failed, never retries it, and goes on with the next reply', async () => {
    await turnDeps.ledger.record(message(10, 16, 'uno'));
    await processTurn({ ...key(16), messages: [] }, turnDeps);
    await turnDeps.ledger.record(message(11, 16, 'dos'));
    await processTurn({ ...key(16), messages: [] }, turnDeps);
    chatwoot.failNext(422);
    await sendPendingReplies(key(16), replyDeps);
    await sendPendingReplies(key(16), replyDeps);
    expect(repliesTo(16)).toEqual(['respuesta a: dos']);
    const failed =
      await database.sql`SELECT status, attempts, last_error FROM outbox WHERE conversation_id = 16 ORDER BY id`;
    expect(failed.map((r) => r['status'])).toEqual(['failed', 'sent']);
    expect(failed[0]['attempts']).toBe(1);
    expect(failed[0]['last_error']).toMatch(/422/);
  });
});
