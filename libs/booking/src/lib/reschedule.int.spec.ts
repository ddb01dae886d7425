import { appointments } from '@atrevete/db';
import { eq } from 'drizzle-orm';
import { bookAppointment } from './book.js';
import { listCustomerAppointments } from './my-appointments.js';
import { rescheduleAppointment, type RescheduleRequest } from './reschedule.js';
import {
  NOW,
  at,
  createTestSalon,
  type TestSalon,
} from '../testing/test-salon.js';
import type { Appointment } from './types.js';

describe('rescheduleAppointment', () => {
  let salon: TestSalon;
  let keys = 0;

  beforeAll(async () => {
    salon = await createTestSalon();
  });

  afterAll(async () => {
    await salon.close();
  });

  const booked = (customerId: number, start: Date, stylist?: string) =>
    salon.book(customerId, start, stylist);

  function move(
    appointment: Appointment,
    start: Date,
    extra: Partial<RescheduleRequest> = {},
  ) {
    return rescheduleAppointment(salon.db, {
      customerId: appointment.customerId,
      appointmentId: appointment.id,
      start,
      now: NOW,
      idempotencyKey: `move-${++keys}`,
      ...extra,
    });
  }

  const active = (customerId: number) =>
    listCustomerAppointments(salon.db, customerId, NOW);

  it('moves an appointment: the new one is pending, the old one cancelled', async () => {
    const customerId = await salon.newCustomer();
    const old = await booked(customerId, at('2026-12-02', '10:00'));

    const result = await move(old, at('2026-12-03', '17:00'));

    expect(result).toMatchObject({
      kind: 'booked',
      appointment: {
        customerId,
        stylistId: old.stylistId,
        serviceIds: old.serviceIds,
        start: at('2026-12-03', '17:00'),
        end: at('2026-12-03', '17:45'),
        status: 'pending',
      },
    });
    expect(await active(customerId)).toEqual([
      result.kind === 'booked' && result.appointment,
    ]);
  });

  it('keeps whom the appointment is for when it moves', async () => {
    const customerId = await salon.newCustomer();
    const old = await booked(customerId, at('2026-12-02', '16:00'));
    await salon.db
      .update(appointments)
      .set({ bookedFor: 'Carla' })
      .where(eq(appointments.id, old.id));

    const result = await move(
      { ...old, bookedFor: 'Carla' },
      at('2026-12-03', '16:00'),
    );

    expect(result).toMatchObject({
      kind: 'booked',
      appointment: { bookedFor: 'Carla' },
    });
  });

  it('moves onto a time that overlaps its own old slot, and to another stylist', async () => {
    const customerId = await salon.newCustomer();
    const old = await booked(customerId, at('2026-12-02', '12:00'));

    const later = await move(old, at('2026-12-02', '12:15'));
    expect(later).toMatchObject({
      kind: 'booked',
      appointment: { start: at('2026-12-02', '12:15') },
    });

    const moved = later.kind === 'booked' ? later.appointment : old;
    const withMarta = await move(moved, at('2026-12-02', '12:15'), {
      stylistId: salon.stylistId('Marta'),
    });
    expect(withMarta).toMatchObject({
      kind: 'booked',
      appointment: { stylistId: salon.stylistId('Marta') },
    });
    expect((await active(customerId)).map((a) => a.stylistId)).toEqual([
      salon.stylistId('Marta'),
    ]);
  });

  it("keeps the old appointment when the new slot is someone else's", async () => {
    const customerId = await salon.newCustomer();
    const old = await booked(customerId, at('2026-12-02', '15:00'));
    await booked(await salon.newCustomer(), at('2026-12-02', '17:00'));

    const result = await move(old, at('2026-12-02', '17:15'));

    expect(result.kind).toBe('slot_taken');
    const alternatives =
      result.kind === 'slot_taken' ? result.alternatives : [];
    expect(alternatives[0]).toMatchObject({ stylistId: old.stylistId });
    expect(await active(customerId)).toEqual([old]);
  });

  it('finds only the customer’s own active appointments', async () => {
    const owner = await salon.newCustomer();
    const old = await booked(owner, at('2026-12-04', '10:00'));

    expect(
      await move(old, at('2026-12-04', '11:00'), {
        customerId: await salon.newCustomer(),
      }),
    ).toEqual({
      kind: 'not_found',
    });
    expect(
      await move({ ...old, id: 999_999 }, at('2026-12-04', '11:00')),
    ).toEqual({ kind: 'not_found' });
    await move(old, at('2026-12-04', '12:00'));
    expect(await move(old, at('2026-12-04', '13:00'))).toEqual({
      kind: 'not_found',
    });
  });

  it('refuses inside the cancellation window and when the new slot breaks a rule', async () => {
    const customerId = await salon.newCustomer();
    const old = await booked(customerId, at('2026-12-04', '15:00'));

    expect(
      await move(old, at('2026-12-11', '15:00'), {
        now: at('2026-12-03', '16:00'),
      }),
    ).toEqual({
      kind: 'too_late',
      windowHours: 24,
    });
    expect(await move(old, at('2026-12-07', '15:00'))).toEqual({
      kind: 'rule_broken',
      rule: 'closed_day',
    });
    expect(await active(customerId)).toEqual([old]);
  });

  it('changes nothing twice when the same key is replayed', async () => {
    const customerId = await salon.newCustomer();
    const old = await booked(customerId, at('2026-12-04', '17:00'));
    const request = { idempotencyKey: 'move-replayed' };

    const first = await move(old, at('2026-12-05', '10:00'), request);
    const replay = await move(old, at('2026-12-05', '10:00'), request);

    expect(replay).toEqual(first);
    expect(await active(customerId)).toHaveLength(1);
  });

  it('leaves exactly one appointment when the same one is moved 10 times at once', async () => {
    const customerId = await salon.newCustomer();
    const old = await booked(customerId, at('2026-12-09', '10:00'), 'Pilar');
    const times = [
      '11:00',
      '11:15',
      '11:30',
      '11:45',
      '12:00',
      '12:15',
      '12:30',
      '12:45',
      '13:00',
      '13:15',
    ];

    const results = await Promise.all(
      times.map((time) => move(old, at('2026-12-09', time))),
    );

    expect(results.filter((r) => r.kind === 'booked')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'not_found')).toHaveLength(9);
    const [only] = await active(customerId);
    expect(await active(customerId)).toHaveLength(1);
    expect(results.find((r) => r.kind === 'booked')).toEqual({
      kind: 'booked',
      appointment: only,
    });
  });

  it('never leaves anyone with zero or two appointments while others race for the new slot', async () => {
    const pilar = salon.stylistId('Pilar');
    for (const [round, time] of [
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
    ].entries()) {
      const mover = await salon.newCustomer();
      const old = await booked(mover, at('2026-12-10', time), 'Víctor');
      const rivals = await Promise.all([
        salon.newCustomer(),
        salon.newCustomer(),
      ]);
      const target = at('2026-12-10', time);

      const [moved, ...rivalResults] = await Promise.all([
        move(old, target, { stylistId: pilar }),
        ...rivals.map((customerId) =>
          bookAppointment(salon.db, {
            customerId,
            stylistId: pilar,
            serviceIds: [salon.serviceId('Corte mujer')],
            start: target,
            now: NOW,
            idempotencyKey: `rival-${round}-${customerId}`,
          }),
        ),
      ]);

      const winners = [moved, ...rivalResults].filter(
        (r) => r.kind === 'booked',
      );
      expect({ round, winners: winners.length }).toEqual({ round, winners: 1 });
      const moverHas = await active(mover);
      expect(moverHas).toHaveLength(1);
      expect(moverHas[0].stylistId).toBe(
        moved.kind === 'booked' ? pilar : salon.stylistId('Víctor'),
      );
      for (const [i, customerId] of rivals.entries()) {
        expect(await active(customerId)).toHaveLength(
          rivalResults[i].kind === 'booked' ? 1 : 0,
        );
      }
    }
  });

  it('gives the new slot to one of two customers moving into it at once', async () => {
    const [first, second] = await Promise.all([
      salon.newCustomer(),
      salon.newCustomer(),
    ]);
    const a = await booked(first, at('2026-12-11', '10:00'), 'Ana');
    const b = await booked(second, at('2026-12-11', '10:00'), 'Marta');
    const target = at('2026-12-11', '16:00');
    const pilar = salon.stylistId('Pilar');

    const results = await Promise.all([
      move(a, target, { stylistId: pilar }),
      move(b, target, { stylistId: pilar }),
    ]);

    expect(results.map((r) => r.kind).sort()).toEqual(['booked', 'slot_taken']);
    expect(await active(first)).toHaveLength(1);
    expect(await active(second)).toHaveLength(1);
  });
});
