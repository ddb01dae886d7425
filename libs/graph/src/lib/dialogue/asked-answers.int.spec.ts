// The customer's answers to the salon's confirmation request, understood by the offline rules, on the real booking engine: yes confirms, no is checked once then cancels and frees the slot, "¿puedo cambiarla?" moves it, inside the cancellation window too.
import { createTestSalon, type TestSalon } from '@atrevete/booking/testing';
import { bookingDeskOf } from '@atrevete/booking';
import { RulesUnderstander } from '@atrevete/understanding';
import { MemorySaver } from '@langchain/langgraph';
import { sql } from 'drizzle-orm';
import { demoSalon, serviceId } from '../../testing/demo-salon.js';
import { buildConversationGraph, runTurn } from '../conversation-graph.js';

/** Thursday 26 November 2026, 10:00 in Madrid: the confirmation request went out an hour ago. */
const NOW = new Date('2026-11-26T09:00:00Z');
/** Friday 27 November, 10:00 in Madrid: inside the 24-hour cancellation window. */
const FIRST_START = new Date('2026-11-27T09:00:00Z');
const ANA = 2;

let salon: TestSalon;
beforeAll(async () => {
  salon = await createTestSalon();
});
afterAll(() => salon.close());

let contacts = 9100;

/** A customer with a pending appointment on Friday at 10:00 with Ana, and (unless `asked` is false) the salon's confirmation request sent. */
async function askedCustomer(asked = true) {
  const contactId = ++contacts;
  const desk = bookingDeskOf(salon.db);
  const contact = {
    contactId,
    phone: `+34600${contactId}`,
    phoneVerified: true,
    profileName: 'Lucía Gómez',
  };
  const customer = await desk.customer({
    chatwootContactId: contactId,
    phone: contact.phone,
    phoneVerified: true,
    name: 'Lucía Gómez',
  });
  // Each customer's appointment 45 minutes after the previous one's, with Ana.
  const start = new Date(
    FIRST_START.getTime() + (contactId - 9101) * 45 * 60_000,
  );
  const [{ id }] = (await salon.db.execute(sql`
    INSERT INTO appointments (customer_id, stylist_id, start_at, end_at, price_cents, idempotency_key)
    VALUES (${customer.id}, ${ANA}, ${start.toISOString()}::timestamptz,
            ${new Date(start.getTime() + 45 * 60_000).toISOString()}::timestamptz, 2500, ${`asked-${contactId}`})
    RETURNING id`)) as unknown as { id: number }[];
  await salon.db.execute(sql`
    INSERT INTO appointment_services (appointment_id, position, service_id, duration_minutes, price_cents)
    VALUES (${id}, 0, ${serviceId('Corte mujer')}, 45, 2500)`);
  if (asked)
    await salon.db.execute(sql`
      UPDATE appointment_messages SET status = 'queued', done_at = ${NOW.toISOString()}::timestamptz
       WHERE appointment_id = ${id} AND kind = 'confirmation'`);

  const graph = buildConversationGraph({
    directory: demoSalon(),
    desk,
    understander: new RulesUnderstander(),
    checkpointer: new MemorySaver(),
    handoffSettleMs: 60_000,
  });
  let turn = 0;
  let checkpoint: string | null = null;
  const say = async (text: string) => {
    const result = await runTurn(graph, {
      threadId: `thread-${contactId}`,
      turnId: `turn-${contactId}-${++turn}`,
      texts: [text],
      now: new Date(NOW.getTime() + turn * 60_000),
      contact,
      baseCheckpointId: checkpoint,
    });
    checkpoint = result.checkpointId;
    return result.reply;
  };
  const status = async () =>
    (
      (await salon.db.execute(
        sql`SELECT status FROM appointments WHERE id = ${id}`,
      )) as unknown as { status: string }[]
    )[0].status;
  const time = start.toLocaleTimeString('es-ES', {
    timeZone: 'Europe/Madrid',
    hour: '2-digit',
    minute: '2-digit',
  });
  /** Another customer's booking of the same time with Ana (the exclusion constraint refuses it while this one holds it). */
  const bookSameSlot = () =>
    salon.db.execute(sql`
      INSERT INTO appointments (customer_id, stylist_id, start_at, end_at, price_cents, idempotency_key)
      SELECT customer_id, stylist_id, start_at, end_at, price_cents, ${`again-${contactId}`}
        FROM appointments WHERE id = ${id}`);
  return { say, status, time, bookSameSlot };
}

describe("answers to the salon's confirmation request", () => {
  it.each([
    'sí',
    'ok 👍',
    'allí estaré',
    'Sii, ahí estaré sin falta',
    'perfecto, gracias',
    'confirmo',
  ])('"%s" confirms it, with a short thanks', async (text) => {
    const { say, status, time } = await askedCustomer();
    expect(await say(text)).toBe(
      `¡Gracias, Lucía! Tu cita queda confirmada: Corte mujer con Ana, el viernes 27 de noviembre a las ${time}. ¡Te esperamos!`,
    );
    expect(await status()).toBe('confirmed');
  });

  it.each(['no puedo', 'no', 'al final no puedo'])(
    '"%s" is checked once, then the appointment is cancelled and its slot free',
    async (text) => {
      const { say, status, bookSameSlot } = await askedCustomer();
      expect(await say(text)).toMatch(
        /^Vaya, ¿la cancelo\? Es tu cita de Corte mujer con Ana/,
      );
      expect(await status()).toBe('pending');
      await expect(bookSameSlot()).rejects.toThrow();
      expect(await say('sí')).toMatch(/^Listo, he cancelado tu cita/);
      expect(await status()).toBe('cancelled');
      await expect(bookSameSlot()).resolves.toBeDefined();
    },
  );

  it('"no" then "no, la mantengo" keeps it', async () => {
    const { say, status } = await askedCustomer();
    await say('no puedo');
    expect(await say('no')).toBe('Perfecto, tu cita sigue en pie.');
    expect(await status()).toBe('pending');
  });

  it('"¿puedo cambiarla?" starts moving it, inside the cancellation window too', async () => {
    const { say, status } = await askedCustomer();
    expect(await say('¿puedo cambiarla?')).toMatch(
      /^Vamos a cambiar tu cita de Corte mujer con Ana.*¿Qué día y a qué hora te vendría mejor\?$/s,
    );
    expect(await status()).toBe('pending');
  });

  it('a yes nobody asked for is not a confirmation', async () => {
    const { say, status } = await askedCustomer(false);
    expect(await say('sí')).not.toMatch(/confirmada/);
    expect(await status()).toBe('pending');
  });
});
