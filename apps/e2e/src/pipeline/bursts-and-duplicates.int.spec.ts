// A burst of messages gets one answer, and a webhook delivered several times at once is answered once.
import { deliveryReport, messageIdsOf } from '../support/delivery.js';
import { Pipeline, type Message } from '../support/pipeline.js';
import { sleep } from '../support/wait.js';
import { incomingMessageEvent } from '@atrevete/schema/testing';

const DEBOUNCE_MS = 1500;

describe('bursts and repeated deliveries', () => {
  let pipeline: Pipeline;

  beforeAll(async () => {
    pipeline = await Pipeline.start({
      api: { TURN_DEBOUNCE_MS: String(DEBOUNCE_MS) },
    });
    await pipeline.startWorker();
  });

  afterAll(async () => {
    await pipeline?.close();
  });

  it('answers a burst of three messages within the debounce window once, with one turn that read all three', async () => {
    const burst: Message[] = [
      { messageId: 1001, conversationId: 11, content: 'hola' },
      { messageId: 1002, conversationId: 11, content: 'una pregunta' },
      {
        messageId: 1003,
        conversationId: 11,
        content: '¿cuánto cuesta el tinte?',
      },
    ];
    for (const message of burst) {
      expect(await pipeline.send(message)).toEqual({
        status: 200,
        body: { status: 'queued' },
      });
      await sleep(300);
    }

    await pipeline.chatwoot.waitForReplies(1, 15_000);
    // Well past another debounce window: nothing more comes.
    await sleep(DEBOUNCE_MS + 1000);
    const replies = pipeline.repliesTo(11);
    expect(replies).toHaveLength(1);
    // The graph read the last message of the burst too: it quotes the dye's price.
    expect(replies[0].body['content']).toEqual(expect.stringContaining('40 €'));

    const outbox = (await pipeline.outbox()).filter(
      (r) => r.conversationId === 11,
    );
    expect(outbox).toHaveLength(1);
    expect(messageIdsOf(outbox[0].turnId)).toEqual([1001, 1002, 1003]);
    expect(outbox[0]).toMatchObject({ status: 'sent', attempts: 1 });
    const ledger = (await pipeline.inbound()).filter(
      (r) => r.conversationId === 11,
    );
    expect(ledger.map((r) => r.turnId)).toEqual(
      Array(3).fill(outbox[0].turnId),
    );
  });

  it('answers the same webhook delivered five times concurrently once', async () => {
    const message = {
      messageId: 2001,
      conversationId: 12,
      content: '¿a qué hora abrís?',
    };
    const body = incomingMessageEvent({ ...message, accountId: 1 });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => pipeline.deliver(body)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.map((a) => a.body.status).sort()).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'queued',
    ]);

    await pipeline.chatwoot.waitForReplies(2, 15_000);
    await sleep(DEBOUNCE_MS + 1000);
    expect(pipeline.repliesTo(12)).toHaveLength(1);
    const report = deliveryReport(
      [message],
      (await pipeline.inbound()).filter((r) => r.conversationId === 12),
      (await pipeline.outbox()).filter((r) => r.conversationId === 12),
      pipeline.repliesTo(12),
    );
    expect(report).toMatchObject({
      sent: 1,
      answered: 1,
      lost: 0,
      duplicated: 0,
      turns: 1,
      replies: 1,
      outOfOrder: [],
    });
  });
});
