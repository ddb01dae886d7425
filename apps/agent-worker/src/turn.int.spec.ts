// One turn against the real Postgres ledger and a Chatwoot-shaped HTTP server.
import {
  ChatwootClient,
  startFakeChatwoot,
  type FakeChatwoot,
} from '@atrevete/chatwoot';
import {
  createWorkerMetrics,
  createLogger,
  createRegistry,
} from '@atrevete/observability';
import {
  listUnansweredMessages,
  markInboundAnswered,
  recordInboundMessage,
} from '@atrevete/db';
import { createMigratedTestDatabase } from '@atrevete/db/testing';
import {
  classifyWebhook,
  incomingAudioEvent,
  incomingMessageEvent,
  type InboundMessage,
} from '@atrevete/schema';
import { processTurn, turnIdOf, type TurnDeps } from './turn.js';

function message(body: unknown): InboundMessage {
  const result = classifyWebhook(body, { statuses: ['pending'] });
  if (result.kind !== 'answer')
    throw new Error(`not answerable: ${JSON.stringify(result)}`);
  return result.message;
}

describe('processTurn', () => {
  let database: Awaited<ReturnType<typeof createMigratedTestDatabase>>;
  let chatwoot: FakeChatwoot;
  let deps: TurnDeps;
  const heard: string[][] = [];

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    chatwoot = await startFakeChatwoot();
    deps = {
      ledger: {
        record: async (m) => {
          await recordInboundMessage(database.db, m);
        },
        unanswered: (conversationId) =>
          listUnansweredMessages(database.db, conversationId),
        markAnswered: (ids, turnId) =>
          markInboundAnswered(database.db, ids, turnId),
      },
      converse: async ({ texts }) => {
        heard.push(texts);
        return {
          reply: `respuesta a: ${texts.join(' / ')}`,
          intent: 'unknown',
        };
      },
      chatwoot: new ChatwootClient({ baseUrl: chatwoot.url, apiToken: 't' }),
      logger: createLogger({ name: 'test', level: 'silent' }),
      metrics: createWorkerMetrics(createRegistry('test', false)),
      now: () => new Date(),
    };
  });
  afterAll(async () => {
    await chatwoot.close();
    await database.close();
    await database.drop();
  });

  it('records a message the webhook could not, answers it, and does not answer it again when replayed', async () => {
    const m = message(
      incomingMessageEvent({
        messageId: 1,
        conversationId: 10,
        content: 'hola',
      }),
    );
    const job = { accountId: 1, conversationId: 10, messages: [m] };
    await processTurn(job, deps);
    await processTurn(job, deps);
    expect(chatwoot.replies()).toHaveLength(1);
    expect(chatwoot.replies()[0]).toMatchObject({
      conversationId: 10,
      body: { content: 'respuesta a: hola' },
    });
    expect(await listUnansweredMessages(database.db, 10)).toEqual([]);
  });

  it('leaves the message unanswered when Chatwoot fails, so the retried job answers it', async () => {
    const m = message(
      incomingMessageEvent({
        messageId: 2,
        conversationId: 11,
        content: 'precio',
      }),
    );
    const job = { accountId: 1, conversationId: 11, messages: [m] };
    chatwoot.failNext(503);
    await expect(processTurn(job, deps)).rejects.toMatchObject({
      retryable: true,
    });
    expect(await listUnansweredMessages(database.db, 11)).toHaveLength(1);
    await processTurn(job, deps);
    expect(
      chatwoot.replies().filter((r) => r.conversationId === 11),
    ).toHaveLength(1);
    expect(await listUnansweredMessages(database.db, 11)).toEqual([]);
  });

  it('hands an audio note its transcription, or nothing when there is none', async () => {
    const audio = message(
      incomingAudioEvent({ messageId: 3, conversationId: 12 }),
    );
    await processTurn(
      { accountId: 1, conversationId: 12, messages: [audio] },
      deps,
    );
    expect(heard.at(-1)).toEqual([]);
  });

  it('names a turn by the messages it answers, whatever their order', () => {
    expect(turnIdOf(5, [3, 1, 2])).toBe(turnIdOf(5, [1, 2, 3]));
    expect(turnIdOf(5, [1, 2])).not.toBe(turnIdOf(6, [1, 2]));
  });
});
