// Typed queue definitions: one zod schema per job, parsed by the producer before adding and by the worker before processing.
import {
  type Job,
  Queue,
  UnrecoverableError,
  Worker,
  type JobsOptions,
  type WorkerOptions,
} from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { replyJobSchema, turnJobSchema } from '@atrevete/schema';
import { bullPrefix } from './connection.js';
import { PostponeJobError, postpone } from './postpone.js';

export interface QueueDefinition<S extends z.ZodType> {
  name: string;
  schema: S;
  defaultJobOptions: JobsOptions;
}

function defineQueue<S extends z.ZodType>(
  name: string,
  schema: S,
  defaultJobOptions: JobsOptions,
): QueueDefinition<S> {
  return { name, schema, defaultJobOptions };
}

export const TURN_QUEUE = defineQueue('turns', turnJobSchema, {
  // A turn that fails (Postgres briefly down) is retried with backoff: 1 s, 2 s, 4 s … 256 s, about 8.5 min in
  // all; the sweeper re-queues whatever is still unanswered after that (in the ledger, or carried in Redis).
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  // Finished jobs are not needed for correctness (the ledger is the record); keep a few for inspection.
  removeOnComplete: { count: 1000, age: 3600 },
  removeOnFail: { count: 5000, age: 7 * 24 * 3600 },
});

export const REPLY_QUEUE = defineQueue('replies', replyJobSchema, {
  // 429/5xx/network errors retry with backoff (1 s, 2 s, 4 s … about 8.5 min in all); the sweeper
  // re-queues whatever is still pending after that, so a long Chatwoot outage loses nothing.
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000, age: 3600 },
  removeOnFail: { count: 5000, age: 7 * 24 * 3600 },
});

export type JobData<S extends z.ZodType> = z.output<S>;

export class InvalidJobError extends UnrecoverableError {
  constructor(queue: string, detail: string) {
    super(`invalid ${queue} job: ${detail}`);
    this.name = 'InvalidJobError';
  }
}

/** A queue's retry budget, when the deployment (or a test) sets its own: attempts, and the first backoff (it doubles). */
export interface RetryBudget {
  attempts?: number;
  backoffMs?: number;
}

/** The job options of a budget: only what it sets, so the rest stays the queue's. */
function retryOptions(budget: RetryBudget = {}): JobsOptions {
  return {
    ...(budget.attempts !== undefined && { attempts: budget.attempts }),
    ...(budget.backoffMs !== undefined && {
      backoff: { type: 'exponential', delay: budget.backoffMs },
    }),
  };
}

/** The queue; `budget` overrides its definition's retry budget for the jobs this producer adds. */
export function createQueue<S extends z.ZodType>(
  def: QueueDefinition<S>,
  connection: Redis,
  queuePrefix: string,
  budget?: RetryBudget,
) {
  return new Queue<JobData<S>>(def.name, {
    connection,
    prefix: bullPrefix(queuePrefix),
    defaultJobOptions: { ...def.defaultJobOptions, ...retryOptions(budget) },
  });
}

/** Validates the payload against the queue's schema, so a producer can never enqueue what the worker would reject. */
export async function addJob<S extends z.ZodType>(
  queue: Queue<JobData<S>>,
  def: QueueDefinition<S>,
  data: JobData<S>,
  opts: JobsOptions = {},
): Promise<Job<JobData<S>>> {
  const parsed = def.schema.parse(data) as JobData<S>;
  return (await queue.add(def.name as never, parsed as never, opts)) as Job<
    JobData<S>
  >;
}

export type Processor<S extends z.ZodType> = (
  data: JobData<S>,
  job: Job<unknown>,
  token: string | undefined,
) => Promise<void>;

export function createWorker<S extends z.ZodType>(
  def: QueueDefinition<S>,
  processor: Processor<S>,
  connection: Redis,
  queuePrefix: string,
  options: Omit<WorkerOptions, 'connection' | 'prefix'> = {},
): Worker {
  return new Worker(
    def.name,
    async (job: Job<unknown>, token?: string) => {
      const parsed = def.schema.safeParse(job.data);
      if (!parsed.success) {
        throw new InvalidJobError(
          def.name,
          parsed.error.issues
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; '),
        );
      }
      try {
        await processor(parsed.data as JobData<S>, job, token);
      } catch (error) {
        // Waiting is not failing: the job comes back later with its attempts untouched. (A processor
        // that knows retrying cannot help throws BullMQ's UnrecoverableError, as InvalidJobError does.)
        if (error instanceof PostponeJobError)
          await postpone(job, token, error.delayMs);
        throw error;
      }
    },
    { ...options, connection, prefix: bullPrefix(queuePrefix), autorun: false },
  );
}
