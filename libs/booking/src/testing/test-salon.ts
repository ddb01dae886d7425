// For integration tests: a migrated database of their own with the demo salon seeded, and handy ids.
import {
  createDatabase,
  customers,
  seedDemoSalon,
  services,
  stylists,
  type Database,
} from '@atrevete/db';
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '@atrevete/db/testing';
import { bookAppointment } from '../lib/book.js';
import type { Appointment } from '../lib/types.js';
import { instantAt } from '@atrevete/salon';

export const SALON_TIME_ZONE = 'Europe/Madrid';

/** Monday 30 November 2026, 09:00 in Madrid: "now" in the tests (the salon is closed on Mondays). */
export const NOW = new Date('2026-11-30T08:00:00Z');

/** A wall-clock time in the salon: at('2026-12-02', '10:15'). */
export function at(date: string, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  return instantAt(date, hours * 60 + minutes, SALON_TIME_ZONE);
}

export interface TestSalon {
  database: MigratedTestDatabase;
  /** A pool big enough for the concurrency tests (the migrated database's own has 3). */
  db: Database;
  stylistId(name: string): number;
  serviceId(name: string): number;
  /** A new customer with a unique phone number. */
  newCustomer(name?: string): Promise<number>;
  /** Books a Corte mujer (45 min) with `stylist` at `start`, failing the test if it is not booked. */
  book(customerId: number, start: Date, stylist?: string): Promise<Appointment>;
  close(): Promise<void>;
}

// Fifty concurrent bookings should really run concurrently: one connection per transaction
// for most of them, while several test files at once stay under max_connections (100).
const TEST_POOL_SIZE = 20;

export async function createTestSalon(): Promise<TestSalon> {
  const database = await createMigratedTestDatabase();
  await seedDemoSalon(database.db, { now: NOW });
  const pool = createDatabase(database.url, { max: TEST_POOL_SIZE });
  const team = await pool.db.select().from(stylists);
  const list = await pool.db.select().from(services);
  let customerCount = 0;
  let bookingCount = 0;
  const idOf = (rows: { id: number; name: string }[], name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`no demo row named ${name}`);
    return row.id;
  };
  return {
    database,
    db: pool.db,
    stylistId: (name) => idOf(team, name),
    serviceId: (name) => idOf(list, name),
    book: async (customerId, start, stylist = 'Ana') => {
      bookingCount += 1;
      const result = await bookAppointment(pool.db, {
        customerId,
        stylistId: idOf(team, stylist),
        serviceIds: [idOf(list, 'Corte mujer')],
        start,
        now: NOW,
        idempotencyKey: `test-booking-${bookingCount}`,
      });
      if (result.kind !== 'booked')
        throw new Error(`not booked: ${result.kind}`);
      return result.appointment;
    },
    newCustomer: async (name = 'Cliente') => {
      customerCount += 1;
      const [row] = await pool.db
        .insert(customers)
        .values({
          phone: `+3460000${String(customerCount).padStart(4, '0')}`,
          name,
        })
        .returning({ id: customers.id });
      return row.id;
    },
    close: async () => {
      await pool.close();
      await database.drop();
    },
  };
}
