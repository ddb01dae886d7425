// Three agent-worker replicas on the same queues: one reply per turn, every message answered once, replies in message order.
import { formatReport, deliveredOnce } from '../support/delivery.js';
import { Pipeline, type Message, type Worker } from '../support/pipeline.js';
import { sleep } from '../support/wait.js';

const CONVERSATIONS = [51, 52, 53, 54, 55];
const PER_CONVERSATION = 4;
const CONTENTS = [
  'hola',
  '¿cuánto cuesta el tinte?',
  '¿a qué hora abrís el sábado?',
  '¿cuánto cuesta un corte?',
];

describe('three agent-worker replicas', () => {
  let pipeline: Pipeline;
  let workers: Worker[];

  beforeAll(async () => {
    pipeline = await Pipeline.start({ api: { TURN_DEBOUNCE_MS: '0' } });
    workers = await Promise.all([
      pipeline.startWorker(),
      pipeline.startWorker(),
      pipeline.startWorker(),
    ]);
  });

  afterAll(async () => {
    await pipeline?.close();
  });

  it('answers 20 messages over 5 conversations with one reply per turn, each message once, in message order per conversation', async () => {
    const messages: Message[] = CONVERSATIONS.flatMap((conversationId) =>
      CONTENTS.slice(0, PER_CONVERSATION).map((content, i) => ({
        messageId: conversationId * 100 + i,
        conversationId,
        content,
      })),
    );
    // Conversations at once; within one, messages a moment apart, some arriving while its turn runs.
    await Promise.all(
      CONVERSATIONS.map(async (conversationId) => {
        for (const message of messages.filter(
          (m) => m.conversationId === conversationId,
        )) {
          expect((await pipeline.send(message)).body.status).toBe('queued');
          await sleep(20);
        }
      }),
    );

    await pipeline.waitUntilAnswered(messages, 20_000);
    await sleep(1000);
    const report = await pipeline.report(messages);
    const turnsPerWorker = await Promise.all(
      workers.map((w) => w.counter('atrevete_turns_total')),
    );
    console.log(
      `${formatReport(report)} turnsPerWorker=${turnsPerWorker.join('/')}`,
    );
    expect(report).toMatchObject(deliveredOnce(20));
    // One reply per turn, and the turns were spread over the replicas.
    expect(report.replies).toBe(report.turns);
    expect(report.turns).toBeGreaterThanOrEqual(CONVERSATIONS.length);
    expect(turnsPerWorker.reduce((a, b) => a + b, 0)).toBe(report.turns);
    expect(turnsPerWorker.filter((n) => n > 0).length).toBeGreaterThan(1);
  });
});
