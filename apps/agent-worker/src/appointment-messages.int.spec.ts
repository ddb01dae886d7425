// Confirmation requests, reminders and unconfirmed flags on the real Postgres, with the clock in the test's hands: when each is due, once however many passes run at once, text inside WhatsApp's 24-hour window and the template outside it, and the HTTP calls the reply sender makes for them.
import { randomUUID } from 'node:crypto';
import { ChatwootClient } from '@atrevete/chatwoot';
import {
  startFakeChatwoot,
  type FakeChatwoot,
} from '@atrevete/chatwoot/testing';
import * as store from '@atrevete/db';
import {
  createMigratedTestDatabase,
  ledgerMessage,
  type MigratedTestDatabase,
} from '@atrevete/db/testing';
import {
  createLogger,
  createRegistry,
  createWorkerMetrics,
} from '@atrevete/observability';
import {
  createConversationLocks,
  createRedisConnection,
} from '@atrevete/queue';
import type { ConversationKey } from '@atrevete/schema';
import { outboxOf } from './adapters.js';
import {
  sendDueAppointmentMessages,
  type AppointmentMessagesDeps,
} from './appointment-messages.js';
import { sendPendingReplies } from './replies.js';

const HOUR = 3_600_000;
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
/** The test's clock: Wednesday 9 December 2026, 09:00 in Madrid. */
const T0 = new Date('2026-12-09T08:00:00.000Z');
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

describe('confirmation requests and reminders', () => {
  let database: MigratedTestDatabase;
  let customerId: number;
  let stylist: { id: number; name: string };
  let service: { id: number; name: string };
  let enqueued: ConversationKey[];
  let metrics: ReturnType<typeof createWorkerMetrics>;
  let keys = 0;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
    await store.seedDemoSalon(database.db, { now: T0 });
    [{ id: customerId }] = await database.sql<{ id: number }[]>`
      INSERT INTO customers (phone, name, chatwoot_contact_id)
      VALUES ('+34600111222', 'Lucía Gómez', 99) RETURNING id`;
    [stylist] = await database.sql<{ id: number; name: string }[]>`
      SELECT id, name FROM stylists WHERE name = 'Ana'`;
    [service] = await database.sql<{ id: number; name: string }[]>`
      SELECT id, name FROM services ORDER BY id LIMIT 1`;
    enqueued = [];
    metrics = createWorkerMetrics(createRegistry('test', false));
  });
  afterEach(() => database.drop());

  const deps = (
    now: Date,
    overrides: Partial<AppointmentMessagesDeps> = {},
  ): AppointmentMessagesDeps => ({
    db: database.db,
    now: () => now,
    inbox: { accountId: 1, inboxId: 7 },
    enqueueReplies: async (key) => {
      enqueued.push(key);
    },
    fault: () => undefined,
    logger: createLogger({ name: 'test', level: 'silent' }),
    metrics,
    ...overrides,
  });
  const pass = (now: Date) => sendDueAppointmentMessages(deps(now));
  const counted = async () =>
    (await metrics.appointmentMessages.get()).values.map(
      ({ labels, value }) => `${labels.kind}:${labels.outcome}=${value}`,
    );

  /** The customer writes in conversation 42 at `when` (the 24-hour window runs from there). */
  const customerWrote = (when: Date, messageId = 1) =>
    store.recordInboundMessage(
      database.db,
      ledgerMessage(messageId, { createdAt: when.toISOString() }),
    );

  /** Books an hour with Ana starting `startHours` from T0, as if at `bookedAt` (the engine's clock). */
  async function book(startHours: number, bookedAt = T0): Promise<number> {
    return database.db.transaction(async (tx) => {
      await store.useClockInTransaction(tx, bookedAt);
      const start = at(startHours);
      const [{ id }] = await tx
        .insert(store.appointments)
        .values({
          customerId,
          stylistId: stylist.id,
          startAt: start,
          endAt: new Date(start.getTime() + HOUR),
          priceCents: 2500,
          idempotencyKey: `key-${++keys}`,
        })
        .returning({ id: store.appointments.id });
      await tx.insert(store.appointmentServices).values({
        appointmentId: id,
        serviceId: service.id,
        position: 0,
        durationMinutes: 60,
        priceCents: 2500,
      });
      return id;
    });
  }

  const outbox = () =>
    database.sql<
      {
        turnId: string;
        conversationId: number;
        kind: string;
        payload: Record<string, unknown>;
      }[]
    >`SELECT turn_id AS "turnId", conversation_id::int AS "conversationId", kind::text, payload
        FROM outbox ORDER BY id`;
  const messagesSent = async () =>
    (await outbox()).filter((r) => r.kind === 'message');
  const statuses = async (appointmentId: number) =>
    Object.fromEntries(
      (
        await database.sql<
          { kind: string; status: string; reason: string | null }[]
        >`
          SELECT kind::text, status::text, reason FROM appointment_messages
           WHERE appointment_id = ${appointmentId}`
      ).map((m) => [m.kind, m.reason ? `${m.status}:${m.reason}` : m.status]),
    );

  it('sends the confirmation request at 24 h and the reminder at 2 h, each once, as text inside the window', async () => {
    const id = await book(48); // Friday 11 December, 09:00 in Madrid.
    await customerWrote(at(23.5));
    expect(await pass(at(23.9))).toEqual({ queued: 0, skipped: 0, flagged: 0 });

    expect(await pass(at(24))).toMatchObject({ queued: 1 });
    expect(await pass(at(24.1))).toMatchObject({ queued: 0 });
    expect(await outbox()).toEqual([
      {
        turnId: `appointment-message-${(await database.sql`SELECT id FROM appointment_messages WHERE appointment_id = ${id} AND kind = 'confirmation'`)[0]['id']}`,
        conversationId: 42,
        kind: 'message',
        payload: {
          content: `Hola Lucía, te recordamos tu cita en Atrévete Peluquería mañana, viernes 11 de diciembre a las 09:00, con Ana (${service.name}). ¿Nos confirmas que vienes? Responde sí o no.`,
        },
      },
    ]);
    expect(enqueued).toEqual([{ accountId: 1, conversationId: 42 }]);

    await customerWrote(at(30), 2);
    expect(await pass(at(45.9))).toMatchObject({ queued: 0 });
    expect(await pass(at(46))).toMatchObject({ queued: 1 });
    expect((await messagesSent())[1].payload).toEqual({
      content:
        'Hola Lucía, te esperamos hoy a las 09:00 con Ana. Calle de la Constitución 5, Madrid.',
    });
    expect(await statuses(id)).toEqual({
      confirmation: 'queued',
      reminder: 'queued',
    });
  });

  it("outside the 24-hour window sends the salon's template, with its body parameters", async () => {
    const id = await book(48);
    await customerWrote(at(-1));
    await pass(at(24));
    const [row] = await outbox();
    expect(row.conversationId).toBe(42);
    expect(row.payload['template']).toEqual({
      name: 'confirmacion_cita',
      category: 'UTILITY',
      language: 'es',
      processed_params: {
        body: {
          '1': 'Lucía',
          '2': 'mañana, viernes 11 de diciembre',
          '3': '09:00',
          '4': 'Ana',
          '5': service.name,
        },
      },
    });
    expect(await statuses(id)).toMatchObject({ confirmation: 'queued' });
  });

  it('with no template configured sends nothing outside the window, and records why', async () => {
    await database.sql`UPDATE salon_settings SET confirmation_template = NULL`;
    const id = await book(48);
    await customerWrote(at(-1));
    expect(await pass(at(24))).toEqual({ queued: 0, skipped: 1, flagged: 0 });
    expect(await outbox()).toEqual([]);
    expect(await statuses(id)).toMatchObject({
      confirmation: 'skipped:no_template',
    });
    // What the engineer on call sees: a reason to fix the salon's settings.
    expect(await counted()).toEqual(['confirmation:no_template=1']);
  });

  it('a customer who never wrote gets a new conversation for their contact, with the template', async () => {
    await book(48);
    await pass(at(24));
    const [row] = await outbox();
    expect(row.conversationId).toBe(0);
    expect(row.payload['newConversation']).toEqual({
      inboxId: 7,
      contactId: 99,
    });
    expect(row.payload['template']).toMatchObject({
      name: 'confirmacion_cita',
    });
    expect(enqueued).toEqual([{ accountId: 1, conversationId: 0 }]);
  });

  it('a customer with neither conversation nor WhatsApp contact gets nothing, with the reason', async () => {
    await database.sql`UPDATE customers SET chatwoot_contact_id = NULL`;
    const id = await book(48);
    await pass(at(24));
    expect(await statuses(id)).toMatchObject({
      confirmation: 'skipped:no_whatsapp_contact',
    });
  });

  it('booked 3 hours ahead sends only the reminder', async () => {
    const id = await book(3);
    await customerWrote(T0);
    expect(await pass(at(1))).toEqual({ queued: 1, skipped: 1, flagged: 0 });
    expect(await statuses(id)).toEqual({
      confirmation: 'skipped:booked_within_offset',
      reminder: 'queued',
    });
    expect((await outbox())[0].payload['content']).toMatch(
      /te esperamos hoy a las 12:00/,
    );
  });

  it('a move reschedules both; a cancel removes what was not sent', async () => {
    const moved = await book(48);
    const cancelled = await book(50);
    await customerWrote(T0);
    await database.sql`UPDATE appointments SET start_at = start_at + interval '1 day', end_at = end_at + interval '1 day' WHERE id = ${moved}`;
    await database.sql`UPDATE appointments SET status = 'cancelled', cancelled_at = now() WHERE id = ${cancelled}`;
    expect(await pass(at(26))).toMatchObject({ queued: 0 });
    expect(await statuses(cancelled)).toEqual({
      confirmation: 'cancelled:appointment_cancelled',
      reminder: 'cancelled:appointment_cancelled',
    });
    expect(await pass(at(48))).toMatchObject({ queued: 1 });
    expect((await outbox())[0].payload['content']).toMatch(
      /sábado 12 de diciembre a las 09:00/,
    );
  });

  it('three workers passing at the same time send each message once', async () => {
    // 15 appointments 1 h 30 apart from T0 + 30 h: at T0 + 28 h every confirmation request is due, and the first reminder.
    for (let i = 0; i < 15; i++) await book(30 + i * 1.5);
    await customerWrote(at(20));
    const replicas = [1, 2, 3].map(() =>
      store.createDatabase(database.url, { max: 2 }),
    );
    const queued: number[] = [];
    try {
      // Small batches, so that the replicas' claims meet.
      for (let round = 0; round < 4; round++) {
        const results = await Promise.all(
          replicas.map((replica) =>
            sendDueAppointmentMessages(
              deps(at(28), { db: replica.db, batchSize: 2 }),
            ),
          ),
        );
        queued.push(...results.map((r) => r.queued));
      }
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
    }
    // The first appointment's reminder is due too: it goes instead of its confirmation request.
    const rows = await messagesSent();
    expect(rows).toHaveLength(15);
    expect(new Set(rows.map((r) => r.turnId)).size).toBe(15);
    expect(queued.reduce((a, b) => a + b, 0)).toBe(15);
    expect(queued.filter((n) => n > 0).length).toBeGreaterThan(3);
  });

  it('flags an appointment still unconfirmed 4 hours before it starts, once, in the conversation and the console', async () => {
    const id = await book(48);
    await customerWrote(at(23));
    await pass(at(24));
    expect(await pass(at(43.9))).toMatchObject({ flagged: 0 });
    expect(await pass(at(44))).toMatchObject({ flagged: 1 });
    expect(await pass(at(44.5))).toMatchObject({ flagged: 0 });
    const flags = (await outbox()).filter(
      (r) => r.turnId === `unconfirmed-${id}`,
    );
    expect(flags.map((r) => [r.kind, r.payload])).toEqual([
      [
        'private_note',
        {
          content: `Cita sin confirmar: Lucía Gómez, viernes 11 de diciembre a las 09:00 con Ana (${service.name}). Se le pidió confirmación y no ha respondido: llamadle o liberad el hueco.`,
        },
      ],
      ['add_labels', { labels: ['cita-sin-confirmar'] }],
    ]);
    const [row] =
      await database.sql`SELECT unconfirmed_flagged_at FROM appointments WHERE id = ${id}`;
    expect(row['unconfirmed_flagged_at']).not.toBeNull();
  });

  it('a confirmed appointment is neither asked nor flagged', async () => {
    const id = await book(48);
    await customerWrote(at(23));
    await database.sql`UPDATE appointments SET status = 'confirmed' WHERE id = ${id}`;
    await pass(at(24));
    expect(await pass(at(44))).toMatchObject({ flagged: 0 });
    expect(await statuses(id)).toMatchObject({
      confirmation: 'skipped:already_confirmed',
    });
  });

  it('the day after, what nobody marked is completed', async () => {
    const yesterday = await book(-20);
    const today = await book(2);
    await store.completeUnmarkedAppointments(database.db, T0);
    const rows = await database.sql<{ id: number; status: string }[]>`
      SELECT id, status::text FROM appointments ORDER BY id`;
    expect(rows).toEqual([
      { id: yesterday, status: 'completed' },
      { id: today, status: 'pending' },
    ]);
  });
});

describe('sending them through Chatwoot', () => {
  let database: MigratedTestDatabase;
  let chatwoot: FakeChatwoot;
  const redis = createRedisConnection(REDIS_URL, 'worker');
  const prefix = `test-${randomUUID()}`;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    chatwoot = await startFakeChatwoot();
  });
  afterAll(async () => {
    await chatwoot.close();
    redis.disconnect();
    await database.drop();
  });

  const replyDeps = () => {
    const locks = createConversationLocks(redis, prefix, 2000);
    return {
      outbox: outboxOf(database.db, { redis, queuePrefix: prefix }),
      chatwoot: new ChatwootClient({ baseUrl: chatwoot.url, apiToken: 't' }),
      lockReplies: (k: ConversationKey) =>
        locks.acquire(`reply:${k.accountId}:${k.conversationId}`),
      echoWaitMs: 10_000,
      fault: () => undefined,
      logger: createLogger({ name: 'test', level: 'silent' }),
      metrics: createWorkerMetrics(createRegistry('test', false)),
    };
  };

  it('posts the template as Chatwoot takes it, and starts a conversation with the contact', async () => {
    const template = {
      name: 'recordatorio_cita',
      category: 'UTILITY',
      language: 'es',
      processed_params: {
        body: {
          '1': 'Lucía',
          '2': 'hoy',
          '3': '17:00',
          '4': 'Ana',
          '5': 'Corte mujer',
        },
      },
    };
    await database.db.transaction((tx) =>
      store.queueAppointmentMessages(tx, [
        {
          id: 1,
          target: {
            kind: 'conversation',
            conversation: {
              accountId: 1,
              conversationId: 42,
              lastCustomerMessageAt: T0,
            },
          },
          content: 'Hola Lucía, te esperamos hoy a las 17:00 con Ana.',
          template,
        },
        {
          id: 2,
          target: {
            kind: 'new_conversation',
            accountId: 1,
            inboxId: 7,
            contactId: 99,
          },
          content: 'Hola Lucía, te esperamos hoy a las 17:00 con Ana.',
          template,
        },
      ]),
    );
    await sendPendingReplies({ accountId: 1, conversationId: 42 }, replyDeps());
    await sendPendingReplies({ accountId: 1, conversationId: 0 }, replyDeps());
    const [posted, started] = chatwoot.requests;
    expect(posted.path).toBe('/api/v1/accounts/1/conversations/42/messages');
    expect(posted.body).toMatchObject({
      content: 'Hola Lucía, te esperamos hoy a las 17:00 con Ana.',
      message_type: 'outgoing',
      private: false,
      template_params: template,
    });
    expect(started.path).toBe('/api/v1/accounts/1/conversations');
    expect(started.body).toMatchObject({
      inbox_id: 7,
      contact_id: 99,
      message: {
        content: 'Hola Lucía, te esperamos hoy a las 17:00 con Ana.',
        template_params: template,
      },
    });
    const rows = await database.sql<
      { status: string }[]
    >`SELECT status::text FROM outbox ORDER BY id`;
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
  });
});
