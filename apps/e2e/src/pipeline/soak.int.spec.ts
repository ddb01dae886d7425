// Soak: 1,000 messages over 100 conversations while agent-workers are killed (at random and right after a send), Redis restarts empty and Postgres is cut off → none lost, none twice, order kept.
import { deliveredOnce, formatReport } from '../support/delivery.js';
import { Pipeline, type Message, type Worker } from '../support/pipeline.js';
import { type RedisServer, startRedisServer } from '../support/redis-server.js';
import { startPostgresProxy } from '../support/tcp-proxy.js';
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

type Fault = { at: number } &
  /** SIGKILL now; `afterPost`: its replacement kills itself right after its first send to Chatwoot. */
  (| { kind: 'kill-worker'; worker: number; afterPost: boolean }
    | { kind: 'restart-redis'; downMs: number }
    | { kind: 'cut-postgres'; downMs: number }
  );

describe('soak', () => {
  const rand = random(SEED);
  let redis: RedisServer;
  let postgres: Awaited<ReturnType<typeof startPostgresProxy>>;
  let pipeline: Pipeline;
  const workers: Worker[] = [];
  /** Workers armed to die right after a send, and their replacements. */
  const afterPostKills: Array<Promise<void>> = [];

  const workerEnv = {
    SWEEP_INTERVAL_MS: '500',
    SWEEP_GRACE_MS: '2000',
    LOCK_TTL_MS: '2000',
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    postgres = await startPostgresProxy();
    pipeline = await Pipeline.start({
      redisUrl: redis.url,
      // Both apps reach Postgres through a proxy the test cuts off; the test's own reads do not.
      apiDatabaseUrl: (url) => postgres.through(url),
      workerDatabaseUrl: (url) => postgres.through(url),
      api: { TURN_DEBOUNCE_MS: '100' },
      worker: workerEnv,
    });
    for (let i = 0; i < WORKERS; i++)
      workers.push(await pipeline.startWorker());
  });

  afterAll(async () => {
    await pipeline?.close();
    await redis?.stop();
    await postgres?.close();
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
        afterPost: share === 0.35,
      })),
      {
        at: 0.45 * SEND_MS,
        kind: 'restart-redis',
        downMs: 1000 + rand() * 1000,
      },
      { at: 0.7 * SEND_MS, kind: 'cut-postgres', downMs: 1500 + rand() * 1000 },
    ];

    const outcomes = new Map<string, number>();
    const faultsDone = injectFaults(faults, started);
    await sendAll(messages, started, outcomes);
    await faultsDone;
    await Promise.all(afterPostKills);

    await pipeline.waitUntilAnswered(messages, 90_000);
    // Long enough for a sweep, a lock expiry and a stalled job's recovery: a late duplicate would show.
    await sleep(5000);
    const report = await pipeline.report(messages);
    console.log(
      `soak seed=${SEED} ${formatReport(report)} webhooks=${JSON.stringify(Object.fromEntries(outcomes))} ` +
        `workerKills=${faults.filter((f) => f.kind === 'kill-worker').length} ` +
        `redisRestarts=${faults.filter((f) => f.kind === 'restart-redis').length} ` +
        `postgresCuts=${faults.filter((f) => f.kind === 'cut-postgres').length} durationMs=${Date.now() - started}`,
    );

    // Every delivery was acknowledged: recorded in the ledger, or carried while Redis or Postgres
    // lagged; or, when neither could take it, refused with the 500 that Chatwoot retries (sendAll does).
    expect(
      [...outcomes.keys()].filter(
        (k) => !/^200 (queued|recorded|carried)$|^500 /.test(k),
      ),
    ).toEqual([]);
    // A kill between a post and its record is no excuse for a second copy: the echo records the post.
    expect(report).toMatchObject(deliveredOnce(MESSAGES));
    expect(report.replies).toBe(report.turns);
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
          // An agent bot's delivery answered 500 is retried by Chatwoot: every 3 s, 3 attempts in all.
          for (let attempt = 1; attempt <= 3; attempt++) {
            const answer = await pipeline.send(message);
            const key = `${answer.status} ${answer.body.status ?? answer.body.error}`;
            outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
            if (answer.status !== 500) break;
            await sleep(3000);
          }
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
        if (!fault.afterPost) {
          workers[fault.worker] = await pipeline.startWorker();
          continue;
        }
        // It may post (and die) before it has even answered its health check.
        const armed = pipeline.startWorker({ FAULT_POINT: 'after-post' }).then(
          (worker) => worker.exited,
          (error: Error) => {
            if (!error.message.startsWith('app exited (SIGKILL)')) throw error;
            return 'SIGKILL';
          },
        );
        afterPostKills.push(
          armed.then(async (how) => {
            expect(how).toBe('SIGKILL');
            workers[fault.worker] = await pipeline.startWorker();
          }),
        );
      } else if (fault.kind === 'restart-redis') {
        await redis.stop();
        await sleep(fault.downMs);
        await redis.start();
      } else {
        postgres.setMode('refuse');
        await sleep(fault.downMs);
        postgres.setMode('forward');
      }
    }
  }
});
