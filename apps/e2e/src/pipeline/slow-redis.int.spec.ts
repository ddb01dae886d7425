// Redis slow but up for webhook-api only (a proxy adding 3 s each way): webhooks are still answered within 1 s, from the ledger, and every message is answered once.
import { formatReport, deliveredOnce } from '../support/delivery.js';
import {
  Pipeline,
  SHARED_REDIS_URL,
  type Message,
} from '../support/pipeline.js';
import { type TcpProxy, startTcpProxy } from '../support/tcp-proxy.js';
import { sleep, waitUntil } from '../support/wait.js';

const POSTGRES = new URL(
  process.env['TEST_DATABASE_URL'] ??
    'postgres://postgres@127.0.0.1:5432/postgres',
);
const REDIS = new URL(SHARED_REDIS_URL);
// Slower than Chatwoot's whole 5 s budget for one command's round trip.
const REDIS_LATENCY_MS = 3000;
// Chatwoot waits 5 s; the issue asks for an answer within 1 s.
const ANSWER_WITHIN_MS = 1000;

describe('a slow Redis', () => {
  let redisProxy: TcpProxy;
  let postgresProxy: TcpProxy;
  let pipeline: Pipeline;
  const sent: Message[] = [];
  let nextId = 9000;

  beforeAll(async () => {
    redisProxy = await startTcpProxy({
      host: REDIS.hostname,
      port: Number(REDIS.port || 6379),
    });
    postgresProxy = await startTcpProxy({
      host: POSTGRES.hostname,
      port: Number(POSTGRES.port || 5432),
    });
    pipeline = await Pipeline.start({
      apiRedisUrl: `redis://127.0.0.1:${redisProxy.port}`,
      apiDatabaseUrl: (url) => {
        const throughProxy = new URL(url);
        throughProxy.hostname = '127.0.0.1';
        throughProxy.port = String(postgresProxy.port);
        return throughProxy.toString();
      },
      api: { TURN_DEBOUNCE_MS: '0', LEDGER_TIMEOUT_MS: '250' },
      // The worker reaches Redis directly: its sweeper queues what webhook-api could not.
      worker: { SWEEP_INTERVAL_MS: '300', SWEEP_GRACE_MS: '1000' },
    });
    await pipeline.startWorker();
  });

  afterAll(async () => {
    await pipeline?.close();
    await redisProxy?.close();
    await postgresProxy?.close();
  });

  /** Sends a new message (or `again`, as Chatwoot's retry) and returns webhook-api's verdict and how long it took. */
  async function send(conversationId: number, content: string) {
    const message = { messageId: nextId++, conversationId, content };
    sent.push(message);
    return timed(message);
  }
  async function timed(message: Message) {
    const started = Date.now();
    const answer = await pipeline.send(message);
    return { message, answer, ms: Date.now() - started };
  }

  it('answers every webhook within 1 s from the ledger, and the sweeper gets each message answered once', async () => {
    const before = await send(91, 'hola');
    expect(before.answer.body.status).toBe('queued');
    await pipeline.waitUntilAnswered([before.message], 15_000);

    redisProxy.setLatency(REDIS_LATENCY_MS);
    const during = [];
    for (let i = 0; i < 6; i++)
      during.push(
        await send(91 + (i % 3), i % 2 ? '¿cuánto cuesta el tinte?' : 'hola'),
      );
    for (const { answer, ms } of during) {
      expect(answer).toEqual({ status: 200, body: { status: 'recorded' } });
      expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
    }
    expect(
      await pipeline.apiCounter(
        'atrevete_webhooks_total',
        'outcome="recorded"',
      ),
    ).toBe(during.length);
    // Still ready: the ledger takes every message while Redis does not answer in time.
    expect(await pipeline.apiHealth()).toMatchObject({
      status: 200,
      body: {
        status: 'degraded',
        components: { postgres: { status: 'ok' }, redis: { status: 'down' } },
      },
    });

    const messages = [before, ...during].map((s) => s.message);
    await pipeline.waitUntilAnswered(messages, 20_000);
    await sleep(1500);
    const report = await pipeline.report(messages);
    console.log(formatReport(report));
    expect(report).toMatchObject({
      sent: messages.length,
      answered: messages.length,
      lost: 0,
      duplicated: 0,
      undelivered: 0,
      outOfOrder: [],
    });
  });

  it('answers 500 within 1 s when Postgres is down too, and Chatwoot’s retry once Redis is fast again is answered once', async () => {
    postgresProxy.setMode('refuse');
    const failed = await send(94, 'hola');
    expect(failed.answer).toEqual({
      status: 500,
      body: { error: 'nothing could be stored; try again' },
    });
    expect(failed.ms).toBeLessThan(ANSWER_WITHIN_MS);
    // Neither store can take a message: not ready.
    expect((await pipeline.apiHealth()).status).toBe(503);

    redisProxy.setLatency(0);
    await waitUntil(
      'Redis answering webhook-api in time again',
      async () =>
        (await pipeline.apiHealth()).body.components?.['redis']?.status ===
        'ok',
      10_000,
    );
    // Chatwoot retries a 500 (every 3 s, 3 attempts in all): the retry travels whole in Redis.
    const retried = await timed(failed.message);
    expect(retried.answer).toEqual({
      status: 200,
      body: { status: 'carried' },
    });

    postgresProxy.setMode('forward');
    await pipeline.waitUntilAnswered(sent, 20_000);
    await sleep(1500);
    const report = await pipeline.report(sent);
    console.log(formatReport(report));
    expect(report).toMatchObject(deliveredOnce(sent.length));
    expect(report.replies).toBe(report.turns);
  });
});
