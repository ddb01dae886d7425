import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../testing.js';
import { seedDemoSalon } from '../seed/seed-demo-salon.js';

// Raw SQL on purpose: whoever writes (the bot, a worker, the staff in psql), the database
// itself keeps appointments from overlapping and every row well formed.
describe('booking constraints', () => {
  let database: MigratedTestDatabase;
  let customer: number;
  let ana: number;
  let marta: number;
  let keys = 0;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    await seedDemoSalon(database.db, { now: new Date('2026-11-30T08:00:00Z') });
    const sql = database.sql;
    [{ id: customer }] = await sql<[{ id: number }]>`
      insert into customers (phone, name) values ('+34600000001', 'Laura') returning id`;
    [{ id: ana }] = await sql<
      [{ id: number }]
    >`select id from stylists where name = 'Ana'`;
    [{ id: marta }] = await sql<
      [{ id: number }]
    >`select id from stylists where name = 'Marta'`;
  });

  afterAll(async () => {
    await database.drop();
  });

  function insertAppointment(
    stylistId: number,
    from: string,
    to: string,
    status = 'pending',
  ): Promise<unknown> {
    const cancelledAt =
      status === 'cancelled' ? new Date().toISOString() : null;
    return database.sql`
      insert into appointments (customer_id, stylist_id, start_at, end_at, status, price_cents, idempotency_key, cancelled_at)
      values (${customer}, ${stylistId}, ${from}::timestamptz, ${to}::timestamptz,
              ${status}::appointment_status, 2500, ${`raw-${++keys}`}, ${cancelledAt}::timestamptz)`;
  }

  async function violation(statement: Promise<unknown>): Promise<string> {
    try {
      await statement;
    } catch (error) {
      return (
        (error as { constraint_name?: string }).constraint_name ?? String(error)
      );
    }
    throw new Error('the statement was accepted');
  }

  it('rejects an appointment overlapping another pending or confirmed one of the stylist', async () => {
    await insertAppointment(ana, '2026-12-02 10:00+01', '2026-12-02 10:45+01');
    await insertAppointment(
      ana,
      '2026-12-02 11:00+01',
      '2026-12-02 12:00+01',
      'confirmed',
    );

    expect(
      await violation(
        insertAppointment(ana, '2026-12-02 10:30+01', '2026-12-02 11:15+01'),
      ),
    ).toBe('appointments_no_overlap');
    expect(
      await violation(
        insertAppointment(
          ana,
          '2026-12-02 11:59+01',
          '2026-12-02 12:30+01',
          'confirmed',
        ),
      ),
    ).toBe('appointments_no_overlap');
    expect(
      await violation(
        insertAppointment(ana, '2026-12-02 09:00+01', '2026-12-02 13:00+01'),
      ),
    ).toBe('appointments_no_overlap');
  });

  it('accepts back-to-back appointments, other stylists and overlaps with past or cancelled ones', async () => {
    await insertAppointment(ana, '2026-12-03 10:00+01', '2026-12-03 10:45+01');
    await insertAppointment(ana, '2026-12-03 10:45+01', '2026-12-03 11:30+01');
    await insertAppointment(
      marta,
      '2026-12-03 10:00+01',
      '2026-12-03 10:45+01',
    );
    for (const status of ['cancelled', 'completed', 'no_show']) {
      await insertAppointment(
        ana,
        '2026-12-03 10:15+01',
        '2026-12-03 11:00+01',
        status,
      );
    }
  });

  it('rejects moving or reviving an appointment onto a taken time', async () => {
    await insertAppointment(ana, '2026-12-04 10:00+01', '2026-12-04 11:00+01');
    await insertAppointment(ana, '2026-12-04 12:00+01', '2026-12-04 13:00+01');
    await insertAppointment(
      ana,
      '2026-12-04 10:30+01',
      '2026-12-04 11:30+01',
      'cancelled',
    );

    expect(
      await violation(database.sql`
        update appointments set start_at = '2026-12-04 10:30+01', end_at = '2026-12-04 12:30+01'
        where start_at = '2026-12-04 12:00+01'`),
    ).toBe('appointments_no_overlap');
    expect(
      await violation(database.sql`
        update appointments set status = 'pending', cancelled_at = null
        where start_at = '2026-12-04 10:30+01'`),
    ).toBe('appointments_no_overlap');
  });

  it('keeps one appointment per idempotency key, an end after the start, and cancelled_at with cancelled', async () => {
    await database.sql`
      insert into appointments (customer_id, stylist_id, start_at, end_at, price_cents, idempotency_key)
      values (${customer}, ${marta}, '2026-12-05 10:00+01', '2026-12-05 10:30+01', 1500, 'turn-1')`;

    expect(
      await violation(database.sql`
        insert into appointments (customer_id, stylist_id, start_at, end_at, price_cents, idempotency_key)
        values (${customer}, ${marta}, '2026-12-09 10:00+01', '2026-12-09 10:30+01', 1500, 'turn-1')`),
    ).toBe('appointments_idempotency_key_unique');
    expect(
      await violation(
        insertAppointment(marta, '2026-12-09 10:00+01', '2026-12-09 10:00+01'),
      ),
    ).toBe('appointments_end_after_start');
    expect(
      await violation(database.sql`
        update appointments set status = 'cancelled' where idempotency_key = 'turn-1'`),
    ).toBe('appointments_cancelled_at_when_cancelled');
  });

  it('keeps a booked service from being deleted', async () => {
    const [{ id }] = await database.sql<[{ id: number }]>`
      insert into appointments (customer_id, stylist_id, start_at, end_at, price_cents, idempotency_key)
      values (${customer}, ${marta}, '2026-12-10 10:00+01', '2026-12-10 10:30+01', 1500, 'turn-2')
      returning id`;
    await database.sql`
      insert into appointment_services (appointment_id, position, service_id, duration_minutes, price_cents)
      select ${id}, 0, id, duration_minutes, price_cents from services where name = 'Corte hombre'`;

    expect(
      await violation(
        database.sql`delete from services where name = 'Corte hombre'`,
      ),
    ).toBe('appointment_services_service_id_services_id_fk');
  });

  it('requires each kind of blocking event to set exactly its own columns', async () => {
    await database.sql`
      insert into blocking_events (stylist_id, kind, start_at, end_at, reason)
      values (${ana}, 'once', '2026-12-24 10:00+01', '2026-12-24 14:00+01', 'Nochebuena')`;
    await database.sql`
      insert into blocking_events (stylist_id, kind, weekday, start_minute, end_minute)
      values (${ana}, 'weekly', 3, 840, 900)`;

    const bad = [
      [
        `'once', '2026-12-24 10:00+01', null, null, null, null`,
        'blocking_events_once_columns',
      ],
      [
        `'once', '2026-12-24 10:00+01', '2026-12-24 09:00+01', null, null, null`,
        'blocking_events_once_columns',
      ],
      [
        `'once', '2026-12-24 10:00+01', '2026-12-24 11:00+01', 3, null, null`,
        'blocking_events_once_columns',
      ],
      [
        `'weekly', null, null, null, 840, 900`,
        'blocking_events_weekly_columns',
      ],
      [`'weekly', null, null, 0, 840, 900`, 'blocking_events_weekly_columns'],
      [`'weekly', null, null, 3, 900, 840`, 'blocking_events_weekly_columns'],
      [`'weekly', null, null, 3, 900, 1500`, 'blocking_events_weekly_columns'],
      [
        `'weekly', '2026-12-24 10:00+01', null, 3, 840, 900`,
        'blocking_events_weekly_columns',
      ],
    ];
    for (const [values, constraint] of bad) {
      expect({
        values,
        violated: await violation(
          database.sql.unsafe(
            `insert into blocking_events (stylist_id, kind, start_at, end_at, weekday, start_minute, end_minute)
             values (${ana}, ${values})`,
          ),
        ),
      }).toEqual({ values, violated: constraint });
    }
  });

  it('requires a customer to have a Chatwoot contact or a phone, each unique', async () => {
    expect(
      await violation(
        database.sql`insert into customers (name) values ('Nadie')`,
      ),
    ).toBe('customers_identified');
    expect(
      await violation(
        database.sql`insert into customers (phone) values ('+34600000001')`,
      ),
    ).toBe('customers_phone_unique');
  });
});
