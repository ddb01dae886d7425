// The agenda's tests on the demo salon at a fixed clock: names → ids, customers, the bot's own bookings, and what the audit log holds.
import {
  bookAppointment,
  findOrCreateCustomer,
  type Appointment,
} from '@atrevete/booking';
import { at } from '@atrevete/booking/testing';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
} from './console-test-app.js';

/** Tuesday 1 December 2026, 10:30 in Madrid: the salon opened half an hour ago (10:00–20:00). */
export const AGENDA_NOW = at('2026-12-01', '10:30');
export const TUESDAY = '2026-12-01';

/** An instant of the salon's wall clock as the API's ISO string. */
export const instant = (date: string, time: string): string =>
  at(date, time).toISOString();

export interface AgendaSalon {
  t: ConsoleTestApp;
  /** Moves the console's clock (AGENDA_NOW until then). */
  setNow(now: Date): void;
  stylist(name: string): Promise<number>;
  service(name: string): Promise<number>;
  /** A customer with a verified phone, as the bot or the desk creates one. */
  customer(name: string): Promise<number>;
  /** Books as the bot does (no desk, its rules and notice), failing the test if refused. */
  botBooks(booking: {
    customer: number;
    stylist: number;
    services: number[];
    start: string;
  }): Promise<Appointment>;
  auditRows(entity: string): Promise<AuditRow[]>;
  auditCount(): Promise<number>;
  appointmentCount(): Promise<number>;
  close(): Promise<void>;
}

export interface AuditRow {
  staff_id: number | null;
  action: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

let phones = 0;

export async function createAgendaSalon(): Promise<AgendaSalon> {
  let now = AGENDA_NOW;
  const t = await createConsoleTestApp({ now: () => now });
  const { sql, db } = t.database;
  const idOf = async (table: 'stylists' | 'services', name: string) => {
    const [row] = await sql<{ id: number }[]>`
      SELECT id FROM ${sql(table)} WHERE name = ${name}`;
    if (!row) throw new Error(`no ${table} named ${name}`);
    return row.id;
  };
  return {
    t,
    setNow: (later) => {
      now = later;
    },
    stylist: (name) => idOf('stylists', name),
    service: (name) => idOf('services', name),
    customer: async (name) =>
      (
        await findOrCreateCustomer(db, {
          phone: `+3460${process.pid % 1000}${String(++phones).padStart(4, '0')}`,
          phoneVerified: true,
          name,
        })
      ).id,
    botBooks: async (booking) => {
      const result = await bookAppointment(db, {
        customerId: booking.customer,
        stylistId: booking.stylist,
        serviceIds: booking.services,
        start: new Date(booking.start),
        now: AGENDA_NOW,
        idempotencyKey: `bot-turn-${++phones}`,
      });
      if (result.kind !== 'booked')
        throw new Error(`the bot could not book: ${JSON.stringify(result)}`);
      return result.appointment;
    },
    auditRows: (entity) => sql<AuditRow[]>`
      SELECT staff_id, action, entity_id, before, after
        FROM audit_log WHERE entity = ${entity} ORDER BY id`,
    auditCount: async () =>
      (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_log`)[0]
        .n,
    appointmentCount: async () =>
      (
        await sql<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM appointments WHERE status <> 'cancelled'`
      )[0].n,
    close: () => t.close(),
  };
}
