// Redis stopped while customers write: webhook-api still says 200 (the ledger has them) and, once Redis is back, the sweeper gets each answered once.
import { formatReport, deliveredOnce } from '../support/delivery.js';
import { Pipeline, type Message } from '../support/pipeline.js';
import { type RedisServer, startRedisServer } from '../support/redis-server.js';
import { sleep, waitUntil } from '../support/wait.js';

describe('a Redis outage', () => {
  let redis: RedisServer;
  let pipeline: Pipeline;

  beforeAll(async () => {
    redis = await startRedisServer();
    pipeline = await Pipeline.start({
      redisUrl: redis.url,
      api: { TURN_DEBOUNCE_MS: '0' },
      worker: {
        SWEEP_INTERVAL_MS: '300',
        SWEEP_GRACE_MS: '1000',
        LOCK_TTL_MS: '1000',
      },
    });
    await pipeline.startWorker();
  });

  afterAll(async () => {
    await pipeline?.close();
    await redis?.stop();
  });

  it('answers the 10 messages accepted while Redis was down, once each, after it comes back', async () => {
    await redis.stop();
    const degraded = await pipeline.apiHealth();
    expect(degraded).toMatchObject({
      // Degraded but ready: the other store alone takes every message.
      status: 200,
      body: {
        status: 'degraded',
        components: { postgres: { status: 'ok' }, redis: { status: 'down' } },
      },
    });

    const messages: Message[] = Array.from({ length: 10 }, (_, i) => ({
      messageId: 6000 + i,
      conversationId: 61 + (i % 3),
      content: i % 2 ? '¿cuánto cuesta el tinte?' : 'hola',
    }));
    for (const message of messages) {
      const started = Date.now();
      expect(await pipeline.send(message)).toEqual({
        status: 200,
        body: { status: 'recorded' },
      });
      // Chatwoot waits 5 s for an answer.
      expect(Date.now() - started).toBeLessThan(3000);
    }
    const ledger = await pipeline.inbound();
    expect(ledger.map((r) => r.messageId)).toEqual(
      messages.map((m) => m.messageId),
    );
    expect(ledger.every((r) => r.turnId === null)).toBe(true);
    await sleep(1000);
    expect(pipeline.chatwoot.replies()).toHaveLength(0);

    await redis.start();
    await pipeline.waitUntilAnswered(messages, 20_000);
    await sleep(2000);
    const report = await pipeline.report(messages);
    console.log(formatReport(report));
    expect(report).toMatchObject(deliveredOnce(10));
    expect(report.replies).toBe(report.turns);

    await waitUntil(
      'webhook-api healthy again',
      async () => (await pipeline.apiHealth()).body.status === 'ok',
      10_000,
    );
    expect(await pipeline.apiHealth()).toMatchObject({
      status: 200,
      body: { status: 'ok' },
    });
  });
});
