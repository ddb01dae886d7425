// Postgres unreachable for webhook-api only (a proxy in between refuses, then hangs): messages travel whole in the queue and are answered once.
import {
  deliveryReport,
  formatReport,
  deliveredOnce,
} from '../support/delivery.js';
import { Pipeline, type Message } from '../support/pipeline.js';
import { startPostgresProxy } from '../support/tcp-proxy.js';
import { sleep, waitUntil } from '../support/wait.js';

const LEDGER_TIMEOUT_MS = 250;

describe('Postgres unreachable for webhook-api', () => {
  let proxy: Awaited<ReturnType<typeof startPostgresProxy>>;
  let pipeline: Pipeline;
  const sent: Message[] = [];
  let nextId = 7000;

  beforeAll(async () => {
    proxy = await startPostgresProxy();
    pipeline = await Pipeline.start({
      apiDatabaseUrl: (url) => proxy.through(url),
      api: {
        TURN_DEBOUNCE_MS: '0',
        LEDGER_TIMEOUT_MS: String(LEDGER_TIMEOUT_MS),
      },
      worker: { SWEEP_INTERVAL_MS: '300', SWEEP_GRACE_MS: '1000' },
    });
    await pipeline.startWorker();
  });

  afterAll(async () => {
    await pipeline?.close();
    await proxy?.close();
  });

  /** Sends a message and returns webhook-api's verdict and how long it took. */
  async function send(conversationId: number, content: string) {
    const message = { messageId: nextId++, conversationId, content };
    sent.push(message);
    const started = Date.now();
    const answer = await pipeline.send(message);
    return { message, answer, ms: Date.now() - started };
  }

  it('queues messages whole while the connection is refused; the worker records and answers them once', async () => {
    const before = await send(71, 'hola');
    expect(before.answer.body.status).toBe('queued');
    await pipeline.waitUntilAnswered([before.message], 10_000);

    proxy.setMode('refuse');
    const health = await pipeline.apiHealth();
    expect(health).toMatchObject({
      // Degraded but ready: the other store alone takes every message.
      status: 200,
      body: {
        status: 'degraded',
        components: { postgres: { status: 'down' }, redis: { status: 'ok' } },
      },
    });

    const during = [
      await send(71, '¿cuánto cuesta el tinte?'),
      await send(72, 'hola'),
      await send(72, '¿a qué hora abrís?'),
    ];
    for (const { answer, ms } of during) {
      expect(answer).toEqual({ status: 200, body: { status: 'carried' } });
      expect(ms).toBeLessThan(LEDGER_TIMEOUT_MS + 1000);
    }
    // Chatwoot never retries, but a flaky network may deliver one twice: the queue and the ledger keep one.
    const again = await pipeline.send(during[2].message);
    expect(again).toEqual({ status: 200, body: { status: 'carried' } });

    const messages = [before, ...during].map((s) => s.message);
    await pipeline.waitUntilAnswered(messages, 15_000);
    await sleep(1500);
    const report = await pipeline.report(messages);
    expect(report).toMatchObject({
      sent: 4,
      answered: 4,
      lost: 0,
      duplicated: 0,
      undelivered: 0,
      outOfOrder: [],
    });
    expect(pipeline.repliesTo(71).length + pipeline.repliesTo(72).length).toBe(
      report.turns,
    );
  });

  it('queues messages whole when Postgres hangs, answering within LEDGER_TIMEOUT_MS', async () => {
    proxy.setMode('hang');
    const during = [
      await send(73, 'hola'),
      await send(73, '¿cuánto cuesta el tinte?'),
    ];
    for (const { answer, ms } of during) {
      expect(answer).toEqual({ status: 200, body: { status: 'carried' } });
      expect(ms).toBeGreaterThanOrEqual(LEDGER_TIMEOUT_MS - 50);
      expect(ms).toBeLessThan(LEDGER_TIMEOUT_MS + 1000);
    }
    const messages = during.map((s) => s.message);
    await pipeline.waitUntilAnswered(messages, 15_000);
    expect(
      (await pipeline.apiHealth()).body.components?.['postgres']?.status,
    ).toBe('down');
  });

  it('answers a backlog of carried messages in the order they were sent', async () => {
    // No worker runs while they queue up; then one takes many at once (WORKER_CONCURRENCY).
    proxy.setMode('refuse');
    await Promise.all(pipeline.workers.map((w) => w.stop()));
    const conversations = [81, 82, 83];
    const messages: Message[] = [];
    for (const conversationId of conversations) {
      for (let i = 0; i < 8; i++) {
        const { message, answer } = await send(
          conversationId,
          i % 2 ? 'hola' : '¿cuánto cuesta el tinte?',
        );
        expect(answer.body.status).toBe('carried');
        messages.push(message);
      }
    }
    await pipeline.startWorker();
    await pipeline.waitUntilAnswered(messages, 15_000);
    await sleep(1500);
    const report = deliveryReport(
      messages,
      await pipeline.inbound(),
      (await pipeline.outbox()).filter((r) =>
        conversations.includes(r.conversationId),
      ),
      pipeline.chatwoot
        .replies()
        .filter((r) => conversations.includes(r.conversationId)),
    );
    expect(report).toMatchObject({
      sent: messages.length,
      answered: messages.length,
      lost: 0,
      duplicated: 0,
      undelivered: 0,
      outOfOrder: [],
    });
  });

  it('is healthy and records in the ledger again once Postgres is reachable, and has answered every message once', async () => {
    proxy.setMode('forward');
    await waitUntil(
      'webhook-api healthy again',
      async () => (await pipeline.apiHealth()).body.status === 'ok',
      15_000,
    );
    expect(await pipeline.apiHealth()).toMatchObject({
      status: 200,
      body: { status: 'ok' },
    });
    const after = await send(74, 'hola');
    expect(after.answer).toEqual({ status: 200, body: { status: 'queued' } });

    await pipeline.waitUntilAnswered(sent, 15_000);
    await sleep(1500);
    const report = await pipeline.report(sent);
    console.log(formatReport(report));
    expect(report).toMatchObject(deliveredOnce(sent.length));
    expect(report.replies).toBe(report.turns);
  });
});
