// Postgres unreachable for both apps for longer than every turn job's retry budget (shortened here), then back: every acknowledged message is answered once, in order.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { formatReport, deliveredOnce } from '../support/delivery.js';
import { Pipeline, type Message } from '../support/pipeline.js';
import { startPostgresProxy } from '../support/tcp-proxy.js';
import { sleep, waitUntil } from '../support/wait.js';

// Three attempts 100 ms and 200 ms apart: a turn job gives up well within a second of the outage,
// as the default ten attempts (about 8.5 min) give up within a half-hour one.
const RETRY_BUDGET = { TURN_JOB_ATTEMPTS: '3', TURN_JOB_BACKOFF_MS: '100' };

describe('a Postgres outage longer than the turn jobs retry', () => {
  let proxy: Awaited<ReturnType<typeof startPostgresProxy>>;
  let pipeline: Pipeline;
  let connection: Redis;
  let turns: Queue;
  let nextId = 9000;

  beforeAll(async () => {
    proxy = await startPostgresProxy();
    const throughProxy = (url: string) => proxy.through(url);
    pipeline = await Pipeline.start({
      apiDatabaseUrl: throughProxy,
      workerDatabaseUrl: throughProxy,
      api: { TURN_DEBOUNCE_MS: '0', LEDGER_TIMEOUT_MS: '250', ...RETRY_BUDGET },
      worker: {
        SWEEP_INTERVAL_MS: '300',
        SWEEP_GRACE_MS: '1000',
        ...RETRY_BUDGET,
      },
    });
    await pipeline.startWorker();
    connection = new Redis(pipeline.redisUrl, { maxRetriesPerRequest: 1 });
    turns = new Queue('turns', { connection, prefix: `{${pipeline.prefix}}` });
  });

  afterAll(async () => {
    await turns?.close();
    connection?.disconnect();
    await pipeline?.close();
    await proxy?.close();
  });

  async function send(conversationId: number, content: string) {
    const message = { messageId: nextId++, conversationId, content };
    return { message, answer: await pipeline.send(message) };
  }

  /** Conversations whose turn job has failed for good: every attempt of its budget spent. */
  async function gaveUp(): Promise<Set<number>> {
    const failed = await turns.getFailed();
    return new Set(
      failed
        .filter(
          (job) => job.attemptsMade >= Number(RETRY_BUDGET.TURN_JOB_ATTEMPTS),
        )
        .map((job) => (job.data as { conversationId: number }).conversationId),
    );
  }

  it('answers every message carried through it once, in order, although their turn jobs gave up', async () => {
    const before = await send(91, 'hola');
    expect(before.answer.body.status).toBe('queued');
    await pipeline.waitUntilAnswered([before.message], 15_000);

    proxy.setMode('refuse');
    const during = [
      await send(91, '¿cuánto cuesta el tinte?'),
      await send(92, 'hola'),
      await send(91, '¿a qué hora abrís?'),
      await send(92, '¿cuánto cuesta el tinte?'),
    ];
    for (const { answer } of during)
      expect(answer).toEqual({ status: 200, body: { status: 'carried' } });

    // The worker cannot reach Postgres either: each conversation's turn job spends its budget.
    await waitUntil(
      'the turn jobs of both conversations failed after every attempt',
      async () => {
        const failed = await gaveUp();
        return failed.has(91) && failed.has(92);
      },
      20_000,
      200,
    );
    // Still down for a while after that, through several sweeps.
    await sleep(2000);
    const carried = during.map((s) => s.message.messageId);
    expect(
      (await pipeline.inbound()).filter((r) => carried.includes(r.messageId)),
    ).toEqual([]);

    proxy.setMode('forward');
    const messages: Message[] = [before, ...during].map((s) => s.message);
    await pipeline.waitUntilAnswered(messages, 30_000);
    await sleep(1500);
    const report = await pipeline.report(messages);
    console.log(formatReport(report));
    expect(report).toMatchObject(deliveredOnce(messages.length));
    expect(report.replies).toBe(report.turns);
  });
});
