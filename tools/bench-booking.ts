// `npm run bench:booking`: bookAppointment throughput on one connection pool (real Postgres), against raw appointment INSERTs on the same pool in the same run.
import { performance } from 'node:perf_hooks';
import {
  addDays,
  bookAppointment,
  checkSlot,
  findOrCreateCustomer,
  localDateOf,
  loadSchedule,
} from '@atrevete/booking';
import { createDatabase, seedDemoSalon } from '@atrevete/db';
import { createMigratedTestDatabase } from '@atrevete/db/testing';
import { envInt, fmt, machineNote } from './bench/support.js';

const BOOKINGS = envInt('BENCH_BOOKINGS', 1_500, 20_000);
/** Concurrent callers: the pool's size, as one agent-worker with WORKER_CONCURRENCY=10 would use it. */
const CONCURRENCY = envInt('BENCH_CONCURRENCY', 10, 100);
const SERVICE = 'Corte hombre'; // 30 minutes: many distinct slots per day

type Database = Awaited<ReturnType<typeof createMigratedTestDatabase>>;

interface Candidate {
  stylistId: number;
  start: Date;
}

/** Distinct, non-overlapping, rule-abiding slots: every booking below is a real success, none collide. */
async function candidateSlots(
  db: Database['db'],
  now: Date,
  serviceMinutes: number,
  category: string,
) {
  const from = localDateOf(now, 'Europe/Madrid');
  const schedule = await loadSchedule(db, { from, to: addDays(from, 60) });
  const slots: Candidate[] = [];
  for (let day = 1; day <= 60 && slots.length < BOOKINGS * 2; day++) {
    for (const stylist of schedule.stylists.filter(
      (s) => s.category === category,
    )) {
      const base = new Date(`${addDays(from, day)}T00:00:00Z`).getTime();
      for (let minute = 6 * 60; minute < 22 * 60; minute += serviceMinutes) {
        const start = new Date(base + minute * 60_000);
        const rule = checkSlot(schedule, {
          stylistId: stylist.id,
          start,
          durationMinutes: serviceMinutes,
          category,
          now,
        });
        if (rule === null) slots.push({ stylistId: stylist.id, start });
      }
    }
  }
  if (slots.length < BOOKINGS)
    throw new Error(`only ${slots.length} free slots for ${BOOKINGS} bookings`);
  return slots.slice(0, BOOKINGS);
}

async function inParallel<T>(
  items: readonly T[],
  run: (item: T, i: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const i = next++;
        await run(items[i], i);
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const engineDb = await createMigratedTestDatabase();
  const baselineDb = await createMigratedTestDatabase();
  try {
    for (const { db } of [engineDb, baselineDb]) await seedDemoSalon(db);
    const pool = createDatabase(engineDb.url, { max: CONCURRENCY });
    const [service] = await engineDb.sql<
      { id: number; minutes: number; category: string; price: number }[]
    >`
      SELECT id, duration_minutes AS minutes, category::text AS category, price_cents AS price FROM services WHERE name = ${SERVICE}`;
    const now = new Date();
    const slots = await candidateSlots(
      pool.db,
      now,
      service.minutes,
      service.category,
    );

    // A customer may hold 3 future appointments: one customer per three bookings.
    const customers: number[] = [];
    for (let i = 0; i < Math.ceil(BOOKINGS / 3); i++) {
      customers.push(
        (
          await findOrCreateCustomer(pool.db, {
            phone: `+3460000${String(i).padStart(4, '0')}`,
            phoneVerified: true,
            name: `Cliente ${i}`,
          })
        ).id,
      );
    }
    const outcomes = new Map<string, number>();
    const engineSeconds = await inParallel(slots, async (slot, i) => {
      const result = await bookAppointment(pool.db, {
        customerId: customers[Math.floor(i / 3)],
        stylistId: slot.stylistId,
        serviceIds: [service.id],
        start: slot.start,
        now,
        idempotencyKey: `bench-${i}`,
      });
      outcomes.set(result.kind, (outcomes.get(result.kind) ?? 0) + 1);
    });
    await pool.close();

    // Baseline: the same rows written with one plain INSERT each, no rules, no lock, no schedule read.
    const raw = createDatabase(baselineDb.url, { max: CONCURRENCY });
    const [customer] = await baselineDb.sql<{ id: number }[]>`
      INSERT INTO customers (phone, name) VALUES ('+34600999999', 'Base') RETURNING id`;
    const baselineSeconds = await inParallel(slots, async (slot, i) => {
      await raw.sql`INSERT INTO appointments (customer_id, stylist_id, start_at, end_at, status, price_cents, idempotency_key)
        VALUES (${customer.id}, ${slot.stylistId}, ${slot.start.toISOString()},
                ${new Date(slot.start.getTime() + service.minutes * 60_000).toISOString()},
                'pending', ${service.price}, ${`raw-${i}`})`;
    });
    await raw.close();

    const engineRate = BOOKINGS / engineSeconds;
    const baselineRate = BOOKINGS / baselineSeconds;
    console.log(machineNote());
    console.log(
      `bookings: ${BOOKINGS}, concurrency ${CONCURRENCY} on one pool of ${CONCURRENCY} connections`,
    );
    console.log(`outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    console.log(
      `bookAppointment: ${fmt(engineRate)} bookings/s (${fmt(engineSeconds, 2)} s)`,
    );
    console.log(
      `baseline (raw INSERT): ${fmt(baselineRate)} rows/s (${fmt(baselineSeconds, 2)} s)`,
    );
    console.log(`ratio engine/baseline: ${fmt(engineRate / baselineRate, 2)}`);
    if ((outcomes.get('booked') ?? 0) !== BOOKINGS) process.exitCode = 1;
  } finally {
    await engineDb.drop();
    await baselineDb.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
