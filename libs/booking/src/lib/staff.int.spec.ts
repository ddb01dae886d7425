import { stylists } from '@atrevete/db';
import { eq } from 'drizzle-orm';
import { bookAppointment } from './book.js';
import { findOrCreateCustomer } from './customers.js';
import { cancelAppointment } from './my-appointments.js';
import { blockTime, dayAgenda, markCompleted, markNoShow } from './staff.js';
import {
  NOW,
  at,
  createTestSalon,
  type TestSalon,
} from '../testing/test-salon.js';

describe('staff operations', () => {
  let salon: TestSalon;

  beforeAll(async () => {
    salon = await createTestSalon();
  });

  afterAll(async () => {
    await salon.close();
  });

  const booked = (customerId: number, stylist: string, start: Date) =>
    salon.book(customerId, start, stylist);

  it("lists a day's appointments and blocks stylist by stylist, without cancelled ones", async () => {
    const laura = await findOrCreateCustomer(salon.db, {
      phone: '+34611222333',
      phoneVerified: true,
      name: 'Laura',
    });
    const late = await booked(laura.id, 'Ana', at('2026-12-02', '17:00'));
    const early = await booked(
      await salon.newCustomer('Eva'),
      'Ana',
      at('2026-12-02', '10:00'),
    );
    const gone = await booked(
      await salon.newCustomer(),
      'Ana',
      at('2026-12-02', '12:00'),
    );
    await cancelAppointment(salon.db, {
      customerId: gone.customerId,
      appointmentId: gone.id,
      now: NOW,
    });
    await booked(await salon.newCustomer(), 'Ana', at('2026-12-03', '10:00'));
    await blockTime(salon.db, {
      stylistId: salon.stylistId('Ana'),
      kind: 'weekly',
      weekday: 3,
      startMinute: 840,
      endMinute: 900,
      now: NOW,
    });
    await blockTime(salon.db, {
      stylistId: salon.stylistId('Ana'),
      kind: 'weekly',
      weekday: 4,
      startMinute: 840,
      endMinute: 900,
      now: NOW,
    });
    await salon.db
      .update(stylists)
      .set({ active: false })
      .where(eq(stylists.name, 'Pilar'));

    const agenda = await dayAgenda(salon.db, '2026-12-02');

    expect(agenda.date).toBe('2026-12-02');
    expect(agenda.stylists.map((s) => s.stylist.name)).toEqual([
      'Víctor',
      'Ana',
      'Marta',
      'Ana María',
      'Rosa',
    ]);
    const ana = agenda.stylists[1];
    expect(ana.appointments).toEqual([
      {
        appointment: early,
        customerName: 'Eva',
        customerPhone: expect.any(String),
        services: [{ id: early.serviceIds[0], name: expect.any(String) }],
        bookedByStaffName: null,
        followUp: {
          confirmation: expect.objectContaining({ status: expect.any(String) }),
          reminder: { status: 'scheduled', reason: null, doneAt: null },
          unconfirmedFlaggedAt: null,
        },
        customerNoShows: 0,
      },
      {
        appointment: late,
        customerName: 'Laura',
        customerPhone: '+34611222333',
        services: [{ id: late.serviceIds[0], name: expect.any(String) }],
        bookedByStaffName: null,
        followUp: expect.objectContaining({ unconfirmedFlaggedAt: null }),
        customerNoShows: 0,
      },
    ]);
    expect(ana.blocks).toEqual([
      {
        id: expect.any(Number),
        reason: null,
        stylistId: salon.stylistId('Ana'),
        kind: 'weekly',
        weekday: 3,
        startMinute: 840,
        endMinute: 900,
      },
    ]);
    expect(agenda.stylists[0].appointments).toEqual([]);
    await salon.db
      .update(stylists)
      .set({ active: true })
      .where(eq(stylists.name, 'Pilar'));
  });

  it('blocks time and names the appointments already inside it', async () => {
    const marta = salon.stylistId('Marta');
    const inside = await booked(
      await salon.newCustomer(),
      'Marta',
      at('2026-12-04', '11:00'),
    );
    await booked(await salon.newCustomer(), 'Marta', at('2026-12-04', '13:00'));
    const nextWeek = await booked(
      await salon.newCustomer(),
      'Marta',
      at('2026-12-11', '11:30'),
    );

    const once = await blockTime(salon.db, {
      stylistId: marta,
      kind: 'once',
      start: at('2026-12-04', '10:30'),
      end: at('2026-12-04', '12:00'),
      reason: 'Médico',
      now: NOW,
    });
    const weekly = await blockTime(salon.db, {
      stylistId: marta,
      kind: 'weekly',
      weekday: 5,
      startMinute: 11 * 60 + 15,
      endMinute: 12 * 60,
      now: NOW,
    });

    expect(once).toEqual({
      kind: 'blocked',
      id: expect.any(Number),
      event: {
        stylistId: marta,
        kind: 'once',
        start: at('2026-12-04', '10:30'),
        end: at('2026-12-04', '12:00'),
      },
      overlapping: [inside],
    });
    expect(weekly).toMatchObject({
      kind: 'blocked',
      overlapping: [inside, nextWeek],
    });
    expect(
      await bookAppointment(salon.db, {
        customerId: await salon.newCustomer(),
        stylistId: marta,
        serviceIds: [salon.serviceId('Corte mujer')],
        start: at('2026-12-18', '11:00'),
        now: NOW,
        idempotencyKey: 'after-weekly-block',
      }),
    ).toEqual({ kind: 'rule_broken', rule: 'blocked' });
  });

  it('refuses a block with no time in it or for nobody', async () => {
    const marta = salon.stylistId('Marta');
    const cases = [
      {
        stylistId: marta,
        kind: 'once' as const,
        start: at('2026-12-04', '12:00'),
        end: at('2026-12-04', '12:00'),
      },
      {
        stylistId: marta,
        kind: 'weekly' as const,
        weekday: 8,
        startMinute: 600,
        endMinute: 660,
      },
      {
        stylistId: marta,
        kind: 'weekly' as const,
        weekday: 2,
        startMinute: 700,
        endMinute: 660,
      },
      {
        stylistId: marta,
        kind: 'weekly' as const,
        weekday: 2,
        startMinute: 600,
        endMinute: 99_999,
      },
    ];
    for (const event of cases) {
      expect(await blockTime(salon.db, event)).toEqual({
        kind: 'invalid',
        problem: 'invalid_time',
      });
    }
    expect(
      await blockTime(salon.db, {
        stylistId: 999_999,
        kind: 'weekly',
        weekday: 2,
        startMinute: 600,
        endMinute: 660,
      }),
    ).toEqual({ kind: 'invalid', problem: 'unknown_stylist' });
  });

  it('marks appointments completed or no-show, and not cancelled ones', async () => {
    const customerId = await salon.newCustomer();
    const came = await booked(customerId, 'Víctor', at('2026-12-05', '09:00'));
    const missed = await booked(
      customerId,
      'Víctor',
      at('2026-12-05', '10:00'),
    );
    const cancelled = await booked(
      customerId,
      'Víctor',
      at('2026-12-05', '11:00'),
    );
    await cancelAppointment(salon.db, {
      customerId,
      appointmentId: cancelled.id,
      now: NOW,
    });

    expect(await markCompleted(salon.db, came.id)).toEqual({
      kind: 'updated',
      appointment: {
        ...came,
        status: 'completed',
        updatedAt: expect.any(Date),
      },
    });
    expect(await markCompleted(salon.db, came.id)).toMatchObject({
      kind: 'updated',
    });
    expect(await markNoShow(salon.db, missed.id)).toEqual({
      kind: 'updated',
      appointment: {
        ...missed,
        status: 'no_show',
        updatedAt: expect.any(Date),
      },
    });
    expect(await markNoShow(salon.db, cancelled.id)).toEqual({
      kind: 'cancelled',
    });
    expect(await markCompleted(salon.db, 999_999)).toEqual({
      kind: 'not_found',
    });
  });
});
