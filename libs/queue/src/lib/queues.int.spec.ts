// Typed queues against the real Redis: what the producer adds is what the worker gets; a bad payload is never retried; waiting costs no attempt.
import { randomUUID } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import { classifyWebhook, type TurnJob } from '@atrevete/schema';
import { incomingMessageEvent } from '@atrevete/schema/testing';
import { bullPrefix, createRedisConnection } from './connection.js';
import { PostponeJobError } from './postpone.js';
import { TURN_QUEUE, addJob, createQueue, createWorker } from './queues.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

function turnJob(messageId: number): TurnJob {
  const result = classifyWebhook(
    incomingMessageEvent({ messageId, content: 'hola' }),
    { statuses: ['pending'] },
  );
  if (result.kind !== 'answer') throw new Error('fixture is not answerable');
  return { accountId: 1, conversationId: 42, messages: [result.message] };
}

describe('typed queues', () => {
  const prefix = `test-${randomUUID()}`;
  const producer = createRedisConnection(REDIS_URL, 'producer');
  const consumer = createRedisConnection(REDIS_URL, 'worker');
  const queue = createQueue(TURN_QUEUE, producer, prefix);

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    producer.disconnect();
    consumer.disconnect();
  });

  it('keeps every key of a deployment under one Redis Cluster hash tag', async () => {
    await addJob(queue, TURN_QUEUE, turnJob(1), { jobId: 'msg-1' });
    const keys = await producer.keys(`${bullPrefix(prefix)}:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith(`{${prefix}}:turns:`))).toBe(true);
    await queue.drain(true);
  });

  it('refuses to enqueue a payload the worker would reject', async () => {
    const bad = { ...turnJob(2), conversationId: -1 };
    await expect(addJob(queue, TURN_QUEUE, bad)).rejects.toThrow(
      /conversationId/,
    );
    expect(await queue.count()).toBe(0);
  });

  it('delivers the parsed payload to the worker, and fails a malformed one once, without retries', async () => {
    const seen: TurnJob[] = [];
    const eventsConnection = createRedisConnection(REDIS_URL, 'worker');
    const events = new QueueEvents(TURN_QUEUE.name, {
      connection: eventsConnection,
      prefix: bullPrefix(prefix),
    });
    await events.waitUntilReady();
    const worker = createWorker(
      TURN_QUEUE,
      async (data) => void seen.push(data),
      consumer,
      prefix,
    );
    const failed = new Promise<{ jobId: string; failedReason: string }>(
      (resolve) => events.once('failed', resolve),
    );
    const completed = new Promise<{ jobId: string }>((resolve) =>
      events.once('completed', resolve),
    );
    void worker.run();

    await addJob(queue, TURN_QUEUE, turnJob(3), { jobId: 'msg-3' });
    expect((await completed).jobId).toBe('msg-3');
    expect(seen).toEqual(
      [turnJob(3)].map((j) => ({
        ...j,
        messages: [
          { ...j.messages[0], createdAt: seen[0].messages[0].createdAt },
        ],
      })),
    );

    // A producer that bypassed the schema (an old version, a hand-made job):
    await queue.add('turns', { accountId: 'x' } as never, {
      jobId: 'bad-1',
      attempts: 5,
    });
    const failure = await failed;
    expect(failure.jobId).toBe('bad-1');
    expect(failure.failedReason).toMatch(/invalid turns job/);
    const job = await queue.getJob('bad-1');
    expect(job?.attemptsMade).toBe(1);
    expect(await job?.getState()).toBe('failed');

    await worker.close();
    await events.close();
    eventsConnection.disconnect();
  });

  it('puts a job that asks to wait back for that long, without counting an attempt', async () => {
    const eventsConnection = createRedisConnection(REDIS_URL, 'worker');
    const events = new QueueEvents(TURN_QUEUE.name, {
      connection: eventsConnection,
      prefix: bullPrefix(prefix),
    });
    await events.waitUntilReady();
    const runs: number[] = [];
    const waiting = createWorker(
      TURN_QUEUE,
      async () => {
        runs.push(Date.now());
        if (runs.length < 3) throw new PostponeJobError(300, 'not yet');
      },
      consumer,
      prefix,
    );
    const completed = new Promise<{ jobId: string }>((resolve) =>
      events.once('completed', resolve),
    );
    void waiting.run();
    await addJob(queue, TURN_QUEUE, turnJob(5), {
      jobId: 'msg-5',
      attempts: 2,
    });
    expect((await completed).jobId).toBe('msg-5');
    expect(runs).toHaveLength(3);
    expect(runs[1] - runs[0]).toBeGreaterThanOrEqual(290);
    expect(runs[2] - runs[1]).toBeGreaterThanOrEqual(290);
    expect((await queue.getJob('msg-5'))?.attemptsMade).toBe(1);
    await waiting.close();
    await events.close();
    eventsConnection.disconnect();
  });
});
