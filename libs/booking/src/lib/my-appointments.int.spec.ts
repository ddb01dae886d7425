import { appointments } from '@atrevete/db';
import { eq } from 'drizzle-orm';
import {
  cancelAppointment,
  listCustomerAppointments,
} from './my-appointments.js';
import {
  NOW,
  at,
  createTestSalon,
  type TestSalon,
} from '../testing/test-salon.js';

describe("a customer's own appointments", () => {
  let salon: TestSalon;

  beforeAll(async () => {
    salon = await createTestSalon();
  });

  afterAll(async () => {
    await salon.close();
  });

  const booked = (customerId: number, start: Date, stylist?: string) =>
    salon.book(customerId, start, stylist);

  it('lists only the coming pending and confirmed ones, soonest first', async () => {
    const laura = await salon.newCustomer('Laura');
    const other = await salon.newCustomer('Otra');
    const friday = await booked(laura, at('2026-12-04', '12:00'));
    const wednesday = await booked(laura, at('2026-12-02', '12:00'));
    const cancelled = await booked(laura, at('2026-12-03', '12:00'));
    await cancelAppointment(salon.db, {
      customerId: laura,
      appointmentId: cancelled.id,
      now: NOW,
    });
    await booked(other, at('2026-12-02', '13:00'));

    const listed = await listCustomerAppointments(salon.db, laura, NOW);
    expect(listed.map((a) => a.id)).toEqual([wednesday.id, friday.id]);
    // Thursday, Wednesday's appointment is past.
    const later = await listCustomerAppointments(
      salon.db,
      laura,
      at('2026-12-03', '09:00'),
    );
    expect(later.map((a) => a.id)).toEqual([friday.id]);
  });

  it('cancels an appointment at least 24 hours ahead, and frees its time', async () => {
    const customerId = await salon.newCustomer();
    const appointment = await booked(
      customerId,
      at('2026-12-10', '10:00'),
      'Pilar',
    );
    const now = at('2026-12-09', '10:00');

    const result = await cancelAppointment(salon.db, {
      customerId,
      appointmentId: appointment.id,
      now,
    });

    expect(result).toEqual({
      kind: 'cancelled',
      appointment: {
        ...appointment,
        status: 'cancelled',
        updatedAt: expect.any(Date),
      },
    });
    const [row] = await salon.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, appointment.id));
    expect(row.cancelledAt).toEqual(now);
    expect(await listCustomerAppointments(salon.db, customerId, NOW)).toEqual(
      [],
    );
    const someoneElse = await booked(
      await salon.newCustomer(),
      at('2026-12-10', '10:00'),
      'Pilar',
    );
    expect(someoneElse.status).toBe('pending');
  });

  it('refuses inside the window: the salon handles it', async () => {
    const customerId = await salon.newCustomer();
    const appointment = await booked(
      customerId,
      at('2026-12-10', '11:00'),
      'Pilar',
    );

    const result = await cancelAppointment(salon.db, {
      customerId,
      appointmentId: appointment.id,
      now: at('2026-12-09', '11:01'),
    });

    expect(result).toEqual({ kind: 'too_late', windowHours: 24 });
    expect(
      await listCustomerAppointments(salon.db, customerId, NOW),
    ).toHaveLength(1);
  });

  it("does not find another customer's appointment", async () => {
    const owner = await salon.newCustomer();
    const intruder = await salon.newCustomer();
    const appointment = await booked(owner, at('2026-12-10', '12:00'), 'Pilar');

    expect(
      await cancelAppointment(salon.db, {
        customerId: intruder,
        appointmentId: appointment.id,
        now: NOW,
      }),
    ).toEqual({ kind: 'not_found' });
    expect(
      await cancelAppointment(salon.db, {
        customerId: intruder,
        appointmentId: 999_999,
        now: NOW,
      }),
    ).toEqual({ kind: 'not_found' });
    expect(await listCustomerAppointments(salon.db, owner, NOW)).toHaveLength(
      1,
    );
  });

  it('cancels once when asked twice, and again later still says cancelled', async () => {
    const customerId = await salon.newCustomer();
    const appointment = await booked(
      customerId,
      at('2026-12-10', '13:00'),
      'Pilar',
    );
    const request = { customerId, appointmentId: appointment.id, now: NOW };

    const [first, second] = await Promise.all([
      cancelAppointment(salon.db, request),
      cancelAppointment(salon.db, request),
    ]);
    const late = await cancelAppointment(salon.db, {
      ...request,
      now: at('2026-12-10', '12:00'),
    });

    expect(first).toEqual(second);
    expect(late).toEqual(first);
    expect(first).toMatchObject({
      kind: 'cancelled',
      appointment: { status: 'cancelled' },
    });
  });
});
