// `npm run bench:agenda`: p95 of the console's day agenda (6 stylists, 120 appointments) over HTTP, against a bare query of the same rows, in the same run.
import postgres from 'postgres';
import {
  envInt,
  fmt,
  machineNote,
  percentile,
  runBench,
  verdict,
} from './bench/support.js';
import { BUSY_DAY, startBusyConsole } from './bench/console-salon.js';
import { appDist } from '@atrevete/e2e/testing';
import { existsSync } from 'node:fs';
import path from 'node:path';

const REQUESTS = envInt('BENCH_REQUESTS', 400, 20_000);
const ROUNDS = 3;
const WARMUP = 50;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

runBench('bench:agenda', 10 * 60_000, async (cleanup) => {
  if (!existsSync(path.join(appDist('console'), 'main.js')))
    throw new Error(
      'apps/console/dist/main.js is missing: npx nx run @atrevete/console:build',
    );
  const salon = await startBusyConsole(cleanup);
  const sql = postgres(salon.database.url, {
    max: 2,
    onnotice: () => undefined,
  });
  cleanup.add('close the baseline pool', () => sql.end({ timeout: 1 }));

  const agenda = async () => {
    const response = await fetch(
      `${salon.url}/api/agenda?date=${BUSY_DAY}&view=day`,
      {
        headers: { cookie: salon.cookie },
      },
    );
    if (response.status !== 200)
      throw new Error(`agenda answered ${response.status}`);
    return response.json();
  };
  // The same rows, read the plainest way: the day's appointments with customer and services.
  const bareQuery = () => sql`
    SELECT a.id, a.stylist_id, a.start_at, a.end_at, a.status, a.price_cents, a.updated_at,
           c.name, c.phone,
           (SELECT array_agg(s.name ORDER BY aps.position)
              FROM appointment_services aps JOIN services s ON s.id = aps.service_id
             WHERE aps.appointment_id = a.id) AS services
      FROM appointments a JOIN customers c ON c.id = a.customer_id
     WHERE a.status <> 'cancelled'
       AND a.start_at < ${`${BUSY_DAY}T23:00:00Z`} AND a.end_at > ${`${BUSY_DAY}T00:00:00+01:00`}
     ORDER BY a.start_at`;

  const day = (await agenda()) as { stylists?: { appointments: unknown[] }[] };
  const shown = (day.stylists ?? []).reduce(
    (n, s) => n + s.appointments.length,
    0,
  );
  const rows = (await bareQuery()).length;
  if (shown !== salon.appointments || rows !== salon.appointments)
    throw new Error(
      `expected ${salon.appointments} appointments; agenda ${shown}, query ${rows}`,
    );

  for (let i = 0; i < WARMUP; i++) await Promise.all([agenda(), bareQuery()]);
  const api: number[] = [];
  const baseline: number[] = [];
  // Interleaved rounds: both see the same machine.
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < REQUESTS / ROUNDS; i++) api.push(await timed(agenda));
    for (let i = 0; i < REQUESTS / ROUNDS; i++)
      baseline.push(await timed(bareQuery));
  }
  const apiP95 = percentile(api, 0.95);
  const baseP95 = percentile(baseline, 0.95);
  const ratio = apiP95 / baseP95;
  console.log(`bench:agenda — ${machineNote()}`);
  console.log(
    `day ${BUSY_DAY}: ${day.stylists?.length} stylists, ${shown} appointments; ${api.length} requests each, one at a time`,
  );
  console.log(
    `  GET /api/agenda (HTTP, session, JSON): p50 ${fmt(percentile(api, 0.5), 2)} ms  p95 ${fmt(apiP95, 2)} ms`,
  );
  console.log(
    `  bare query of the same rows:           p50 ${fmt(percentile(baseline, 0.5), 2)} ms  p95 ${fmt(baseP95, 2)} ms`,
  );
  console.log(
    `  ratio (p95): ${fmt(ratio, 2)}×  target < 2×: ${verdict(ratio < 2)}   p95 < 30 ms: ${verdict(apiP95 < 30)}`,
  );
});
