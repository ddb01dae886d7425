import { appointments, services } from '@atrevete/db';
import { eq, sql } from 'drizzle-orm';
import { bookAppointment, type BookRequest } from './book.js';
import { IdempotencyKeyConflictError } from './errors.js';
import { listCustomerAppointments } from './my-appointments.js';
import { blockTime } from './staff.js';
import {
  NOW,
  at,
  createTestSalon,
  type TestSalon,
} from '../testing/test-salon.js';
import type { BookResult } from './types.js';

// Wednesday 2 December 2026: an ordinary open day (10:00–20:00), two days after NOW.
const DAY = '2026-12-02';

describe('bookAppointment', () => {
  let salon: TestSalon;
  let ana: number;
  let corte: number;

  beforeAll(async () => {
    salon = await createTestSalon();
    ana = salon.stylistId('Ana');
    corte = salon.serviceId('Corte mujer');
  });

  afterAll(async () => {
    await salon.close();
  });

  let keys = 0;
  async function book(
    overrides: Partial<BookRequest> = {},
  ): Promise<BookResult> {
    return bookAppointment(salon.db, {
      customerId: overrides.customerId ?? (await salon.newCustomer()),
      stylistId: ana,
      serviceIds: [corte],
      start: at(DAY, '10:00'),
      now: NOW,
      idempotencyKey: `turn-${++keys}`,
      ...overrides,
    });
  }

  async function rowsOfKey(key: string): Promise<number> {
    const [{ n }] = await salon.db
      .select({ n: sql<number>`count(*)::int` })
      .from(appointments)
      .where(eq(appointments.idempotencyKey, key));
    return n;
  }

  it("schedules the appointment's confirmation request and reminder by the engine's clock, in the booking's transaction", async () => {
    const result = await book({ start: at(DAY, '16:00') });
    if (result.kind !== 'booked') throw new Error(result.kind);
    const owed = await salon.db.execute<{
      kind: string;
      status: string;
      scheduled_at: string;
    }>(sql`
      SELECT kind::text, status::text, scheduled_at::text FROM appointment_messages
       WHERE appointment_id = ${result.appointment.id} ORDER BY kind`);
    expect(owed.map((m) => [m.kind, m.status])).toEqual([
      ['confirmation', 'scheduled'],
      ['reminder', 'scheduled'],
    ]);
    expect(new Date(owed[0].scheduled_at)).toEqual(NOW);
  });

  it('keeps whom a booking is for, trimmed, and gives it back on a replay', async () => {
    const customerId = await salon.newCustomer();
    const key = `for-${++keys}`;
    const first = await book({
      customerId,
      start: at('2026-12-03', '12:00'),
      bookedFor: '  Carla ',
      idempotencyKey: key,
    });
    expect(first).toMatchObject({
      kind: 'booked',
      appointment: { bookedFor: 'Carla' },
    });
    const replay = await book({
      customerId,
      start: at('2026-12-03', '12:00'),
      bookedFor: 'Carla',
      idempotencyKey: key,
    });
    expect(replay).toMatchObject({
      kind: 'booked',
      appointment: { bookedFor: 'Carla' },
    });
  });

  it('books a pending appointment priced and timed from the database', async () => {
    const customerId = await salon.newCustomer();
    const result = await book({ customerId, start: at('2026-12-03', '17:15') });

    expect(result).toEqual({
      kind: 'booked',
      appointment: {
        id: expect.any(Number),
        customerId,
        stylistId: ana,
        serviceIds: [corte],
        start: at('2026-12-03', '17:15'),
        end: at('2026-12-03', '18:00'),
        status: 'pending',
        priceCents: 2500,
        bookedByStaffId: null,
        bookedFor: null,
        cancellationReason: null,
        updatedAt: expect.any(Date),
        idempotencyKey: expect.any(String),
      },
    });
    expect(await listCustomerAppointments(salon.db, customerId, NOW)).toEqual([
      result.kind === 'booked' && result.appointment,
    ]);
  });

  it('adds up several services in the order they were asked for', async () => {
    const barba = salon.serviceId('Arreglo de barba');
    const result = await book({
      stylistId: salon.stylistId('Víctor'),
      serviceIds: [barba, salon.serviceId('Corte hombre')],
      start: at('2026-12-04', '11:00'),
    });

    expect(result).toMatchObject({
      kind: 'booked',
      appointment: {
        serviceIds: [barba, salon.serviceId('Corte hombre')],
        end: at('2026-12-04', '11:50'),
        priceCents: 2500,
      },
    });
  });

  it('says which rule a request breaks, and books nothing', async () => {
    const manicura = salon.serviceId('Manicura');
    await salon.db
      .update(services)
      .set({ active: false })
      .where(eq(services.name, 'Recogido'));
    const marta = salon.stylistId('Marta');
    await blockTime(salon.db, {
      stylistId: marta,
      kind: 'once',
      start: at(DAY, '12:00'),
      end: at(DAY, '13:00'),
      reason: 'Formación',
      now: NOW,
    });
    const cases: [Partial<BookRequest>, string][] = [
      [{ serviceIds: [] }, 'unknown_service'],
      [{ serviceIds: [999_999] }, 'unknown_service'],
      [{ serviceIds: [salon.serviceId('Recogido')] }, 'unknown_service'],
      [{ serviceIds: [corte, manicura] }, 'mixed_categories'],
      [{ serviceIds: [manicura] }, 'wrong_category'],
      [{ stylistId: 999_999 }, 'stylist_unavailable'],
      [{ start: at('2026-12-07', '10:00') }, 'closed_day'],
      [{ start: at('2026-12-08', '10:00') }, 'holiday'],
      [{ start: at(DAY, '10:05') }, 'off_grid'],
      [{ start: at(DAY, '19:30') }, 'outside_hours'],
      [{ start: at(DAY, '09:00') }, 'outside_hours'],
      [
        { start: at('2026-12-01', '10:00'), now: at('2026-12-01', '08:30') },
        'too_soon',
      ],
      [{ start: at('2027-02-10', '10:00') }, 'beyond_horizon'],
      [{ stylistId: marta, start: at(DAY, '11:30') }, 'blocked'],
    ];
    for (const [overrides, rule] of cases) {
      const key = `rule-${rule}-${++keys}`;
      expect({
        rule,
        result: await book({ ...overrides, idempotencyKey: key }),
      }).toEqual({
        rule,
        result: { kind: 'rule_broken', rule },
      });
      expect(await rowsOfKey(key)).toBe(0);
    }
  });

  it('allows a customer three future appointments, not four', async () => {
    const customerId = await salon.newCustomer();
    const pilar = salon.stylistId('Pilar');
    for (const time of ['10:00', '11:00', '12:00']) {
      expect(
        await book({
          customerId,
          stylistId: pilar,
          start: at('2026-12-09', time),
        }),
      ).toMatchObject({ kind: 'booked' });
    }

    expect(
      await book({
        customerId,
        stylistId: pilar,
        start: at('2026-12-09', '13:00'),
      }),
    ).toEqual({ kind: 'rule_broken', rule: 'too_many_appointments' });
    // Appointments already past do not count: a week later, one of the three has gone by.
    expect(
      await book({
        customerId,
        stylistId: pilar,
        start: at('2026-12-16', '10:00'),
        now: at('2026-12-09', '10:30'),
      }),
    ).toMatchObject({ kind: 'booked' });
  });

  it('answers slot_taken with that day’s free slots, the same stylist’s first', async () => {
    const start = at('2026-12-10', '12:00');
    expect(await book({ start })).toMatchObject({ kind: 'booked' });

    const late = await book({ start: at('2026-12-10', '12:30') });

    expect(late.kind).toBe('slot_taken');
    const alternatives = late.kind === 'slot_taken' ? late.alternatives : [];
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives[0].stylistId).toBe(ana);
    for (const slot of alternatives) {
      expect(slot.start >= at('2026-12-10', '10:00')).toBe(true);
      expect(slot.end <= at('2026-12-10', '20:00')).toBe(true);
      const clash =
        slot.stylistId === ana &&
        slot.start < at('2026-12-10', '12:45') &&
        slot.end > start;
      expect(clash).toBe(false);
    }
  });

  it('fits appointments back to back: ranges are half-open', async () => {
    expect(await book({ start: at('2026-12-11', '10:00') })).toMatchObject({
      kind: 'booked',
    });
    expect(await book({ start: at('2026-12-11', '10:45') })).toMatchObject({
      kind: 'booked',
    });
  });

  it('returns the same appointment when a key is replayed, even once rules would refuse it', async () => {
    const customerId = await salon.newCustomer();
    const first = await book({
      customerId,
      idempotencyKey: 'turn-replayed',
      start: at('2026-12-12', '09:00'),
    });
    const replay = await book({
      customerId,
      idempotencyKey: 'turn-replayed',
      start: at('2026-12-12', '09:00'),
      now: at('2026-12-12', '08:00'),
    });

    expect(first).toMatchObject({ kind: 'booked' });
    expect(replay).toEqual(first);
    expect(await rowsOfKey('turn-replayed')).toBe(1);
  });

  it('refuses a key that booked for another customer', async () => {
    await book({
      idempotencyKey: 'turn-shared',
      start: at('2026-12-12', '10:00'),
    });

    await expect(
      book({ idempotencyKey: 'turn-shared', start: at('2026-12-12', '11:00') }),
    ).rejects.toBeInstanceOf(IdempotencyKeyConflictError);
  });

  it('books once when the same key arrives 10 times at the same moment', async () => {
    const customerId = await salon.newCustomer();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        book({
          customerId,
          idempotencyKey: 'turn-burst',
          start: at('2026-12-15', '16:00'),
        }),
      ),
    );

    expect(await rowsOfKey('turn-burst')).toBe(1);
    const ids = new Set(
      results.map((r) => (r.kind === 'booked' ? r.appointment.id : r.kind)),
    );
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(Number));
  });

  it('books exactly one of 50 customers racing for overlapping times of one stylist', async () => {
    const marta = salon.stylistId('Marta');
    const customers = await Promise.all(
      Array.from({ length: 50 }, () => salon.newCustomer()),
    );
    // Starts from 16:00 to 16:30: every pair of these 45-minute cuts overlaps.
    const starts = ['16:00', '16:15', '16:30'];
    const results = await Promise.all(
      customers.map((customerId, i) =>
        book({
          customerId,
          stylistId: marta,
          start: at('2026-12-16', starts[i % 3]),
        }),
      ),
    );

    const kinds = results.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'booked')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'slot_taken')).toHaveLength(49);
    const [{ n }] = await salon.db
      .select({ n: sql<number>`count(*)::int` })
      .from(appointments)
      .where(
        sql`${appointments.stylistId} = ${marta} and ${appointments.startAt} >= ${at('2026-12-16', '00:00').toISOString()}::timestamptz and ${appointments.startAt} < ${at('2026-12-17', '00:00').toISOString()}::timestamptz`,
      );
    expect(n).toBe(1);
  });

  it('keeps the limit when one customer books eight times at once', async () => {
    const customerId = await salon.newCustomer();
    const anaMaria = salon.stylistId('Ana María');
    for (const time of ['10:00', '11:00']) {
      await book({
        customerId,
        stylistId: anaMaria,
        start: at('2026-12-17', time),
      });
    }

    const results = await Promise.all(
      [
        '12:00',
        '13:00',
        '14:00',
        '15:00',
        '16:00',
        '17:00',
        '18:00',
        '19:00',
      ].map((time) =>
        book({
          customerId,
          stylistId: anaMaria,
          start: at('2026-12-17', time),
        }),
      ),
    );

    expect(results.filter((r) => r.kind === 'booked')).toHaveLength(1);
    expect(
      await listCustomerAppointments(salon.db, customerId, NOW),
    ).toHaveLength(3);
  });
});
