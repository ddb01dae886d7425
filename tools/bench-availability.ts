// `npm run bench:availability`: times findAvailability over a 60-day horizon (6 stylists, 2,000 appointments) against the naive oracle of the tests.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  type AvailabilityQuery,
  findAvailability,
  type Schedule,
} from '@atrevete/booking';
import {
  demoSchedule,
  HAIR,
  madrid,
  minutes,
  referenceBest,
  stylist,
} from '@atrevete/booking/testing';
import { envInt, loadNote, percentile } from './bench/support.js';

/** The issue's target for the median search over the 60-day horizon. */
const TARGET_MEDIAN_MS = 20;
const APPOINTMENTS = 2_000;
const HORIZON_DAYS = 60;
/** Enough runs for a stable p99 (the 99th percentile of 1,000 runs rests on 10 samples). */
const RUNS = envInt('BENCH_RUNS', 1_000, 100_000);
/** The oracle takes hundreds of milliseconds a call: a few runs give its median. */
const BASELINE_RUNS = envInt('BENCH_BASELINE_RUNS', 7, 1_000);
/** JIT warm-up before timing, so the numbers are those of a long-running worker. */
const WARM_UP = 100;

const NOW = madrid('2026-11-23', '09:00');
const FROM = '2026-11-23';
const TO = '2027-01-22';

/** A deterministic PRNG (mulberry32), so every run books the same salon. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The open days from today to the last bookable one (today + 60), with their opening hours. */
function openDays(
  schedule: Schedule,
): { date: string; opensAt: number; closesAt: number }[] {
  const first = Date.parse(`${FROM}T12:00:00Z`);
  return Array.from(
    { length: HORIZON_DAYS + 1 },
    (_, i) => new Date(first + i * 86_400_000),
  )
    .map((day) => ({
      date: day.toISOString().slice(0, 10),
      hours: schedule.openingHours.find(
        (row) => row.weekday === (day.getUTCDay() || 7),
      ),
    }))
    .flatMap(({ date, hours }) =>
      hours && !schedule.holidays.includes(date) ? [{ date, ...hours }] : [],
    );
}

/**
 * The demo salon with 2,000 appointments of its real service durations, none overlapping:
 * every stylist has at least one on every open day (a busy salon), the rest fall at random.
 */
function busySalon(): Schedule {
  const schedule = demoSchedule();
  const next = random(20261123);
  const durations = [45, 30, 60, 30, 90, 150, 180, 60, 20, 15, 45, 60];
  const days = openDays(schedule);
  const taken = new Map<number, [number, number][]>();
  const place = (stylistId: number, day: (typeof days)[number]): void => {
    const length = durations[Math.floor(next() * durations.length)];
    const steps = Math.floor((day.closesAt - day.opensAt - length) / 15);
    const begin = day.opensAt + 15 * Math.floor(next() * (steps + 1));
    const start = madrid(
      day.date,
      `${Math.floor(begin / 60)}:${begin % 60}`,
    ).getTime();
    const end = start + length * 60_000;
    const mine = taken.get(stylistId) ?? [];
    if (mine.some(([from, to]) => from < end && start < to)) return;
    mine.push([start, end]);
    taken.set(stylistId, mine);
    schedule.appointments.push({
      stylistId,
      start: new Date(start),
      end: new Date(end),
    });
  };
  for (const day of days) {
    for (const { id } of schedule.stylists) place(id, day);
  }
  for (
    let attempt = 0;
    schedule.appointments.length < APPOINTMENTS;
    attempt++
  ) {
    if (attempt > 1_000_000)
      throw new Error('the salon is too full to place the appointments');
    const stylistId = 1 + Math.floor(next() * schedule.stylists.length);
    place(stylistId, days[Math.floor(next() * days.length)]);
  }
  return schedule;
}

const base = { category: HAIR, from: FROM, to: TO, now: NOW };
const queries: [string, AvailabilityQuery][] = [
  ['corte, anyone, earliest in 60 days', { ...base, durationMinutes: 45 }],
  [
    'mechas with Ana, afternoons, 60 days',
    {
      ...base,
      durationMinutes: 150,
      stylistId: stylist.ana,
      partOfDay: 'afternoon',
    },
  ],
  [
    'corte "sobre las 11:05", 60 days (full scan)',
    { ...base, durationMinutes: 45, time: minutes('11:05') },
  ],
  [
    'a whole day with anyone, 60 days (nothing fits)',
    { ...base, durationMinutes: 600 },
  ],
  [
    'Friday afternoon with Ana (one day)',
    {
      ...base,
      to: undefined,
      from: '2026-12-04',
      durationMinutes: 45,
      stylistId: stylist.ana,
      partOfDay: 'afternoon',
    },
  ],
];

function time(runs: number, call: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    call();
    samples.push(performance.now() - started);
  }
  return samples;
}

const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;

function main(): void {
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), node ${process.version}; one process, no I/O`,
  );
  console.log(loadNote('at start'));
  const schedule = busySalon();
  console.log(
    `salon: ${schedule.stylists.length} stylists, ${schedule.appointments.length} appointments over ${HORIZON_DAYS} days; ` +
      `${RUNS} timed runs per query after ${WARM_UP} warm-up, oracle ${BASELINE_RUNS} runs\n`,
  );
  const medians: number[] = [];
  for (const [name, query] of queries) {
    const result = findAvailability(schedule, query);
    const expected = JSON.stringify(referenceBest(schedule, query));
    const found = JSON.stringify(result.kind === 'slots' ? result.slots : []);
    if (expected !== found)
      throw new Error(`${name}: the engine and the oracle disagree`);
    time(WARM_UP, () => findAvailability(schedule, query));
    const engine = time(RUNS, () => findAvailability(schedule, query));
    const oracle = time(BASELINE_RUNS, () => referenceBest(schedule, query));
    const median = percentile(engine, 0.5);
    medians.push(median);
    console.log(
      `${name.padEnd(48)} ${result.kind === 'slots' ? `${result.slots.length} slots` : `none (${result.reason})`}\n` +
        `  engine median ${ms(median)}, p99 ${ms(percentile(engine, 0.99))}; ` +
        `naive oracle median ${ms(percentile(oracle, 0.5))}: ${(percentile(oracle, 0.5) / median).toFixed(0)}× faster`,
    );
  }
  const worst = Math.max(...medians);
  console.log(
    `\nworst median ${ms(worst)}: target < ${TARGET_MEDIAN_MS} ms ${worst < TARGET_MEDIAN_MS ? 'MET' : 'NOT MET'}`,
  );
  console.log(loadNote('at end'));
}

main();
