import { appointments, blockingEvents, holidays, stylists } from '@atrevete/db';
import { eq } from 'drizzle-orm';
import { bookAppointment } from './book.js';
import { cancelAppointment } from './my-appointments.js';
import { loadSchedule, searchAvailability } from './schedule.js';
import {
  NOW,
  at,
  createTestSalon,
  type TestSalon,
} from '../testing/test-salon.js';

describe('loadSchedule', () => {
  let salon: TestSalon;
  let keys = 0;

  beforeAll(async () => {
    salon = await createTestSalon();
  });

  afterAll(async () => {
    await salon.close();
  });

  async function book(customerId: number, stylist: string, start: Date) {
    const result = await bookAppointment(salon.db, {
      customerId,
      stylistId: salon.stylistId(stylist),
      serviceIds: [salon.serviceId('Corte mujer')],
      start,
      now: NOW,
      idempotencyKey: `schedule-${++keys}`,
    });
    if (result.kind !== 'booked') throw new Error(`not booked: ${result.kind}`);
    return result.appointment;
  }

  it("reads the salon's rules, hours, holidays and active stylists", async () => {
    await salon.db
      .update(stylists)
      .set({ active: false })
      .where(eq(stylists.name, 'Pilar'));

    const schedule = await loadSchedule(salon.db, {
      from: '2026-12-01',
      to: '2026-12-10',
    });

    expect(schedule.rules).toEqual({
      timeZone: 'Europe/Madrid',
      slotMinutes: 15,
      minNoticeMinutes: 120,
      maxDaysAhead: 60,
      cancellationWindowHours: 24,
      maxFutureAppointments: 3,
    });
    expect(schedule.openingHours[0]).toEqual({
      weekday: 2,
      opensAt: 600,
      closesAt: 1200,
      breakStart: null,
      breakEnd: null,
    });
    expect(schedule.openingHours.map((h) => h.weekday)).toEqual([
      2, 3, 4, 5, 6,
    ]);
    expect(schedule.holidays).toEqual(['2026-12-06', '2026-12-08']);
    expect(schedule.stylists.map((s) => s.name)).toEqual([
      'Víctor',
      'Ana',
      'Marta',
      'Ana María',
      'Rosa',
    ]);
    expect(schedule.stylists[0]).toEqual({
      id: salon.stylistId('Víctor'),
      name: 'Víctor',
      category: 'Peluquería',
      active: true,
    });
    await salon.db
      .update(stylists)
      .set({ active: true })
      .where(eq(stylists.name, 'Pilar'));
  });

  it('takes the pending and confirmed appointments and the blocks that touch the range', async () => {
    const customer = await salon.newCustomer();
    const ana = salon.stylistId('Ana');
    const inside = await book(customer, 'Ana', at('2026-12-15', '19:15'));
    const cancelled = await book(customer, 'Ana', at('2026-12-15', '10:00'));
    await cancelAppointment(salon.db, {
      customerId: customer,
      appointmentId: cancelled.id,
      now: NOW,
    });
    await book(customer, 'Ana', at('2026-12-16', '10:00'));
    await salon.db
      .update(appointments)
      .set({ status: 'confirmed' })
      .where(eq(appointments.id, inside.id));
    await salon.db.insert(blockingEvents).values([
      // From the evening before into the morning of the range: it touches it.
      {
        stylistId: ana,
        kind: 'once',
        startAt: at('2026-12-14', '18:00'),
        endAt: at('2026-12-15', '11:00'),
      },
      {
        stylistId: ana,
        kind: 'once',
        startAt: at('2026-12-16', '00:00'),
        endAt: at('2026-12-16', '23:59'),
      },
      {
        stylistId: ana,
        kind: 'weekly',
        weekday: 4,
        startMinute: 840,
        endMinute: 900,
        reason: 'Comida',
      },
    ]);

    const schedule = await loadSchedule(salon.db, {
      from: '2026-12-15',
      to: '2026-12-15',
    });

    expect(schedule.appointments).toEqual([
      {
        stylistId: ana,
        start: at('2026-12-15', '19:15'),
        end: at('2026-12-15', '20:00'),
      },
    ]);
    expect(schedule.blocks).toEqual([
      {
        stylistId: ana,
        kind: 'once',
        start: at('2026-12-14', '18:00'),
        end: at('2026-12-15', '11:00'),
      },
      {
        stylistId: ana,
        kind: 'weekly',
        weekday: 4,
        startMinute: 840,
        endMinute: 900,
      },
    ]);
  });

  it('covers whole local days across the October DST change', async () => {
    await salon.db
      .insert(holidays)
      .values({ date: '2027-10-31', name: 'Prueba' });
    const customer = await salon.newCustomer();
    // 23:30 UTC on Saturday 30 October is already Sunday 31 in Madrid (UTC+1 after the change).
    await salon.db.insert(appointments).values({
      customerId: customer,
      stylistId: salon.stylistId('Marta'),
      startAt: new Date('2027-10-30T23:30:00Z'),
      endAt: new Date('2027-10-31T00:15:00Z'),
      priceCents: 0,
      idempotencyKey: 'dst-late-night',
    });

    const sunday = await loadSchedule(salon.db, {
      from: '2027-10-31',
      to: '2027-10-31',
    });
    const saturday = await loadSchedule(salon.db, {
      from: '2027-10-30',
      to: '2027-10-30',
    });

    expect(sunday.holidays).toEqual(['2027-10-31']);
    expect(sunday.appointments).toHaveLength(1);
    expect(saturday.appointments).toHaveLength(0);
  });

  it('searches availability over the horizon it loaded', async () => {
    const customer = await salon.newCustomer();
    await book(customer, 'Víctor', at('2026-12-17', '10:00'));

    const result = await searchAvailability(salon.db, {
      durationMinutes: 45,
      category: 'Peluquería',
      stylistId: salon.stylistId('Víctor'),
      from: '2026-12-17',
      now: NOW,
    });

    expect(result).toEqual({
      kind: 'slots',
      slots: [
        expect.objectContaining({ start: at('2026-12-17', '10:45') }),
        expect.objectContaining({ start: at('2026-12-17', '11:00') }),
        expect.objectContaining({ start: at('2026-12-17', '11:15') }),
      ],
    });
  });
});
