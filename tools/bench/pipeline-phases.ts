// The measurements of `npm run bench:pipeline`: latency at a steady rate, and turns/s of one agent-worker or of the bare baseline worker.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { signWebhook, type FakeChatwoot } from '@atrevete/chatwoot/testing';
import { incomingMessageEvent } from '@atrevete/schema/testing';
import { type PacedResult, pacedLoad } from './paced.js';
import { ReplyClock } from './reply-clock.js';
import {
  type BenchProcess,
  CUSTOMER_TEXTS,
  REDIS_URL,
  percentile,
  processCpuMs,
  sleep,
} from './support.js';

export const WEBHOOK_SECRET = 'bench-webhook-secret';
export const BOT_TOKEN = 'bench-bot-token';
// Messages are preloaded this fast through webhook-api (well under its capacity, so none is carried).
const PRELOAD_RATE = 500;

export interface RunningWorker {
  process: BenchProcess;
  metricsUrl: string;
}

export interface PipelineContext {
  apiUrl: string;
  chatwoot: FakeChatwoot;
  databaseUrl: string;
  queuePrefix: string;
  /** Starts an agent-worker (and registers its cleanup); `profile` asks for a CPU profile. */
  startWorker(profile: boolean): Promise<RunningWorker>;
  /** Starts the baseline worker on its own queue prefix. */
  startBaseline(queuePrefix: string): BenchProcess;
}

function signedMessage(messageId: number, conversationId: number) {
  const body = JSON.stringify(
    incomingMessageEvent({
      messageId,
      conversationId,
      accountId: 1,
      content: CUSTOMER_TEXTS[messageId % CUSTOMER_TEXTS.length],
    }),
  );
  return {
    headers: {
      'content-type': 'application/json',
      ...signWebhook(WEBHOOK_SECRET, body),
    },
    body,
  };
}

const range = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => from + i);

export interface LatencyResult {
  sent: PacedResult;
  notQueued: number;
  /** From the webhook's 200 to the reply at Chatwoot, warm-up excluded. */
  endToEndMs: number[];
  clock: ReplyClock;
  expected: number;
  allAnswered: boolean;
  /** agent-worker's CPU over the phase, as a share of one core. */
  workerCpuShare: number;
  workerMetrics: string;
}

/** Sends `rate` messages/s for warm-up + duration, each in a new conversation, and times every reply. */
export async function measureLatency(
  ctx: PipelineContext,
  worker: RunningWorker,
  rate: number,
  warmupS: number,
  durationS: number,
): Promise<LatencyResult> {
  const conversations = range(200_000, rate * (warmupS + durationS));
  const clock = new ReplyClock(conversations);
  ctx.chatwoot.onReply = clock.record;
  const acceptedAt = new Map<number, number>();
  let notQueued = 0;
  const cpuStart = processCpuMs(worker.process.child.pid);
  const started = performance.now();
  const sent = await pacedLoad({
    url: `${ctx.apiUrl}/webhooks/chatwoot`,
    rate,
    durationS: warmupS + durationS,
    request: (i) => signedMessage(1_000_000 + i, conversations[i]),
    onResponse: (i, status, body, _due, done) => {
      if (status === 200) acceptedAt.set(conversations[i], done);
      if (!body.includes('"queued"')) notQueued += 1;
    },
  });
  const allAnswered = await clock.waitForAll(60_000);
  const workerCpuShare =
    (processCpuMs(worker.process.child.pid) - cpuStart) /
    (performance.now() - started);
  if (!allAnswered)
    console.error(
      `agent-worker output:\n${worker.process.output().slice(-4000)}`,
    );
  const endToEndMs: number[] = [];
  for (const conversation of conversations.slice(rate * warmupS)) {
    const accepted = acceptedAt.get(conversation);
    const replied = clock.at.get(conversation);
    if (accepted !== undefined && replied !== undefined)
      endToEndMs.push(replied - accepted);
  }
  const workerMetrics = await (await fetch(worker.metricsUrl)).text();
  return {
    sent,
    notQueued,
    endToEndMs,
    clock,
    expected: conversations.length,
    allAnswered,
    workerCpuShare,
    workerMetrics,
  };
}

export const medianOf = (samples: number[]) => percentile(samples, 0.5);

/** `count` messages in as many conversations, recorded through webhook-api while no worker runs. */
export async function preloadTurns(
  ctx: PipelineContext,
  count: number,
): Promise<{ conversations: number[]; waiting: number }> {
  const conversations = range(300_000, count);
  const preloaded = await pacedLoad({
    url: `${ctx.apiUrl}/webhooks/chatwoot`,
    rate: PRELOAD_RATE,
    durationS: count / PRELOAD_RATE,
    request: (i) => signedMessage(2_000_000 + i, conversations[i]),
  });
  if (preloaded.ok !== count)
    throw new Error(
      `preload: ${preloaded.ok} of ${count} accepted (${preloaded.non2xx} non-2xx, ${preloaded.errors} errors)`,
    );
  const waiting = await withQueue(
    ctx.queuePrefix,
    'turns',
    async (queue) => (await queue.getJobCounts('waiting'))['waiting'],
  );
  return { conversations, waiting };
}

export interface ThroughputResult {
  /** Still running: the caller reads what it needs from it, then stops it. */
  process: BenchProcess;
  clock: ReplyClock;
  done: boolean;
  /** CPU time of the worker process per reply, between its first and last reply. */
  cpuMsPerTurn: number;
}

/** Starts a worker on a preloaded queue and clocks its replies; start-up is excluded (first to last reply). */
export async function clockWorker(
  ctx: PipelineContext,
  conversations: number[],
  start: () => Promise<BenchProcess>,
): Promise<ThroughputResult> {
  const clock = new ReplyClock(conversations);
  ctx.chatwoot.onReply = clock.record;
  const process = await start();
  const pid = process.child.pid;
  let cpuAtFirst = Number.NaN;
  clock.onFirst = () => {
    cpuAtFirst = processCpuMs(pid);
  };
  const done = await clock.waitForAll(conversations.length * 100 + 60_000);
  const cpuMsPerTurn =
    (processCpuMs(pid) - cpuAtFirst) / Math.max(1, clock.at.size - 1);
  if (!done) console.error(`worker output:\n${process.output().slice(-4000)}`);
  await sleep(1000); // anything sent twice would arrive now
  return { process, clock, done, cpuMsPerTurn };
}

/** Queues the preloaded messages again as baseline jobs, for the baseline worker to answer. */
export async function preloadBaseline(
  ctx: PipelineContext,
  queuePrefix: string,
  conversations: number[],
): Promise<void> {
  const sql = postgres(ctx.databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    await sql`create table if not exists bench_baseline_replies (id bigserial primary key, message_id bigint not null, content text not null)`;
  } finally {
    await sql.end();
  }
  await withQueue(queuePrefix, 'baseline-turns', async (queue) => {
    for (let i = 0; i < conversations.length; i += 500) {
      await queue.addBulk(
        conversations.slice(i, i + 500).map((conversationId, j) => ({
          name: 'turn',
          data: { accountId: 1, conversationId, messageId: 2_000_000 + i + j },
          opts: { removeOnComplete: true },
        })),
      );
    }
  });
}

async function withQueue<T>(
  queuePrefix: string,
  name: string,
  use: (queue: Queue) => Promise<T>,
): Promise<T> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const queue = new Queue(name, {
    connection: redis,
    prefix: `{${queuePrefix}}`,
  });
  try {
    return await use(queue);
  } finally {
    await queue.close();
    redis.disconnect();
  }
}
