// Soak: 1,000 messages over 100 conversations while agent-workers are killed with SIGKILL and Redis restarts empty → none lost, none twice, order kept.
import { formatReport } from '../support/delivery.js';
import { Pipeline, type Message, type Worker } from '../support/pipeline.js';
import { type RedisServer, startRedisServer } from '../support/redis-server.js';
import { sleep } from '../support/wait.js';

const SEED = 20261126;
const MESSAGES = 1000;
const CONVERSATIONS = 100;
const WORKERS = 3;
/** Sending paced over this long, so that the faults land while messages arrive. */
const SEND_MS = 20_000;
/** Webhook deliveries in flight at once (each conversation's own deliveries stay one at a time, in order). */
const IN_FLIGHT = 16;
const CONTENTS = [
  'hola',
  '¿cuánto cuesta el tinte?',
  '¿a qué hora abrís el sábado?',
  '¿cuánto cuesta un corte?',
  'gracias',
  'quería pedir cita',
];

/** mulberry32: a tiny seeded PRNG, so that a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Fault = { at: number } & (
  | { kind: 'kill-worker'; worker: number }
  | { kind: 'restart-redis'; downMs: number }
);

describe('soak', () => {
  const rand = random(SEED);
  let redis: RedisServer;
  let pipeline: Pipeline;
  const workers: Worker[] = [];

  const workerEnv = {
    SWEEP_INTERVAL_MS: '500',
    SWEEP_GRACE_MS: '2000',
    LOCK_TTL_MS: '2000',
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    pipeline = await Pipeline.start({
      redisUrl: redis.url,
      api: { TURN_DEBOUNCE_MS: '100' },
      worker: workerEnv,
    });
    for (let i = 0; i < WORKERS; i++)
      workers.push(await pipeline.startWorker());
  });

  afterAll(async () => {
    await pipeline?.close();
    await redis?.stop();
  });

  it(`answers ${MESSAGES} messages over ${CONVERSATIONS} conversations once each, in order, through worker kills and a Redis restart`, async () => {
    const started = Date.now();
    const messages: Message[] = Array.from({ length: MESSAGES }, (_, i) => ({
      messageId: 100_000 + i,
      conversationId: 1000 + Math.floor(rand() * CONVERSATIONS),
      content: CONTENTS[Math.floor(rand() * CONTENTS.length)],
    }));
    const faults: Fault[] = [
      ...[0.15, 0.35, 0.6, 0.8].map((share) => ({
        at: share * SEND_MS + rand() * 1000,
        kind: 'kill-worker' as const,
        worker: Math.floor(rand() * WORKERS),
      })),
      {
        at: 0.45 * SEND_MS,
        kind: 'restart-redis',
        downMs: 1000 + rand() * 1000,
      },
    ];

    const outcomes = new Map<string, number>();
    const faultsDone = injectFaults(faults, started);
    await sendAll(messages, started, outcomes);
    await faultsDone;

    await pipeline.waitUntilAnswered(messages, 90_000);
    // Long enough for a sweep, a lock expiry and a stalled job's recovery: a late duplicate would show.
    await sleep(5000);
    const report = await pipeline.report(messages);
    console.log(
      `soak seed=${SEED} ${formatReport(report)} webhooks=${JSON.stringify(Object.fromEntries(outcomes))} ` +
        `workerKills=${faults.filter((f) => f.kind === 'kill-worker').length} ` +
        `redisRestarts=${faults.filter((f) => f.kind === 'restart-redis').length} durationMs=${Date.now() - started}`,
    );

    // Every delivery was acknowledged: recorded in the ledger, or carried while Redis or Postgres lagged.
    expect(
      [...outcomes.keys()].filter(
        (k) => !/^200 (queued|recorded|carried)$/.test(k),
      ),
    ).toEqual([]);
    expect(report).toMatchObject({
      sent: MESSAGES,
      answered: MESSAGES,
      lost: 0,
      answeredTwice: 0,
      duplicated: 0,
      undelivered: 0,
      unsent: 0,
      outOfOrder: [],
    });
    // A kill can land between a post and its record: those, and only those, may show twice.
    expect(report.replies).toBe(report.turns + report.atLeastOnce);
  }, 170_000);

  /** Delivers the messages paced over SEND_MS, IN_FLIGHT at a time, each conversation's in order. */
  async function sendAll(
    messages: Message[],
    started: number,
    outcomes: Map<string, number>,
  ): Promise<void> {
    const tails = new Map<number, Promise<void>>();
    let inFlight = 0;
    const slots: Array<() => void> = [];
    const sends = messages.map(async (message, i) => {
      await sleep(Math.max(0, started + (i * SEND_MS) / MESSAGES - Date.now()));
      const previous = tails.get(message.conversationId) ?? Promise.resolve();
      const mine = previous.then(async () => {
        if (inFlight >= IN_FLIGHT)
          await new Promise<void>((r) => slots.push(r));
        inFlight += 1;
        try {
          const answer = await pipeline.send(message);
          const key = `${answer.status} ${answer.body.status ?? answer.body.error}`;
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        } finally {
          inFlight -= 1;
          slots.shift()?.();
        }
      });
      tails.set(message.conversationId, mine);
      await mine;
    });
    await Promise.all(sends);
  }

  async function injectFaults(faults: Fault[], started: number) {
    for (const fault of [...faults].sort((a, b) => a.at - b.at)) {
      await sleep(Math.max(0, started + fault.at - Date.now()));
      if (fault.kind === 'kill-worker') {
        const victim = workers[fault.worker];
        victim.child.kill('SIGKILL');
        await victim.exited;
        await sleep(300);
        workers[fault.worker] = await pipeline.startWorker();
      } else {
        await redis.stop();
        await sleep(fault.downMs);
        await redis.start();
      }
    }
  }
});
