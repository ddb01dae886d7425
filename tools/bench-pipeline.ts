// `npm run bench:pipeline`: end to end with TURN_DEBOUNCE_MS=0 and the demo salon: latency from the webhook's 200 to the reply at
// (fake) Chatwoot at a steady 50 messages/s, and turns/s of one agent-worker against a bare BullMQ worker measured in the same run.
import { randomUUID } from 'node:crypto';
import { startFakeChatwoot } from '@atrevete/chatwoot/testing';
import { createTestDatabase } from '@atrevete/db/testing';
import { freePort, startApp, waitForHealthy } from '@atrevete/e2e/testing';
import {
  BOT_TOKEN,
  type PipelineContext,
  WEBHOOK_SECRET,
  clockWorker,
  measureLatency,
  medianOf,
  preloadBaseline,
  preloadTurns,
} from './bench/pipeline-phases.js';
import {
  PG_SERVER_URL,
  REDIS_URL,
  builtApp,
  deleteRedisKeys,
  envInt,
  fmt,
  loadNote,
  machineNote,
  metricValue,
  percentile,
  requireBuiltApps,
  runBench,
  startAppWithFlags,
  startScript,
  stopProcess,
  verdict,
} from './bench/support.js';

// The target rate; BENCH_RATE changes it (e.g. 5 to see the latency of an idle pipeline).
const RATE = envInt('BENCH_RATE', 50, 1000);
const DURATION_S = envInt('BENCH_DURATION_S', 20, 600);
// The first seconds warm up the JIT, pools and scripts; their messages are answered but not counted.
const WARMUP_S = 2;
// Enough turns that start-up and the tail matter little even at the target rate.
const TURNS = envInt('BENCH_TURNS', 3000, 50_000);
// agent-worker's default WORKER_CONCURRENCY; the baseline gets the same.
const CONCURRENCY = envInt('BENCH_WORKER_CONCURRENCY', 10, 200);
// BENCH_CPU_PROFILE_DIR=<dir> writes a .cpuprofile of the agent-worker of (b) when it stops.
const PROFILE_DIR = process.env['BENCH_CPU_PROFILE_DIR'];

/** agent-worker's own measure of a turn (atrevete_turn_seconds: from job start to the outbox commit). */
const meanTurnMs = (metrics: string) =>
  fmt(
    (metricValue(metrics, 'atrevete_turn_seconds_sum') /
      metricValue(metrics, 'atrevete_turn_seconds_count')) *
      1000,
  );

runBench('bench-pipeline', 20 * 60_000, async (cleanup) => {
  const runId = randomUUID().slice(0, 8);
  const prefix = `bench-pipeline-${runId}`;
  const baselinePrefix = `bench-pipeline-baseline-${runId}`;
  console.log(`pipeline benchmark, ${new Date().toISOString()}`);
  console.log(machineNote());
  console.log(loadNote('at start'));
  requireBuiltApps('webhook-api', 'agent-worker');
  console.log(
    `setup: ${builtApp('webhook-api')}/main.js and ${builtApp('agent-worker')}/main.js (NODE_ENV=production, ` +
      `LOG_LEVEL=warn, TURN_DEBOUNCE_MS=0, WORKER_CONCURRENCY=${CONCURRENCY}), demo salon seeded, ` +
      `fake Chatwoot in this process, rules understander (no LLM)`,
  );

  const database = await createTestDatabase({ serverUrl: PG_SERVER_URL });
  cleanup.add('drop the database', () => database.drop());
  cleanup.add('delete the Redis keys', async () => {
    const deleted =
      (await deleteRedisKeys(prefix)) + (await deleteRedisKeys(baselinePrefix));
    console.log(`cleanup: ${deleted} Redis keys deleted, database dropped`);
  });
  const chatwoot = await startFakeChatwoot();
  cleanup.add('close the fake Chatwoot', () => chatwoot.close());

  const apiPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const api = startApp(builtApp('webhook-api'), {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: String(apiPort),
    METRICS_PORT: String(await freePort()),
    DATABASE_URL: database.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    CHATWOOT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    CHATWOOT_ACCOUNT_ID: '1',
    SEED_DEMO_SALON: 'true',
    TURN_DEBOUNCE_MS: '0',
  });
  cleanup.add('stop webhook-api', () => stopProcess(api));
  await waitForHealthy(`${apiUrl}/health`, api);

  const ctx: PipelineContext = {
    apiUrl,
    chatwoot,
    databaseUrl: database.url,
    queuePrefix: prefix,
    async startWorker(profile) {
      const healthPort = await freePort();
      const env = {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: database.url,
        REDIS_URL,
        QUEUE_PREFIX: prefix,
        HEALTH_PORT: String(healthPort),
        CHATWOOT_BASE_URL: chatwoot.url,
        CHATWOOT_API_TOKEN: BOT_TOKEN,
        CHATWOOT_ACCOUNT_ID: '1',
        TURN_DEBOUNCE_MS: '0',
        WORKER_CONCURRENCY: String(CONCURRENCY),
        // The preloaded backlog is not lost work: keep the sweeper from re-queueing it mid-run.
        SWEEP_GRACE_MS: '600000',
      };
      const process =
        profile && PROFILE_DIR
          ? startAppWithFlags(
              builtApp('agent-worker'),
              ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`],
              env,
            )
          : startApp(builtApp('agent-worker'), env);
      cleanup.add('stop agent-worker', () => stopProcess(process));
      return { process, metricsUrl: `http://127.0.0.1:${healthPort}/metrics` };
    },
    startBaseline(queuePrefix) {
      const process = startScript('tools/bench/turn-baseline-worker.ts', {
        DATABASE_URL: database.url,
        REDIS_URL,
        QUEUE_PREFIX: queuePrefix,
        CHATWOOT_BASE_URL: chatwoot.url,
        CHATWOOT_API_TOKEN: BOT_TOKEN,
        WORKER_CONCURRENCY: String(CONCURRENCY),
      });
      cleanup.add('stop the baseline worker', () => stopProcess(process));
      return process;
    },
  };

  // (a) Latency at a steady rate, one new conversation per message.
  const first = await ctx.startWorker(false);
  await waitForHealthy(
    first.metricsUrl.replace(/\/metrics$/, '/health'),
    first.process,
  );
  const latency = await measureLatency(ctx, first, RATE, WARMUP_S, DURATION_S);
  await stopProcess(first.process);
  const webhook = latency.sent.latenciesMs;
  const median = medianOf(latency.endToEndMs);
  console.log(
    `\n(a) latency: ${RATE} messages/s for ${DURATION_S} s (+${WARMUP_S} s warm-up, not counted), one new conversation each`,
  );
  console.log(
    `  webhook 200: p50 ${fmt(percentile(webhook, 0.5))} ms  p99 ${fmt(percentile(webhook, 0.99))} ms` +
      `   non-2xx ${latency.sent.non2xx}  errors ${latency.sent.errors}  not "queued" ${latency.notQueued}`,
  );
  console.log(
    `  200 -> reply at Chatwoot: median ${fmt(median)} ms  p99 ${fmt(percentile(latency.endToEndMs, 0.99))} ms` +
      `  max ${fmt(percentile(latency.endToEndMs, 1))} ms  over ${latency.endToEndMs.length} messages` +
      `  (target median < 25 ms: ${verdict(median < 25)})`,
  );
  console.log(
    `  replies ${latency.clock.at.size}/${latency.expected}${latency.allAnswered ? '' : ' (TIMED OUT)'}, ` +
      `duplicates ${latency.clock.duplicates}, unexpected ${latency.clock.unexpected}; ` +
      `agent-worker: mean turn (job start to outbox commit) ${meanTurnMs(latency.workerMetrics)} ms, ` +
      `CPU ${fmt(latency.workerCpuShare * 100, 0)}% of one core`,
  );

  // (b) Throughput: TURNS turns wait in the queue, then ONE worker starts; then the baseline on the same messages.
  const { conversations, waiting } = await preloadTurns(ctx, TURNS);
  let metricsUrl = '';
  const worker = await clockWorker(ctx, conversations, async () => {
    const started = await ctx.startWorker(true);
    metricsUrl = started.metricsUrl;
    return started.process;
  });
  const workerMetrics = await (await fetch(metricsUrl)).text();
  await stopProcess(worker.process);
  await preloadBaseline(ctx, baselinePrefix, conversations);
  const baseline = await clockWorker(ctx, conversations, async () =>
    ctx.startBaseline(baselinePrefix),
  );
  await stopProcess(baseline.process);

  const workerRate = worker.clock.rate();
  const baselineRate = baseline.clock.rate();
  const answered = (r: typeof worker) =>
    `replies ${r.clock.at.size}/${TURNS}${r.done ? '' : ' (TIMED OUT)'}, duplicates ${r.clock.duplicates}`;
  console.log(
    `\n(b) throughput: ${TURNS} turns in ${TURNS} conversations, preloaded through webhook-api ` +
      `(${waiting} turn jobs waiting), then one process started; rate between its first and last reply`,
  );
  console.log(
    `  agent-worker: ${fmt(workerRate)} turns/s  (target >= 300: ${verdict(workerRate >= 300)})   ${answered(worker)}` +
      `   CPU ${fmt(worker.cpuMsPerTurn, 2)} ms/turn   mean turn (job start to outbox commit) ${meanTurnMs(workerMetrics)} ms` +
      `   lock waits ${metricValue(workerMetrics, 'atrevete_lock_waits_total')}`,
  );
  console.log(
    `  baseline (bare BullMQ worker: 1 Postgres read + 1 insert + POST to Chatwoot): ${fmt(baselineRate)} jobs/s` +
      `   ${answered(baseline)}   CPU ${fmt(baseline.cpuMsPerTurn, 2)} ms/job`,
  );
  console.log(
    `  RATIO agent-worker / baseline: ${fmt(workerRate / baselineRate, 2)}x ` +
      `(the price of the graph, checkpoints, locks, outbox and reply queue); ` +
      `CPU per turn ${fmt(worker.cpuMsPerTurn / baseline.cpuMsPerTurn, 1)}x the baseline's`,
  );
  if (PROFILE_DIR)
    console.log(`  CPU profile of the agent-worker of (b): ${PROFILE_DIR}`);
  console.log(loadNote('at end'));
});
