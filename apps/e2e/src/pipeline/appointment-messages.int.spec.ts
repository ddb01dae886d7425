// Confirmation requests end to end, with the built apps as processes: three agent-worker replicas send each one once, a kill -9 before or after the claim's commit still gives one message, and the customer's answers reach the bot and act on the appointment.
import postgres from 'postgres';
import { incomingMessageEvent } from '@atrevete/schema/testing';
import type { RecordedRequest } from '@atrevete/chatwoot/testing';
import { ACCOUNT_ID, Pipeline, type Worker } from '../support/pipeline.js';
import { waitForExit } from '../support/processes.js';
import { sleep, waitUntil } from '../support/wait.js';

const FAST = {
  SWEEP_INTERVAL_MS: '300',
  SWEEP_GRACE_MS: '1000',
  LOCK_TTL_MS: '1000',
  APPOINTMENT_MESSAGES_INTERVAL_MS: '200',
};
/** Longer than a few passes, a sweep and a lock expiry: a second send would have happened by then. */
const SETTLE_MS = 3000;
const HOUR = 3_600_000;
const REQUEST = /te recordamos tu cita/;

interface Customer {
  conversationId: number;
  contactId: number;
  appointmentId: number;
  said: number;
}

describe('confirmation requests sent by agent-worker replicas', () => {
  let pipeline: Pipeline;
  let sql: postgres.Sql;
  let stylistId: number;
  let next = 0;

  beforeAll(async () => {
    pipeline = await Pipeline.start({
      api: { TURN_DEBOUNCE_MS: '0' },
      worker: FAST,
    });
    sql = postgres(pipeline.database.url, {
      max: 2,
      onnotice: () => undefined,
    });
    [{ id: stylistId }] = await sql<{ id: number }[]>`
      SELECT id FROM stylists WHERE name = 'Ana'`;
  });
  afterAll(async () => {
    await sql?.end();
    await pipeline?.close();
  });

  const say = (customer: Customer, content: string) =>
    pipeline.deliver(
      incomingMessageEvent({
        messageId: customer.conversationId * 100 + ++customer.said,
        conversationId: customer.conversationId,
        contactId: customer.contactId,
        contactName: 'Lucía Gómez',
        content,
        accountId: ACCOUNT_ID,
      }),
    );

  /**
   * A customer who wrote "hola" and has a pending appointment booked two days ago whose confirmation request is due
   * now (its start a little under 24 hours away), each 1 h 06 min before the previous one's.
   */
  async function customerWithAppointment(): Promise<Customer> {
    const n = ++next;
    const customer: Customer = {
      conversationId: 700 + n,
      contactId: 7000 + n,
      appointmentId: 0,
      said: 0,
    };
    const [{ id: customerId }] = await sql<{ id: number }[]>`
      INSERT INTO customers (chatwoot_contact_id, phone, name)
      VALUES (${customer.contactId}, ${`+3461234${String(n).padStart(4, '0')}`}, 'Lucía Gómez')
      RETURNING id`;
    // The customer wrote to the salon (today: inside WhatsApp's 24-hour window).
    await say(customer, 'hola');
    const start = new Date(Date.now() + 24 * HOUR - 60_000 - n * 1.1 * HOUR);
    // Booked two days ago (the clock the trigger schedules by), in one transaction that a
    // worker's pass sees whole: a request less than 24 hours ahead of its booking is not sent.
    const id = await sql.begin(async (tx) => {
      await tx`SELECT set_config('atrevete.now', ${new Date(Date.now() - 48 * HOUR).toISOString()}, true)`;
      const [{ id }] = await tx<{ id: number }[]>`
        INSERT INTO appointments (customer_id, stylist_id, start_at, end_at, price_cents, idempotency_key)
        VALUES (${customerId}, ${stylistId}, ${start.toISOString()}::timestamptz,
                ${new Date(start.getTime() + HOUR).toISOString()}::timestamptz, 2500, ${`e2e-${n}`})
        RETURNING id`;
      await tx`
        INSERT INTO appointment_services (appointment_id, position, service_id, duration_minutes, price_cents)
        SELECT ${id}, 0, id, 60, 2500 FROM services WHERE name = 'Corte mujer'`;
      return id;
    });
    customer.appointmentId = id;
    return customer;
  }

  /** The confirmation requests Chatwoot got in the customer's conversation. */
  const requestsTo = (customer: Customer): RecordedRequest[] =>
    pipeline
      .repliesTo(customer.conversationId)
      .filter((r) => REQUEST.test(String(r.body['content'])));
  const lastReplyTo = (customer: Customer) =>
    String(pipeline.repliesTo(customer.conversationId).at(-1)?.body['content']);
  const statusOf = async (customer: Customer) =>
    (
      await sql<{ status: string }[]>`
        SELECT status::text FROM appointments WHERE id = ${customer.appointmentId}`
    )[0].status;
  const replied = (customer: Customer, what: string, pattern: RegExp) =>
    waitUntil(
      () => `${what} (last reply: ${lastReplyTo(customer)})`,
      async () => pattern.test(lastReplyTo(customer)),
      15_000,
    );
  const stopAll = (workers: Worker[]) =>
    Promise.all(workers.map((w) => w.stop()));

  it('three replicas send each due request once, and the customers answer it', async () => {
    const customers: Customer[] = [];
    for (let i = 0; i < 12; i++) {
      customers.push(await customerWithAppointment());
    }
    const workers = await Promise.all([
      pipeline.startWorker(),
      pipeline.startWorker(),
      pipeline.startWorker(),
    ]);
    try {
      await waitUntil(
        'every customer asked to confirm',
        async () => customers.every((c) => requestsTo(c).length > 0),
        20_000,
      );
      await sleep(SETTLE_MS);
      for (const customer of customers) {
        expect(requestsTo(customer)).toHaveLength(1);
        // Inside the 24-hour window: plain text, no template.
        expect(requestsTo(customer)[0].body['template_params']).toBeUndefined();
      }
      const [{ queued }] = await sql<{ queued: number }[]>`
        SELECT count(*)::int AS queued FROM appointment_messages
         WHERE kind = 'confirmation' AND status = 'queued'`;
      expect(queued).toBe(12);

      // The answers, understood as answers to the request.
      const [yes, no, move] = customers;
      await say(yes, 'ok 👍 allí estaré');
      await replied(yes, 'the yes thanked', /queda confirmada/);
      expect(await statusOf(yes)).toBe('confirmed');

      await say(no, 'no puedo, lo siento');
      await replied(no, 'the check asked', /¿la cancelo\?/);
      expect(await statusOf(no)).toBe('pending');
      await say(no, 'sí');
      await replied(no, 'the cancel said', /he cancelado tu cita/);
      expect(await statusOf(no)).toBe('cancelled');

      await say(move, '¿puedo cambiarla?');
      await replied(move, 'the move started', /Vamos a cambiar tu cita/);
    } finally {
      await stopAll(workers);
    }
  });

  it.each([
    ['before the commit of its claim', 'before-appointment-messages-commit'],
    ['after the commit of its claim', 'after-appointment-messages-commit'],
  ] as const)(
    'a worker killed with SIGKILL %s still gives each customer one request',
    async (_when, point) => {
      const doomed = await pipeline.startWorker({ FAULT_POINT: point });
      const customers = [
        await customerWithAppointment(),
        await customerWithAppointment(),
      ];
      expect(await waitForExit(doomed, 15_000)).toBe('SIGKILL');
      const statuses = await sql<{ status: string }[]>`
        SELECT status::text FROM appointment_messages
         WHERE kind = 'confirmation'
           AND appointment_id IN ${sql(customers.map((c) => c.appointmentId))}`;
      // Rolled back with the process, or committed with its outbox rows: never half of it.
      expect(new Set(statuses.map((s) => s.status))).toEqual(
        new Set([point.startsWith('before') ? 'scheduled' : 'queued']),
      );
      for (const customer of customers)
        expect(requestsTo(customer)).toHaveLength(0);

      const healthy = [
        await pipeline.startWorker(),
        await pipeline.startWorker(),
      ];
      try {
        await waitUntil(
          'both customers asked to confirm',
          async () => customers.every((c) => requestsTo(c).length > 0),
          20_000,
        );
        await sleep(SETTLE_MS);
        for (const customer of customers)
          expect(requestsTo(customer)).toHaveLength(1);
      } finally {
        await stopAll(healthy);
      }
    },
  );
});
