// kill -9 of an agent-worker at each point of a turn (FAULT_POINT): after a restart, every message is answered once.
import type { FaultPoint } from '@atrevete/config';
import { deliveryReport } from '../support/delivery.js';
import { Pipeline, type Message } from '../support/pipeline.js';
import { waitForExit } from '../support/processes.js';
import { sleep, waitUntil } from '../support/wait.js';

/** Small numbers so that a crash is recovered in seconds: stale work swept after 1 s, a dead worker's locks free after 1 s. */
const FAST_RECOVERY = {
  SWEEP_INTERVAL_MS: '300',
  SWEEP_GRACE_MS: '1000',
  LOCK_TTL_MS: '1000',
};
/** Longer than a sweep plus a lock expiry: whatever a second send would take has happened by then. */
const SETTLE_MS = 3000;

interface Scenario {
  point: FaultPoint;
  /** What the outbox holds (statuses, or matchers of them) and the customer has seen when the worker dies. */
  atDeath: { outbox: unknown[]; replies: number };
}

const scenarios: Array<[string, Scenario]> = [
  [
    'after taking the lock',
    { point: 'after-lock', atDeath: { outbox: [], replies: 0 } },
  ],
  [
    'after the graph ran',
    { point: 'after-graph', atDeath: { outbox: [], replies: 0 } },
  ],
  [
    'after the outbox write',
    { point: 'after-outbox', atDeath: { outbox: ['pending'], replies: 0 } },
  ],
];

describe('an agent-worker killed with SIGKILL in the middle of a turn', () => {
  let pipeline: Pipeline;
  let nextConversation = 40;

  beforeAll(async () => {
    pipeline = await Pipeline.start({
      api: { TURN_DEBOUNCE_MS: '0' },
      worker: FAST_RECOVERY,
    });
  });

  afterAll(async () => {
    await pipeline?.close();
  });

  /** A worker armed to die at `point` takes the message and dies there; returns the message once a healthy worker runs. */
  async function killAt(point: FaultPoint, atDeath: Scenario['atDeath']) {
    const conversationId = ++nextConversation;
    const message: Message = {
      messageId: conversationId * 100,
      conversationId,
      content: '¿cuánto cuesta el tinte?',
    };
    const doomed = await pipeline.startWorker({ FAULT_POINT: point });
    expect((await pipeline.send(message)).body.status).toBe('queued');
    expect(await waitForExit(doomed, 15_000)).toBe('SIGKILL');

    const outbox = (await pipeline.outbox()).filter(
      (r) => r.conversationId === conversationId,
    );
    expect(outbox.map((r) => r.status)).toEqual(atDeath.outbox);
    expect(pipeline.repliesTo(conversationId)).toHaveLength(atDeath.replies);

    const healthy = await pipeline.startWorker();
    const sent = await waitUntil(
      'the reply recorded as sent',
      async () => {
        const rows = (await pipeline.outbox()).filter(
          (r) => r.conversationId === conversationId,
        );
        return (
          rows.length > 0 && rows.every((r) => r.status === 'sent') && rows
        );
      },
      20_000,
    );
    await sleep(SETTLE_MS);
    await healthy.stop();
    return { message, outbox: sent };
  }

  it.each(scenarios)(
    'answers the message exactly once when killed %s',
    async (_name, { point, atDeath }) => {
      const { message, outbox } = await killAt(point, atDeath);
      expect(pipeline.repliesTo(message.conversationId)).toHaveLength(1);
      expect(
        pipeline.repliesTo(message.conversationId)[0].body['content'],
      ).toContain('40 €');
      expect(outbox).toEqual([
        expect.objectContaining({ status: 'sent', attempts: 1 }),
      ]);
      const report = deliveryReport(
        [message],
        await pipeline.inbound(),
        outbox,
        pipeline.repliesTo(message.conversationId),
      );
      expect(report).toMatchObject({
        answered: 1,
        lost: 0,
        duplicated: 0,
        outOfOrder: [],
      });
    },
  );

  it('sends the reply once when killed after Chatwoot accepted it and before it was recorded sent: the echo records it', async () => {
    // Chatwoot's message API takes no idempotency key; the message's webhook (the echo, which
    // carries its outbox row) tells webhook-api that it landed, so the next worker has nothing to send.
    const { message, outbox } = await killAt('after-post', {
      // Pending, unless the echo was quicker than the test's look at the outbox.
      outbox: [expect.stringMatching(/^(pending|sent)$/)],
      replies: 1,
    });
    expect(pipeline.repliesTo(message.conversationId)).toHaveLength(1);
    expect(outbox).toEqual([
      expect.objectContaining({
        status: 'sent',
        attempts: 1,
        chatwootMessageId: pipeline.repliesTo(message.conversationId)[0]
          .messageId,
      }),
    ]);
    const report = deliveryReport(
      [message],
      await pipeline.inbound(),
      outbox,
      pipeline.repliesTo(message.conversationId),
    );
    expect(report).toMatchObject({
      answered: 1,
      lost: 0,
      duplicated: 0,
      outOfOrder: [],
    });
  });
});
