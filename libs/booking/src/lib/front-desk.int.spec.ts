import {
  auditLog,
  createStaffAccount,
  insertAuditEntry,
  type StaffAccount,
} from '@atrevete/db';
import { and, eq } from 'drizzle-orm';
import { bookAppointment } from './book.js';
import type { AuditWriter } from './desk-audit.js';
import {
  blockAtDesk,
  cancelAtDesk,
  moveAppointment,
  recordOutcome,
  removeBlock,
} from './front-desk.js';
import { searchAvailability } from './schedule.js';
import { at, createTestSalon, type TestSalon } from '../testing/test-salon.js';

describe('the front desk', () => {
  let salon: TestSalon;
  let receptionist: StaffAccount;
  let keys = 0;
  const key = () => `desk-${++keys}`;
  // Tuesday 1 December 2026, 10:30 in Madrid: the salon has been open for half an hour.
  const now = at('2026-12-01', '10:30');

  beforeAll(async () => {
    salon = await createTestSalon();
    const created = await createStaffAccount(salon.db, {
      email: 'lucia@salon.test',
      name: 'Lucía',
      role: 'staff',
      passwordHash: 'not-used',
    });
    if (created.kind !== 'created') throw new Error('no account');
    receptionist = created.account;
  });
  afterAll(() => salon.close());

  const audit: AuditWriter = (tx, entry) =>
    insertAuditEntry(tx, { staffId: receptionist.id, ...entry });
  const desk = () => ({ staffId: receptionist.id, audit });
  const auditRows = (entityId: string, entity = 'appointment') =>
    salon.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)));

  const walkIn = async (
    start: Date,
    stylist = 'Víctor',
    service = 'Corte hombre',
  ) =>
    bookAppointment(salon.db, {
      customerId: await salon.newCustomer('Paco'),
      stylistId: salon.stylistId(stylist),
      serviceIds: [salon.serviceId(service)],
      start,
      now,
      idempotencyKey: key(),
      desk: desk(),
    });

  it('books a walk-in inside the minimum notice that the bot must refuse, recording who booked it', async () => {
    const bot = await bookAppointment(salon.db, {
      customerId: await salon.newCustomer(),
      stylistId: salon.stylistId('Víctor'),
      serviceIds: [salon.serviceId('Corte hombre')],
      start: at('2026-12-01', '11:00'),
      now,
      idempotencyKey: key(),
    });
    expect(bot).toEqual({ kind: 'rule_broken', rule: 'too_soon' });

    const result = await walkIn(at('2026-12-01', '11:00'));
    if (result.kind !== 'booked') throw new Error(result.kind);
    expect(result.appointment.bookedByStaffId).toBe(receptionist.id);
    const [row] = await auditRows(String(result.appointment.id));
    expect(row).toMatchObject({
      staffId: receptionist.id,
      action: 'appointment.book',
      before: null,
      after: { start: '2026-12-01T10:00:00.000Z', status: 'pending' },
    });
  });

  it('refuses a time that has passed and one outside the opening hours, writing nothing', async () => {
    expect(await walkIn(at('2026-12-01', '10:00'))).toEqual({
      kind: 'rule_broken',
      rule: 'too_soon',
    });
    expect(await walkIn(at('2026-12-01', '19:45'))).toEqual({
      kind: 'rule_broken',
      rule: 'outside_hours',
    });
  });

  it("refuses a booking over the bot's booking with the nearest free slots, and writes no audit", async () => {
    const bot = await salon.book(
      await salon.newCustomer(),
      at('2026-12-02', '12:00'),
      'Marta',
    );
    const before = await salon.db.select().from(auditLog);
    const result = await walkIn(
      at('2026-12-02', '12:15'),
      'Marta',
      'Corte mujer',
    );
    expect(result.kind).toBe('slot_taken');
    if (result.kind === 'slot_taken')
      expect(result.alternatives.length).toBeGreaterThan(0);
    expect(await salon.db.select().from(auditLog)).toHaveLength(before.length);
    expect(bot.status).toBe('pending');
  });

  it('offers the desk free slots starting now, where the bot offers none before the notice', async () => {
    const query = {
      durationMinutes: 30,
      category: 'Peluquería',
      stylistId: salon.stylistId('Pilar'),
      from: '2026-12-01',
      now,
      limit: 1,
    };
    const desk = await searchAvailability(salon.db, query, { atDesk: true });
    expect(desk).toMatchObject({
      kind: 'slots',
      slots: [{ start: at('2026-12-01', '10:30') }],
    });
    const bot = await searchAvailability(salon.db, query);
    expect(bot).toMatchObject({
      kind: 'slots',
      slots: [{ start: at('2026-12-01', '12:30') }],
    });
  });

  it('moves an appointment in place: same id, services and price, another time and stylist', async () => {
    const original = await salon.book(
      await salon.newCustomer(),
      at('2026-12-03', '10:00'),
      'Ana',
    );
    const result = await moveAppointment(salon.db, {
      ...desk(),
      appointmentId: original.id,
      expectedUpdatedAt: original.updatedAt,
      stylistId: salon.stylistId('Ana María'),
      start: at('2026-12-03', '10:30'),
      now,
    });
    expect(result).toEqual({
      kind: 'moved',
      appointment: {
        ...original,
        stylistId: salon.stylistId('Ana María'),
        start: at('2026-12-03', '10:30'),
        end: at('2026-12-03', '11:15'),
        updatedAt: expect.any(Date),
      },
    });
    const [row] = await auditRows(String(original.id));
    expect(row).toMatchObject({
      action: 'appointment.move',
      before: { start: '2026-12-03T09:00:00.000Z' },
      after: { start: '2026-12-03T09:30:00.000Z' },
    });
  });

  it("refuses a move onto someone else's appointment and leaves both as they were", async () => {
    const mine = await salon.book(
      await salon.newCustomer(),
      at('2026-12-03', '16:00'),
      'Marta',
    );
    const theirs = await salon.book(
      await salon.newCustomer(),
      at('2026-12-03', '17:00'),
      'Marta',
    );
    const result = await moveAppointment(salon.db, {
      ...desk(),
      appointmentId: mine.id,
      expectedUpdatedAt: mine.updatedAt,
      start: at('2026-12-03', '17:15'),
      now,
    });
    expect(result.kind).toBe('slot_taken');
    expect(await auditRows(String(mine.id))).toEqual([]);
    const [still] = await salon.db.query.appointments.findMany({
      where: (a, { eq: equals }) => equals(a.id, mine.id),
    });
    expect(still.startAt).toEqual(mine.start);
    expect(theirs.status).toBe('pending');
  });

  it('lets one of two staff moving the same appointment at once win; the other is told it changed', async () => {
    const appointment = await salon.book(
      await salon.newCustomer(),
      at('2026-12-04', '10:00'),
      'Víctor',
    );
    const move = (time: string) =>
      moveAppointment(salon.db, {
        ...desk(),
        appointmentId: appointment.id,
        expectedUpdatedAt: appointment.updatedAt,
        start: at('2026-12-04', time),
        now,
      });
    const outcomes = await Promise.all([move('12:00'), move('13:00')]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['changed', 'moved']);
    expect(await auditRows(String(appointment.id))).toHaveLength(1);
  });

  it('cancels with a reason whatever the window, frees the time, and refuses an empty reason', async () => {
    const appointment = await salon.book(
      await salon.newCustomer(),
      at('2026-12-01', '18:00'),
      'Pilar',
    );
    const cancel = (reason: string) =>
      cancelAtDesk(salon.db, {
        ...desk(),
        appointmentId: appointment.id,
        reason,
        now,
      });
    expect(await cancel('   ')).toEqual({ kind: 'invalid', problem: 'reason' });
    const result = await cancel(' Llamó: está enferma ');
    expect(result).toMatchObject({
      kind: 'cancelled',
      appointment: {
        status: 'cancelled',
        cancellationReason: 'Llamó: está enferma',
      },
    });
    expect(await cancel('otra vez')).toMatchObject({ kind: 'changed' });
    expect((await walkIn(at('2026-12-01', '18:00'), 'Pilar')).kind).toBe(
      'booked',
    );
  });

  it('records completed and no-show only once the appointment has started', async () => {
    const appointment = await salon.book(
      await salon.newCustomer(),
      at('2026-12-05', '10:00'),
      'Ana',
    );
    const outcome = (when: Date) =>
      recordOutcome(salon.db, {
        ...desk(),
        appointmentId: appointment.id,
        status: 'no_show',
        now: when,
      });
    expect(await outcome(now)).toEqual({ kind: 'too_early' });
    expect(await outcome(at('2026-12-05', '10:20'))).toMatchObject({
      kind: 'updated',
      appointment: { status: 'no_show' },
    });
  });

  it('blocks time with its reason and removes the block, both audited', async () => {
    const blocked = await blockAtDesk(salon.db, {
      ...desk(),
      stylistId: salon.stylistId('Rosa'),
      kind: 'once',
      start: at('2026-12-09', '10:00'),
      end: at('2026-12-09', '14:00'),
      reason: 'Formación',
      now,
    });
    if (blocked.kind !== 'blocked') throw new Error(blocked.kind);
    expect(
      await removeBlock(salon.db, { ...desk(), blockId: blocked.id }),
    ).toEqual({ kind: 'removed' });
    expect(
      await removeBlock(salon.db, { ...desk(), blockId: blocked.id }),
    ).toEqual({ kind: 'not_found' });
    expect(
      (await auditRows(String(blocked.id), 'blocking_event'))
        .map((r) => r.action)
        .sort(),
    ).toEqual(['block.create', 'block.remove']);
  });
});
