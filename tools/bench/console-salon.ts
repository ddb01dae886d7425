// The built console over a fresh database with the demo salon and a busy day (6 stylists × 20 appointments), signed in as the owner.
import { seedDemoSalon } from '@atrevete/db';
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '@atrevete/db/testing';
import {
  appDist,
  freePort,
  startApp,
  waitForHealthy,
} from '@atrevete/e2e/testing';
import { REDIS_URL, stopProcess, type Cleanup } from './support.js';

/** A Wednesday the demo salon is open 10:00–20:00 (Madrid, UTC+1 in December). */
export const BUSY_DAY = '2026-12-09';
const APPOINTMENTS_PER_STYLIST = 20;
const OWNER = { email: 'bench@salon.test', password: 'bench-owner-password' };

export interface BusyConsole {
  url: string;
  /** The owner's session cookie, for requests and for Lighthouse. */
  cookie: string;
  database: MigratedTestDatabase;
  appointments: number;
}

/** 30-minute appointments back to back from 10:00 for every active stylist, each with a customer of its own. */
async function seedBusyDay(database: MigratedTestDatabase): Promise<number> {
  const { sql } = database;
  const stylists = await sql<{ id: number; category: string }[]>`
    SELECT id, category::text FROM stylists WHERE active ORDER BY id`;
  const services = await sql<{ id: number; category: string; price: number }[]>`
    SELECT DISTINCT ON (category) id, category::text, price_cents AS price
      FROM services WHERE active ORDER BY category, duration_minutes`;
  const dayStart = Date.parse(`${BUSY_DAY}T09:00:00Z`);
  let count = 0;
  for (const stylist of stylists) {
    const service = services.find((s) => s.category === stylist.category);
    if (!service) continue;
    for (let slot = 0; slot < APPOINTMENTS_PER_STYLIST; slot++) {
      count++;
      const start = new Date(dayStart + slot * 30 * 60_000);
      const end = new Date(start.getTime() + 30 * 60_000);
      const [customer] = await sql<{ id: number }[]>`
        INSERT INTO customers (name, phone)
        VALUES (${`Clienta ${count}`}, ${`+34611${String(count).padStart(6, '0')}`})
        RETURNING id`;
      const [appointment] = await sql<{ id: number }[]>`
        INSERT INTO appointments (customer_id, stylist_id, start_at, end_at, status, price_cents, idempotency_key)
        VALUES (${customer.id}, ${stylist.id}, ${start.toISOString()}, ${end.toISOString()}, 'confirmed', ${service.price}, ${`bench-${count}`})
        RETURNING id`;
      await sql`
        INSERT INTO appointment_services (appointment_id, position, service_id, duration_minutes, price_cents)
        VALUES (${appointment.id}, 0, ${service.id}, 30, ${service.price})`;
    }
  }
  return count;
}

export async function startBusyConsole(cleanup: Cleanup): Promise<BusyConsole> {
  const database = await createMigratedTestDatabase();
  cleanup.add('drop the database', () => database.drop());
  await seedDemoSalon(database.db);
  const appointments = await seedBusyDay(database);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = startApp(appDist('console'), {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    REDIS_URL,
    QUEUE_PREFIX: `bench-console-${port}`,
    CONSOLE_PORT: String(port),
    CONSOLE_PUBLIC_URL: url,
    CONSOLE_SESSION_SECRET: 'bench-console-session-secret-0123456789',
    CONSOLE_OWNER_EMAIL: OWNER.email,
    CONSOLE_OWNER_PASSWORD: OWNER.password,
  });
  cleanup.add('stop the console', () => stopProcess(app));
  await waitForHealthy(`${url}/health`, app);
  const login = await fetch(`${url}/api/session/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(OWNER),
  });
  if (login.status !== 200) throw new Error(`login answered ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  return { url, cookie, database, appointments };
}
