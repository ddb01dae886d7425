// Confirmation requests and reminders on the real Postgres: written by the trigger in the transaction that books, moves
// or cancels, claimed once each by concurrent workers, skipped when they are no use any more.
import { seedDemoSalon } from '../seed/seed-demo-salon.js';
import {
  createMigratedTestDatabase,
  ledgerMessage,
  type MigratedTestDatabase,
} from '../../testing.js';
import { recordInboundMessage } from './inbound.js';
import { sql } from 'drizzle-orm';
import {
  claimDueAppointmentMessages,
  latestConversationsOf,
  queueAppointmentMessages,
  skipAppointmentMessage,
  useClockInTransaction,
} from './appointment-messages.js';

const HOUR = 3_600_000;

describe('appointment messages', () => {
  let database: MigratedTestDatabase;
  let customerId: number;
  let stylistId: number;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
    await seedDemoSalon(database.db);
    [{ id: customerId }] = await database.sql<{ id: number }[]>`
      INSERT INTO customers (phone, name, chatwoot_contact_id)
      VALUES ('+34600000001', 'Lucía', 99) RETURNING id`;
    [{ id: stylistId }] = await database.sql<{ id: number }[]>`
      SELECT id FROM stylists ORDER BY id LIMIT 1`;
  });

  afterEach(async () => {
    await database.drop();
  });

  let keys = 0;
  /** An appointment of an hour, `hoursAhead` from the database's now, with its own stylist slot. */
  const book = async (hoursAhead: number, status = 'pending') => {
    const start = new Date(Date.now() + hoursAhead * HOUR);
    const [row] = await database.sql<{ id: number }[]>`
      INSERT INTO appointments (customer_id, stylist_id, start_at, end_at, status, price_cents, idempotency_key)
      VALUES (${customerId}, ${stylistId}, ${start.toISOString()}::timestamptz,
              ${new Date(start.getTime() + HOUR).toISOString()}::timestamptz,
              ${status}::appointment_status, 2500, ${`key-${++keys}`})
      RETURNING id`;
    return { id: row.id, start };
  };

  const messages = (appointmentId: number) =>
    database.sql<{ kind: string; status: string; reason: string | null }[]>`
      SELECT kind::text, status::text, reason FROM appointment_messages
       WHERE appointment_id = ${appointmentId} ORDER BY kind`;

  const claim = (now: Date, limit = 100) =>
    database.db.transaction((tx) =>
      claimDueAppointmentMessages(tx, { now, limit }),
    );

  it('a booking owes a confirmation request and a reminder, written in its own transaction', async () => {
    const { id } = await book(48);
    expect(await messages(id)).toEqual([
      { kind: 'confirmation', status: 'scheduled', reason: null },
      { kind: 'reminder', status: 'scheduled', reason: null },
    ]);
  });

  it('a booking rolled back leaves nothing owed', async () => {
    await database.sql
      .begin(async (tx) => {
        await tx`
          INSERT INTO appointments (customer_id, stylist_id, start_at, end_at, price_cents, idempotency_key)
          VALUES (${customerId}, ${stylistId}, now() + interval '2 days', now() + interval '2 days 1 hour', 2500, 'rolled-back')`;
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await database.sql`SELECT * FROM appointment_messages`).toEqual([]);
  });

  it('each message is due at its offset before the start (24 h and 2 h by default)', async () => {
    const { start } = await book(48);
    const before = (hours: number) => new Date(start.getTime() - hours * HOUR);
    expect((await claim(before(25))).due).toEqual([]);
    const confirmation = await claim(before(24));
    expect(confirmation.due.map((m) => m.kind)).toEqual(['confirmation']);
    expect((await claim(before(3))).due).toEqual([]);
    const reminder = await claim(before(2));
    expect(reminder.due.map((m) => m.kind)).toEqual(['reminder']);
    expect(reminder.due[0]).toMatchObject({ customerId, startAt: start });
    expect((await claim(before(1))).due).toEqual([]);
  });

  it('a change of the offsets applies to the messages not yet sent', async () => {
    const { start } = await book(48);
    await database.sql`UPDATE salon_settings SET confirmation_offset_minutes = 1500, reminder_offset_minutes = 300`;
    const confirmation = await claim(new Date(start.getTime() - 25 * HOUR));
    expect(confirmation.due.map((m) => m.kind)).toEqual(['confirmation']);
    const reminder = await claim(new Date(start.getTime() - 5 * HOUR));
    expect(reminder.due.map((m) => m.kind)).toEqual(['reminder']);
  });

  it('booked 3 hours ahead: only the reminder is sent', async () => {
    const { id, start } = await book(3);
    const claimed = await claim(new Date(start.getTime() - 2 * HOUR));
    expect(claimed.due.map((m) => m.kind)).toEqual(['reminder']);
    expect(claimed.skipped).toEqual([
      expect.objectContaining({
        kind: 'confirmation',
        reason: 'booked_within_offset',
      }),
    ]);
    expect(await messages(id)).toEqual([
      {
        kind: 'confirmation',
        status: 'skipped',
        reason: 'booked_within_offset',
      },
      { kind: 'reminder', status: 'queued', reason: null },
    ]);
  });

  it("goes by the booking transaction's clock (atrevete.now), not the database's", async () => {
    // Booked on an injected clock a week before the start: the confirmation request is owed.
    const start = new Date(Date.now() + 3 * HOUR);
    const bookedAt = new Date(start.getTime() - 7 * 24 * HOUR);
    await database.db.transaction(async (tx) => {
      await useClockInTransaction(tx, bookedAt);
      await tx.execute(sql`
        INSERT INTO appointments (customer_id, stylist_id, start_at, end_at, price_cents, idempotency_key)
        VALUES (${customerId}, ${stylistId}, ${start.toISOString()}::timestamptz,
                ${new Date(start.getTime() + HOUR).toISOString()}::timestamptz, 2500, 'clocked')`);
    });
    const claimed = await claim(new Date(start.getTime() - 24 * HOUR));
    expect(claimed.due.map((m) => m.kind)).toEqual(['confirmation']);
    expect(claimed.skipped).toEqual([]);
  });

  it('a confirmed appointment owes no confirmation request', async () => {
    const { id } = await book(48);
    await database.sql`UPDATE appointments SET status = 'confirmed' WHERE id = ${id}`;
    expect(await messages(id)).toEqual([
      { kind: 'confirmation', status: 'skipped', reason: 'already_confirmed' },
      { kind: 'reminder', status: 'scheduled', reason: null },
    ]);
  });

  it('a move schedules both again, for the new time, also after the reminder went out', async () => {
    const { id, start } = await book(48);
    await claim(new Date(start.getTime() - HOUR));
    const later = new Date(start.getTime() + 24 * HOUR);
    await database.sql`
      UPDATE appointments
         SET start_at = ${later.toISOString()}::timestamptz,
             end_at = ${new Date(later.getTime() + HOUR).toISOString()}::timestamptz
       WHERE id = ${id}`;
    expect(await messages(id)).toEqual([
      { kind: 'confirmation', status: 'scheduled', reason: null },
      { kind: 'reminder', status: 'scheduled', reason: null },
    ]);
    const [{ for_start_at }] = await database.sql<{ for_start_at: string }[]>`
      SELECT for_start_at FROM appointment_messages WHERE appointment_id = ${id} LIMIT 1`;
    expect(new Date(for_start_at)).toEqual(later);
  });

  it('a cancel removes what was not sent', async () => {
    const { id } = await book(48);
    await database.sql`
      UPDATE appointments SET status = 'cancelled', cancelled_at = now() WHERE id = ${id}`;
    expect(await messages(id)).toEqual([
      {
        kind: 'confirmation',
        status: 'cancelled',
        reason: 'appointment_cancelled',
      },
      {
        kind: 'reminder',
        status: 'cancelled',
        reason: 'appointment_cancelled',
      },
    ]);
    expect((await claim(new Date(Date.now() + 47 * HOUR))).due).toEqual([]);
  });

  it('after an outage, what is due once the appointment started is skipped, never sent', async () => {
    const { id, start } = await book(48);
    const claimed = await claim(new Date(start.getTime() + 5 * 60_000));
    expect(claimed.due).toEqual([]);
    expect(claimed.skipped.map((m) => m.reason)).toEqual([
      'too_late',
      'too_late',
    ]);
    expect((await messages(id)).map((m) => m.status)).toEqual([
      'skipped',
      'skipped',
    ]);
  });

  it('after an outage that reaches the reminder, only the reminder goes: one message, not two', async () => {
    const { id, start } = await book(48);
    const claimed = await claim(new Date(start.getTime() - HOUR));
    expect(claimed.due.map((m) => m.kind)).toEqual(['reminder']);
    expect(claimed.skipped).toEqual([
      expect.objectContaining({ kind: 'confirmation', reason: 'too_late' }),
    ]);
    expect((await messages(id)).map((m) => m.status)).toEqual([
      'skipped',
      'queued',
    ]);
  });

  it('workers claiming at the same time get each message once', async () => {
    const booked = [];
    for (let i = 0; i < 30; i++) {
      // One-hour appointments a day apart each: no overlap for the one stylist.
      booked.push(await book(30 + i * 2));
    }
    const now = new Date(Date.now() + 200 * HOUR - 2 * HOUR);
    const claims = await Promise.all(
      Array.from({ length: 3 }, () =>
        database.db.transaction(async (tx) => {
          const mine = [];
          for (;;) {
            const { due, skipped } = await claimDueAppointmentMessages(tx, {
              now: new Date(Math.min(now.getTime(), Date.now() + 100 * HOUR)),
              limit: 4,
            });
            if (due.length + skipped.length === 0) return mine;
            mine.push(...due.map((m) => m.id), ...skipped.map((m) => m.id));
          }
        }),
      ),
    );
    const all = claims.flat();
    expect(new Set(all).size).toBe(all.length);
    const [{ count }] = await database.sql<{ count: number }[]>`
      SELECT count(*)::int AS count FROM appointment_messages WHERE status <> 'scheduled'`;
    expect(all.length).toBe(count);
    expect(count).toBeGreaterThan(0);
  });

  it("finds the customer's newest conversation in the ledger, with when they last wrote", async () => {
    const latestConversationOf = async (db: typeof database.db, id: number) =>
      (await latestConversationsOf(db, [id])).get(id) ?? null;
    expect(await latestConversationOf(database.db, customerId)).toBeNull();
    await recordInboundMessage(
      database.db,
      ledgerMessage(1, {
        conversationId: 41,
        createdAt: '2026-11-20T10:00:00.000Z',
      }),
    );
    await recordInboundMessage(
      database.db,
      ledgerMessage(2, {
        conversationId: 42,
        createdAt: '2026-11-26T11:00:00.000Z',
      }),
    );
    await recordInboundMessage(
      database.db,
      ledgerMessage(3, {
        conversationId: 50,
        contactId: 7,
        createdAt: '2026-11-27T09:00:00.000Z',
      }),
    );
    expect(await latestConversationOf(database.db, customerId)).toEqual({
      accountId: 1,
      conversationId: 42,
      lastCustomerMessageAt: new Date('2026-11-26T11:00:00.000Z'),
    });
    // The web widget (another inbox) written to later does not take WhatsApp's reminders.
    await recordInboundMessage(
      database.db,
      ledgerMessage(4, {
        conversationId: 60,
        inboxId: 9,
        createdAt: '2026-11-28T09:00:00.000Z',
      }),
    );
    const inWhatsApp = await latestConversationsOf(
      database.db,
      [customerId],
      7,
    );
    expect(inWhatsApp.get(customerId)?.conversationId).toBe(42);
    expect(
      (await latestConversationOf(database.db, customerId))?.conversationId,
    ).toBe(60);
  });

  it('hands a claimed message to the outbox once, or records why it is skipped', async () => {
    const first = await book(48);
    const second = await book(50);
    const conversation = {
      accountId: 1,
      conversationId: 42,
      lastCustomerMessageAt: new Date(),
    };
    await database.db.transaction(async (tx) => {
      const { due } = await claimDueAppointmentMessages(tx, {
        now: new Date(first.start.getTime() - HOUR),
        limit: 10,
      });
      const reminder = due.find(
        (m) => m.appointmentId === first.id && m.kind === 'reminder',
      );
      const other = due.find((m) => m.appointmentId === second.id);
      if (!reminder || !other) throw new Error('nothing claimed');
      for (let i = 0; i < 2; i++)
        await queueAppointmentMessages(tx, [
          {
            id: reminder.id,
            target: { kind: 'conversation', conversation },
            content: 'Te recordamos tu cita de hoy.',
          },
        ]);
      await skipAppointmentMessage(tx, other.id, 'no_conversation');
    });
    const sent = await database.sql<{ turn_id: string; payload: unknown }[]>`
      SELECT turn_id, payload FROM outbox`;
    expect(sent).toHaveLength(1);
    expect(sent[0].payload).toEqual({
      content: 'Te recordamos tu cita de hoy.',
    });
    expect((await messages(second.id)).map((m) => m.reason)).toContain(
      'no_conversation',
    );
  });
});
