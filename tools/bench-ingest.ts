// `npm run bench:ingest`: webhook-api's throughput and latency under concurrent signed webhooks, against a bare Express + BullMQ baseline measured in the same run.
import { randomUUID } from 'node:crypto';
import autocannon, { type Result } from 'autocannon';
import postgres from 'postgres';
import { signWebhook } from '@atrevete/chatwoot/testing';
import { createTestDatabase } from '@atrevete/db/testing';
import { incomingMessageEvent } from '@atrevete/schema/testing';
import { freePort, startApp, waitForHealthy } from '@atrevete/e2e/testing';
import {
  type BenchProcess,
  CUSTOMER_TEXTS,
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
  processCpuMs,
  requireBuiltApps,
  runBench,
  sleep,
  startAppWithFlags,
  startScript,
  stopProcess,
  verdict,
} from './bench/support.js';
import { type PacedResult, pacedLoad } from './bench/paced.js';

// 50 connections: Chatwoot posts each webhook as its own request from its Sidekiq threads, so
// tens of deliveries in flight is a busy deployment. Throughput is flat from 10 to 100
// connections on this machine (webhook-api about 1,400 req/s at 10, 50 and 100), only latency
// grows with the queue in front of one Node process (Little's law), so 50 measures capacity and
// the paced run below measures latency. 20 s gives about 20 one-second samples.
const CONNECTIONS = envInt('BENCH_CONNECTIONS', 50, 1000);
const DURATION_S = envInt('BENCH_DURATION_S', 20, 600);
// JIT, connection pools and Redis scripts warm up before anything is measured.
const WARMUP_S = 3;
// The paced run (open loop) offers half of webhook-api's saturated throughput: a heavily loaded but not
// overloaded server, where p99 says how the app behaves rather than how long the queue is.
const PACED_DURATION_S = Math.max(5, Math.round(DURATION_S / 2));
// Unique message ids spread over this many conversations, so the per-conversation debounce
// (a delayed turn job rescheduled by each new message) is exercised as in production.
const CONVERSATIONS = 5_000;
const DEBOUNCE_MS = 2000;
const SECRET = 'bench-webhook-secret';

let nextMessageId = 1;
function nextWebhookBody(): string {
  const id = nextMessageId++;
  return JSON.stringify(
    incomingMessageEvent({
      messageId: id,
      conversationId: 100_000 + (id % CONVERSATIONS),
      content: CUSTOMER_TEXTS[id % CUSTOMER_TEXTS.length],
    }),
  );
}

function signedRequest() {
  const body = nextWebhookBody();
  return {
    headers: {
      'content-type': 'application/json',
      ...signWebhook(SECRET, body),
    },
    body,
  };
}

/** Closed loop: CONNECTIONS requests always in flight, as fast as the server answers. */
function saturate(url: string, seconds: number): Promise<Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/webhooks/chatwoot',
        setupRequest: (request) => ({ ...request, ...signedRequest() }),
      },
    ],
  });
}

/** Open loop at a steady rate. */
function pace(url: string, rate: number): Promise<PacedResult> {
  return pacedLoad({
    url: `${url}/webhooks/chatwoot`,
    rate,
    durationS: PACED_DURATION_S,
    request: signedRequest,
  });
}

const throughput = (r: Result) => r['2xx'] / r.duration;

function line(label: string, r: Result): string {
  return (
    `  ${label.padEnd(30)} ${fmt(throughput(r), 0).padStart(6)} req/s (2xx)` +
    `   p50 ${fmt(r.latency.p50)} ms   p99 ${fmt(r.latency.p99)} ms   max ${fmt(r.latency.max)} ms` +
    `   non-2xx ${r.non2xx}   errors ${r.errors} (timeouts ${r.timeouts})`
  );
}

function pacedLine(label: string, r: PacedResult): string {
  const l = r.latenciesMs;
  return (
    `  ${label.padEnd(30)} ${fmt(r.ok / r.durationS, 0).padStart(6)} req/s (2xx)` +
    `   p50 ${fmt(percentile(l, 0.5))} ms   p99 ${fmt(percentile(l, 0.99))} ms   max ${fmt(percentile(l, 1))} ms` +
    `   non-2xx ${r.non2xx}   errors ${r.errors}`
  );
}

runBench('bench-ingest', 10 * 60_000, async (cleanup) => {
  const runId = randomUUID().slice(0, 8);
  const apiPrefix = `bench-ingest-${runId}`;
  const baselinePrefix = `bench-ingest-baseline-${runId}`;
  console.log(`ingest benchmark, ${new Date().toISOString()}`);
  console.log(machineNote());
  console.log(loadNote('at start'));
  requireBuiltApps('webhook-api');

  const database = await createTestDatabase({ serverUrl: PG_SERVER_URL });
  cleanup.add('drop the database', () => database.drop());
  cleanup.add('delete the Redis keys', async () => {
    const deleted =
      (await deleteRedisKeys(apiPrefix)) +
      (await deleteRedisKeys(baselinePrefix));
    console.log(`cleanup: ${deleted} Redis keys deleted, database dropped`);
  });

  const apiPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const metricsPort = await freePort();
  const apiEnv = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: String(apiPort),
    METRICS_PORT: String(metricsPort),
    DATABASE_URL: database.url,
    REDIS_URL,
    QUEUE_PREFIX: apiPrefix,
    CHATWOOT_WEBHOOK_SECRET: SECRET,
    CHATWOOT_ACCOUNT_ID: '1',
    SEED_DEMO_SALON: 'true',
    TURN_DEBOUNCE_MS: String(DEBOUNCE_MS),
  };
  // BENCH_CPU_PROFILE_DIR=<dir> writes a .cpuprofile of webhook-api when it stops (open it in Chrome DevTools).
  const profileDir = process.env['BENCH_CPU_PROFILE_DIR'];
  const api = profileDir
    ? startAppWithFlags(
        builtApp('webhook-api'),
        ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
        apiEnv,
      )
    : startApp(builtApp('webhook-api'), apiEnv);
  cleanup.add('stop webhook-api', () => stopProcess(api));
  await waitForHealthy(`${apiUrl}/health`, api);

  const baselinePort = await freePort();
  const baselineUrl = `http://127.0.0.1:${baselinePort}`;
  const baseline = startScript('tools/bench/ingest-baseline-server.ts', {
    PORT: String(baselinePort),
    REDIS_URL,
    QUEUE_PREFIX: baselinePrefix,
  });
  cleanup.add('stop the baseline', () => stopProcess(baseline));
  await waitForHealthy(`${baselineUrl}/health`, baseline);

  console.log(
    `setup: webhook-api = ${builtApp('webhook-api')}/main.js (NODE_ENV=production, LOG_LEVEL=warn, ` +
      `TURN_DEBOUNCE_MS=${DEBOUNCE_MS}, HMAC-signed bodies of ${nextWebhookBody().length} bytes, unique message ids ` +
      `over ${CONVERSATIONS} conversations); baseline = bare Express 5 + express.json + Queue.add on the same Redis, ` +
      `its own process; no worker consumes either queue`,
  );

  /** A saturation run, and the server's CPU time per answered request during it. */
  const measure = async (url: string, server: BenchProcess) => {
    await saturate(url, WARMUP_S);
    const cpuBefore = processCpuMs(server.child.pid);
    const result = await saturate(url, DURATION_S);
    const cpuUs =
      ((processCpuMs(server.child.pid) - cpuBefore) / result['2xx']) * 1000;
    return { result, cpuUs };
  };
  const { result: baselineSaturated, cpuUs: baselineCpuUs } = await measure(
    baselineUrl,
    baseline,
  );
  const { result: apiSaturated, cpuUs: apiCpuUs } = await measure(apiUrl, api);

  const rate = Math.max(1, Math.round(throughput(apiSaturated) / 2));
  const baselinePaced = await pace(baselineUrl, rate);
  const apiPaced = await pace(apiUrl, rate);
  const apiPacedP99 = percentile(apiPaced.latenciesMs, 0.99);

  const ratio = throughput(apiSaturated) / throughput(baselineSaturated);
  console.log(
    `\nsaturation: ${CONNECTIONS} connections, ${DURATION_S} s each (after ${WARMUP_S} s of warm-up)`,
  );
  console.log(line('baseline (Express + BullMQ)', baselineSaturated));
  console.log(line('webhook-api', apiSaturated));
  console.log(
    `  server CPU per request: baseline ${fmt(baselineCpuUs, 0)} µs, webhook-api ${fmt(apiCpuUs, 0)} µs ` +
      `(Postgres and Redis time is on top, in their own processes)`,
  );
  console.log(
    `  RATIO webhook-api / baseline throughput: ${fmt(ratio, 2)}x  (target >= 0.5x: ${verdict(ratio >= 0.5)})`,
  );
  console.log(
    `  webhook-api p99 at saturation: ${fmt(apiSaturated.latency.p99)} ms  (target < 50 ms: ${verdict(apiSaturated.latency.p99 < 50)}; ` +
      `with ${CONNECTIONS} requests always in flight, mean latency = ${CONNECTIONS} / throughput)`,
  );
  console.log(
    `\npaced (open loop): ${rate} req/s offered to each, half of webhook-api's saturated throughput, ${PACED_DURATION_S} s; ` +
      `latency from the scheduled send time`,
  );
  console.log(pacedLine('baseline (Express + BullMQ)', baselinePaced));
  console.log(pacedLine('webhook-api', apiPaced));
  console.log(
    `  webhook-api p99 at ${rate} req/s: ${fmt(apiPacedP99)} ms  (target < 50 ms: ${verdict(apiPacedP99 < 50)})`,
  );

  // Every 2xx must be a message kept: in the ledger, or carried whole in the queue. Requests cut
  // off when a run ended are still being handled for a moment: let them finish first.
  await sleep(1000);
  const metrics = await (
    await fetch(`http://127.0.0.1:${metricsPort}/metrics`)
  ).text();
  const outcome = (o: string) =>
    metricValue(metrics, 'atrevete_webhooks_total', { outcome: o });
  const sql = postgres(database.url, { max: 1, onnotice: () => undefined });
  const [{ count }] = await sql<[{ count: number }]>`
    select count(*)::int as count from inbound_messages`.finally(() =>
    sql.end(),
  );
  console.log(
    `\nwebhook-api outcomes over all its runs: queued ${outcome('queued')}, carried ${outcome('carried')}, ` +
      `recorded ${outcome('recorded')}, duplicate ${outcome('duplicate')}, rejected ${outcome('rejected')}, ` +
      `failed ${outcome('failed')}; ledger rows ${count}`,
  );
  if (profileDir)
    console.log(
      `CPU profile of webhook-api (written when it stops): ${profileDir}`,
    );
  console.log(loadNote('at end'));
});
