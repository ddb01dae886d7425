// A reply whose send failed after Chatwoot created it (a timeout, a proxy's 502/504, a 2xx that does not parse) reaches the customer once: its echo proves it landed.
import { deliveryReport } from '../support/delivery.js';
import { Pipeline, type Message } from '../support/pipeline.js';
import { sleep, waitUntil } from '../support/wait.js';

/** agent-worker's ChatwootClient gives up after this (its default). */
const CLIENT_TIMEOUT_MS = 10_000;
/** BullMQ's first retry of a failed reply job (libs/queue REPLY_QUEUE). */
const FIRST_BACKOFF_MS = 1000;
/** Long enough for a second send, had there been one, to reach the fake Chatwoot. */
const SETTLE_MS = 2500;

describe('a send that failed after Chatwoot created the message', () => {
  let pipeline: Pipeline;

  beforeAll(async () => {
    pipeline = await Pipeline.start({ api: { TURN_DEBOUNCE_MS: '0' } });
    await pipeline.startWorker();
  });

  afterAll(async () => {
    await pipeline?.close();
  });

  async function expectAnsweredOnce(message: Message) {
    const outbox = (await pipeline.outbox()).filter(
      (r) => r.conversationId === message.conversationId,
    );
    const replies = pipeline.repliesTo(message.conversationId);
    expect(replies).toHaveLength(1);
    expect(outbox).toEqual([
      expect.objectContaining({
        status: 'sent',
        attempts: 1,
        chatwootMessageId: replies[0].messageId,
      }),
    ]);
    expect(
      deliveryReport([message], await pipeline.inbound(), outbox, replies),
    ).toMatchObject({
      answered: 1,
      lost: 0,
      duplicated: 0,
      outOfOrder: [],
    });
  }

  it('answers once when the send timed out after Chatwoot created the message', async () => {
    const message = {
      messageId: 2001,
      conversationId: 21,
      content: '¿cuánto cuesta el tinte?',
    };
    pipeline.chatwoot.failAfterCreating({
      kind: 'slow',
      delayMs: CLIENT_TIMEOUT_MS + 5000,
    });
    expect((await pipeline.send(message)).body.status).toBe('queued');
    await waitUntil(
      'the reply created at Chatwoot',
      () => pipeline.repliesTo(21).length > 0,
      20_000,
    );
    // Past the client's timeout and the job's first retry, which must find the reply recorded.
    await sleep(CLIENT_TIMEOUT_MS + FIRST_BACKOFF_MS + SETTLE_MS);
    await expectAnsweredOnce(message);
  });

  it.each([
    ['a proxy’s 502', 22, { kind: 'gateway', status: 502 }],
    ['a proxy’s 504', 23, { kind: 'gateway', status: 504 }],
    ['a 2xx whose body does not parse', 24, { kind: 'garbled' }],
  ] as const)(
    'answers once when Chatwoot created the message and the bot got %s',
    async (_name, conversationId, failure) => {
      const message = {
        messageId: conversationId * 100,
        conversationId,
        content: '¿cuánto cuesta el tinte?',
      };
      pipeline.chatwoot.failAfterCreating(failure);
      expect((await pipeline.send(message)).body.status).toBe('queued');
      await waitUntil(
        'the reply created at Chatwoot',
        () => pipeline.repliesTo(conversationId).length > 0,
        20_000,
      );
      await sleep(FIRST_BACKOFF_MS + SETTLE_MS);
      await expectAnsweredOnce(message);
    },
  );
});

describe('a send of unknown outcome whose echo never comes', () => {
  const ECHO_WAIT_MS = 1500;
  let pipeline: Pipeline;

  beforeAll(async () => {
    pipeline = await Pipeline.start({
      api: { TURN_DEBOUNCE_MS: '0' },
      worker: { ECHO_WAIT_MS: String(ECHO_WAIT_MS) },
      echo: false,
    });
    await pipeline.startWorker();
  });

  afterAll(async () => {
    await pipeline?.close();
  });

  it('is sent again once the echo is overdue: a reply may come twice, never not at all', async () => {
    const message = { messageId: 3001, conversationId: 31, content: 'hola' };
    pipeline.chatwoot.failAfterCreating({ kind: 'gateway', status: 502 });
    expect((await pipeline.send(message)).body.status).toBe('queued');
    const [row] = await waitUntil(
      'the reply recorded as sent',
      async () => {
        const rows = await pipeline.outbox();
        return (
          rows.length > 0 && rows.every((r) => r.status === 'sent') && rows
        );
      },
      20_000,
    );
    const replies = pipeline.chatwoot.replies();
    expect(replies.map((r) => r.body['content'])).toEqual([
      replies[0].body['content'],
      replies[0].body['content'],
    ]);
    expect(row).toMatchObject({
      attempts: 2,
      chatwootMessageId: replies[1].messageId,
    });
    // Not before the echo was due (a little slack: the wait runs on Postgres's clock).
    expect(replies[1].receivedAt - replies[0].receivedAt).toBeGreaterThan(
      ECHO_WAIT_MS - 100,
    );
  });
});
