// A job whose payload fails the queue's schema (an old producer, a hand-made job) fails once as unrecoverable, is logged, and is never retried.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Pipeline, type Worker } from '../support/pipeline.js';
import { sleep, waitUntil } from '../support/wait.js';

describe('a job that fails the schema', () => {
  let pipeline: Pipeline;
  let worker: Worker;
  let connection: Redis;
  const queues: Queue[] = [];

  beforeAll(async () => {
    pipeline = await Pipeline.start();
    worker = await pipeline.startWorker({ LOG_LEVEL: 'warn' });
    connection = new Redis(pipeline.redisUrl, { maxRetriesPerRequest: 1 });
  });

  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close()));
    connection?.disconnect();
    await pipeline?.close();
  });

  it.each([
    ['turns', { accountId: 'x', conversationId: 1, messages: 'no' }],
    ['replies', { conversationId: -5 }],
  ])(
    'fails a malformed %s job after exactly one attempt, as unrecoverable, and logs it',
    async (name, data) => {
      const queue = new Queue(name, {
        connection,
        prefix: `{${pipeline.prefix}}`,
      });
      queues.push(queue);
      const jobId = `bad-${name}-${Date.now()}`;
      // Asks for retries the way the real queues do: the worker must not use them.
      await queue.add(name, data, {
        jobId,
        attempts: 5,
        backoff: { type: 'fixed', delay: 100 },
      });

      await waitUntil(
        `job ${jobId} failed`,
        async () => (await queue.getJobState(jobId)) === 'failed',
        10_000,
      );
      // Read once failed: a job read before it failed still shows 0 attempts.
      const job = await queue.getJob(jobId);
      expect(job?.attemptsMade).toBe(1);
      expect(job?.failedReason).toMatch(new RegExp(`invalid ${name} job`));

      // Well past the backoff it asked for: still failed, still one attempt.
      await sleep(1000);
      const later = await queue.getJob(jobId);
      expect(await later?.getState()).toBe('failed');
      expect(later?.attemptsMade).toBe(1);

      const logged = worker
        .output()
        .split('\n')
        .filter((line) => line.includes(jobId))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(logged).toEqual([
        expect.objectContaining({
          level: 40,
          msg: 'job failed',
          jobId,
          queue: name,
          attempts: 1,
        }),
      ]);
    },
  );
});
