// Shared by the hand-run benchmarks (tools/bench-*.ts): loopback-only services, child processes, cleanup on exit or error, percentiles.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { type AppProcess, appDist, spawnNode } from '@atrevete/e2e/testing';

/** A process a benchmark started: the same handle as the e2e tests'. */
export type BenchProcess = AppProcess;

/** Every benchmark talks to the local services only: these are not read from the environment on purpose. */
export const PG_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = 'redis://127.0.0.1:6379';
export const WORKSPACE_ROOT = path.resolve(import.meta.dirname, '../..');

export type AppName = 'webhook-api' | 'agent-worker';

/**
 * The built app a benchmark runs: this checkout's, or the one under BENCH_APPS_ROOT (another
 * checkout, e.g. a clean build of a given commit while this working tree is being changed).
 */
export function builtApp(app: AppName): string {
  const root = process.env['BENCH_APPS_ROOT'];
  return root
    ? path.join(path.resolve(root), 'apps', app, 'dist')
    : appDist(app);
}

/** The benchmarks run the built apps, as production does. */
export function requireBuiltApps(...apps: AppName[]): void {
  for (const dist of apps.map(builtApp)) {
    if (!existsSync(path.join(dist, 'main.js')))
      throw new Error(
        `${dist}/main.js is missing: build first (NX_DAEMON=false npx nx run-many -t build)`,
      );
  }
}

/** A positive integer from the environment (to shorten or lengthen a run), bounded so no loop runs away. */
export function envInt(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new Error(`${name} must be an integer from 1 to ${max}`);
  return value;
}

export function machineNote(): string {
  const cpus = os.cpus();
  return (
    `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `node ${process.version}; the load generator, the apps, Postgres and Redis all share these cores, ` +
    `so absolute numbers are lower than on a production host and ratios are the meaningful part`
  );
}

/** What customers write to a salon on WhatsApp: greetings, prices, hours, address, the list, a booking the bot does not do yet. */
export const CUSTOMER_TEXTS = [
  'hola',
  '¿cuánto cuesta el tinte?',
  '¿qué horario tenéis?',
  'cuanto vale un corte de pelo',
  '¿dónde estáis?',
  '¿qué servicios tenéis?',
  'buenas tardes, ¿abrís el sábado?',
  'quería pedir cita para mañana',
];

/** Other work on the machine skews every number: print this at the start and the end of a run. */
export function loadNote(when: string): string {
  const [one, five] = os.loadavg();
  return `load average ${when}: ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min) on ${os.cpus().length} cores`;
}

/**
 * CPU time (user + system) a process has used so far, from /proc (Linux; NaN elsewhere). On a
 * shared machine the CPU cost of one request or turn is steadier than its throughput.
 */
export function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15) are in clock ticks of 10 ms (CLK_TCK = 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

export const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile of unsorted samples (q in 0..1). */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil(q * sorted.length) - 1),
  );
  return sorted[rank];
}

export const fmt = (n: number, digits = 1) =>
  Number.isFinite(n) ? n.toFixed(digits) : 'n/a';

export const verdict = (ok: boolean) => (ok ? 'MET' : 'MISSED');

/** Cleanup steps run last-in first-out, each bounded in time, whatever failed before. */
export class Cleanup {
  private readonly steps: Array<{
    name: string;
    run: () => Promise<unknown>;
  }> = [];

  add(name: string, run: () => Promise<unknown>): void {
    this.steps.push({ name, run });
  }

  async runAll(): Promise<void> {
    while (this.steps.length > 0) {
      const step = this.steps.pop();
      if (!step) break;
      try {
        await withTimeout(step.run(), 20_000, step.name);
      } catch (error) {
        console.error(
          `cleanup "${step.name}" failed: ${(error as Error).message}`,
        );
      }
    }
  }
}

export async function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no result within ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs a benchmark: cleans up on success, error, Ctrl-C or SIGTERM, and stops it after
 * `hardLimitMs` whatever happens, so an unattended run always ends and leaves nothing behind.
 */
export function runBench(
  name: string,
  hardLimitMs: number,
  body: (cleanup: Cleanup) => Promise<void>,
): void {
  const cleanup = new Cleanup();
  let finishing = false;
  const finish = async (code: number) => {
    if (finishing) return;
    finishing = true;
    await cleanup.runAll();
    process.exit(code);
  };
  process.on('SIGINT', () => void finish(130));
  process.on('SIGTERM', () => void finish(143));
  setTimeout(() => {
    console.error(`${name}: still running after ${hardLimitMs} ms; stopping`);
    void finish(1);
  }, hardLimitMs).unref();
  body(cleanup).then(
    () => finish(0),
    (error: unknown) => {
      console.error(`${name} failed: ${(error as Error)?.stack ?? error}`);
      return finish(1);
    },
  );
}

/** SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
export async function stopProcess(
  app: BenchProcess,
  graceMs = 15_000,
): Promise<number | string> {
  const stopped = app.stop('SIGTERM');
  try {
    return await withTimeout(stopped, graceMs, 'stop');
  } catch {
    app.child.kill('SIGKILL');
    return stopped;
  }
}

/** Starts one of the benchmark's own TypeScript helpers (tools/bench/*.ts) as a process, like startApp does for the apps. */
export function startScript(
  file: string,
  env: Record<string, string>,
): BenchProcess {
  return spawnNode(
    ['--import', 'tsx', path.join(WORKSPACE_ROOT, file)],
    WORKSPACE_ROOT,
    { NODE_ENV: 'production', ...env },
  );
}

/** startApp with Node flags (e.g. --cpu-prof, which NODE_OPTIONS does not accept). */
export function startAppWithFlags(
  cwd: string,
  flags: string[],
  env: Record<string, string>,
): BenchProcess {
  return spawnNode([...flags, 'main.js'], cwd, env);
}

/** Deletes every Redis key of a benchmark's prefix (queues, locks, checkpoints); bounded in rounds. */
export async function deleteRedisKeys(prefix: string): Promise<number> {
  if (!/^bench-[a-z0-9-]+$/.test(prefix))
    throw new Error(`refusing to delete keys of prefix ${prefix}`);
  const redis = new Redis(REDIS_URL, {
    maxRetriesPerRequest: 1,
    lazyConnect: true,
  });
  await redis.connect();
  let deleted = 0;
  try {
    // BullMQ keys are "{prefix}:…", checkpoint keys "{prefix:thread}:…": both start with "{prefix".
    let cursor = '0';
    for (let round = 0; round < 100_000; round += 1) {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `{${prefix}*`,
        'COUNT',
        1000,
      );
      if (keys.length > 0) deleted += await redis.unlink(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/** Reads one sample of a Prometheus text exposition, summed over the series that match all `labels`. */
export function metricValue(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const matches = Object.entries(labels).every(([k, v]) =>
      line.includes(`${k}="${v}"`),
    );
    if (matches) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}
