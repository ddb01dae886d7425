// A turn against the real Postgres ledger, turns and outbox and real Redis locks, with a scripted conversation in place of the graph.
import { randomUUID } from 'node:crypto';
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
} from '@atrevete/queue';
import { classifyWebhook, type InboundMessage } from '@atrevete/schema';
import {
  incomingAudioEvent,
  incomingAttachmentEvent,
  incomingMessageEvent,
} from '@atrevete/schema/testing';
import { ledgerOf, turnsOf } from './adapters.js';
import { ConversationBusyError, processTurn, type TurnDeps } from './turn.js';

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

describe('a turn', () => {
  let database: Awaited<ReturnType<typeof createMigratedTestDatabase>>;
  const redis = createRedisConnection(REDIS_URL, 'worker');
  const prefix = `test-${randomUUID()}`;
  const locks = createConversationLocks(redis, prefix, 2000);
  const turnQueue = createQueue(TURN_QUEUE, redis, prefix);
  const heard: string[][] = [];
  const carried: string[][] = [];
  /** Voice notes the stand-in transcriber can hear, by their data_url. */
  const transcriptions = new Map<string, string>();
  /** Texts whose turn throws, as a message that crashes the graph would. */
  const poison = new Set<string>();
  const logger = createLogger({ name: 'test', level: 'silent' });
  const metrics = createWorkerMetrics(createRegistry('test', false));
  let turnDeps: TurnDeps;
  const queuedReplies: number[] = [];

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    const { db } = database;
    turnDeps = {
      ledger: ledgerOf(db, { turnQueue, redis }, logger),
      turns: turnsOf(database, { turnQueue, redis }),
      converse: async ({ texts, media, baseCheckpointId }) => {
        heard.push(texts);
        carried.push(media);
        const crash = texts.find((text) => poison.has(text));
        if (crash) throw new TypeError(`cannot read '${crash}'`);
        const asksForPerson = texts.includes('quiero hablar con una persona');
        return {
          reply: `respuesta a: ${texts.join(' / ')}`,
          intent: 'unknown',
          handoff: asksForPerson
            ? {
                reason: 'asked',
                note: 'Traspaso del bot',
                label: 'bot-traspaso',
              }
            : null,
          event: null,
          checkpointId: `after-${baseCheckpointId ?? 'start'}-${texts.join('+')}`,
        };
      },
      returnedToBot: async () => false,
      transcriber: {
        transcribe: async (url) => transcriptions.get(url) ?? null,
      },
      lockConversation: (key) =>
        locks.acquire(`turn:${key.accountId}:${key.conversationId}`),
      sendReplies: async (key) => void queuedReplies.push(key.conversationId),
      limits: { maxFailures: 3, maxAttempts: 10 },
      fault: () => undefined,
      logger,
      metrics,
      now: () => new Date(),
    };
  });
  afterAll(async () => {
    await turnQueue.obliterate({ force: true });
    await turnQueue.close();
    redis.disconnect();
    await database.drop();
  });

  const key = (conversationId: number) => ({ accountId: 1, conversationId });
  const run = (conversationId: number, messages: InboundMessage[] = []) =>
    processTurn({ ...key(conversationId), messages }, turnDeps);
  /** What the turns left for Chatwoot, in order: `kind: text`. */
  const outboxOf = async (conversationId: number) =>
    (await store.listPendingEffects(database.db, key(conversationId))).map(
      (row) =>
        `${row.kind}: ${'content' in row.payload ? row.payload.content : JSON.stringify(row.payload)}`,
    );
  const unanswered = (conversationId: number) =>
    store.listUnansweredMessages(database.db, key(conversationId));
  /** The console's hand-offs of a conversation: contact and reason. */
  const handoffsOf = async (conversationId: number) =>
    (await store.listHandoffs(database.db, { limit: 50 }))
      .filter((row) => row.conversationId === conversationId)
      .map(({ contactId, reason }) => ({ contactId, reason }));

  it('answers a burst in one turn, and running it again writes nothing more', async () => {
    for (const m of [
      message(1, 10, 'hola'),
      message(2, 10, 'quería cita'),
      message(3, 10, 'para mañana'),
    ])
      await turnDeps.ledger.record(m);
    await run(10);
    await run(10);
    expect(await outboxOf(10)).toEqual([
      'message: respuesta a: hola / quería cita / para mañana',
    ]);
    expect(await unanswered(10)).toEqual([]);
    expect(queuedReplies).toContain(10);
  });

  it('retries the same claimed turn after a failure; a message written meanwhile waits for the next turn', async () => {
    poison.add('falla una vez');
    await turnDeps.ledger.record(message(20, 11, 'falla una vez'));
    await expect(run(11)).rejects.toThrow(/falla una vez/);
    poison.delete('falla una vez');
    await turnDeps.ledger.record(message(21, 11, 'y otra cosa'));
    await run(11);
    await run(11);
    expect(heard.slice(-3)).toEqual([
      ['falla una vez'],
      ['falla una vez'],
      ['y otra cosa'],
    ]);
    expect(await outboxOf(11)).toEqual([
      'message: respuesta a: falla una vez',
      'message: respuesta a: y otra cosa',
    ]);
  });

  it('starts each turn from the checkpoint the previous turn committed', async () => {
    await run(19, [message(50, 19, 'uno')]);
    await run(19, [message(51, 19, 'dos')]);
    const rows =
      await database.sql`SELECT base_checkpoint_id, checkpoint_id FROM turns WHERE conversation_id = 19 ORDER BY claimed_at`;
    expect(
      rows.map((r) => [r['base_checkpoint_id'], r['checkpoint_id']]),
    ).toEqual([
      [null, 'after-start-uno'],
      ['after-start-uno', 'after-after-start-uno-dos'],
    ]);
  });

  it('refuses the commit of an attempt that a later attempt of the same turn has claimed (a lost lock)', async () => {
    await turnDeps.ledger.record(message(40, 18, 'primera'));
    const stale = await store.claimTurn(database.sql, key(18));
    const live = await store.claimTurn(database.sql, key(18));
    expect(stale?.turnId).toBe(live?.turnId);
    expect([stale?.attempt, live?.attempt]).toEqual([1, 2]);
    const commitOf = (attempt: number, content: string) =>
      store.commitTurn(database.db, {
        ...key(18),
        turnId: live!.turnId,
        attempt,
        effects: [{ kind: 'message', content }],
        status: 'committed',
        checkpointId: `checkpoint-${attempt}`,
      });
    expect(await commitOf(1, 'tarde')).toBe('superseded');
    expect(await commitOf(2, 'la buena')).toBe('committed');
    expect(await commitOf(2, 'otra vez')).toBe('superseded');
    expect(await outboxOf(18)).toEqual(['message: la buena']);
    expect(await unanswered(18)).toEqual([]);
  });

  it('lists a hand-off the graph asked for in the console once, with its reason and contact', async () => {
    await run(21, [message(80, 21, 'quiero hablar con una persona')]);
    await run(21);
    expect(await outboxOf(21)).toEqual([
      'message: respuesta a: quiero hablar con una persona',
      'private_note: Traspaso del bot',
      'add_labels: {"labels":["bot-traspaso"]}',
      'toggle_status: {"status":"open"}',
    ]);
    expect(await handoffsOf(21)).toEqual([{ contactId: 77, reason: 'asked' }]);
    await run(21, [message(81, 21, 'gracias')]);
    expect(await handoffsOf(21)).toHaveLength(1);
  });

  it('records a message carried in the job (Postgres was down at the webhook) and answers it', async () => {
    await run(12, [message(5, 12, 'precio del tinte')]);
    expect(await outboxOf(12)).toEqual([
      'message: respuesta a: precio del tinte',
    ]);
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
    await run(17);
    expect(heard.at(-1)).toEqual(['uno', 'dos', 'tres']);
    await run(17);
    expect(await outboxOf(17)).toEqual([
      'message: respuesta a: uno / dos / tres',
    ]);
    expect(await unanswered(17)).toEqual([]);
  });

  it('tells the graph of an audio note nobody could transcribe, as media and no text', async () => {
    await run(13, [message(6, 13, null)]);
    expect(heard.at(-1)).toEqual([]);
    expect(carried.at(-1)).toEqual(['audio']);
  });

  it('transcribes an audio note in the turn, and passes a photo, a location and a contact on as media', async () => {
    const voice = message(160, 31, null);
    const url = voice.attachments[0].dataUrl ?? '';
    transcriptions.set(url, 'quiero cita para mañana');
    const withMedia = (messageId: number, fileType: string) => {
      const result = classifyWebhook(
        incomingAttachmentEvent({ messageId, conversationId: 31 }, fileType),
        { statuses: ['pending'] },
      );
      if (result.kind !== 'answer') throw new Error('not answerable');
      return result.message;
    };
    await run(31, [
      voice,
      withMedia(161, 'image'),
      withMedia(162, 'location'),
      withMedia(163, 'contact'),
    ]);
    expect(heard.at(-1)).toEqual(['quiero cita para mañana']);
    expect(carried.at(-1)).toEqual(['image', 'location', 'contact']);
  });

  it('refuses to run a conversation whose lock another turn holds', async () => {
    await turnDeps.ledger.record(message(7, 14));
    const held = await turnDeps.lockConversation(key(14));
    await expect(run(14)).rejects.toBeInstanceOf(ConversationBusyError);
    expect(await unanswered(14)).toHaveLength(1);
    await held?.release();
    await run(14);
    expect(await unanswered(14)).toEqual([]);
  });

  it('gives up on a message that always crashes its turn: apology, hand-off note naming the error, then answers what comes next', async () => {
    poison.add('mensaje venenoso');
    await turnDeps.ledger.record(message(60, 15, 'mensaje venenoso'));
    for (let attempt = 1; attempt <= 3; attempt++)
      await expect(run(15)).rejects.toThrow(TypeError);
    expect(await unanswered(15)).toHaveLength(1);
    await run(15);
    const [apology, note, labels, status] = await outboxOf(15);
    expect(apology).toMatch(/^message: Perdona, he tenido un problema/);
    expect(note).toMatch(
      /^private_note: .*TypeError: cannot read 'mensaje venenoso'/s,
    );
    expect(labels).toBe('add_labels: {"labels":["bot-traspaso"]}');
    expect(status).toBe('toggle_status: {"status":"open"}');
    expect(await unanswered(15)).toEqual([]);
    const [turn] =
      await database.sql`SELECT status, failures FROM turns WHERE conversation_id = 15`;
    expect(turn).toMatchObject({ status: 'failed', failures: 3 });
    expect(await handoffsOf(15)).toEqual([
      { contactId: 77, reason: 'turn_failed' },
    ]);

    await run(15, [message(61, 15, '¿hola?')]);
    expect((await outboxOf(15)).at(-1)).toBe('message: respuesta a: ¿hola?');
  });

  it('gives up on a turn whose attempts keep dying without an error (a message that kills its worker)', async () => {
    await turnDeps.ledger.record(message(70, 16, 'mata al worker'));
    for (let attempt = 1; attempt <= 10; attempt++)
      await store.claimTurn(database.sql, key(16));
    await run(16);
    expect(heard.flat()).not.toContain('mata al worker');
    expect((await outboxOf(16))[0]).toMatch(/^message: Perdona/);
    expect(await unanswered(16)).toEqual([]);
  });
});
