// Who the customer is: the Chatwoot contact, linked by phone only where the channel verifies the number.
import { at, createTestSalon, type TestSalon } from '@atrevete/booking/testing';
import { bookingDeskOf } from '@atrevete/booking';
import { RulesUnderstander } from '@atrevete/understanding';
import { MemorySaver } from '@langchain/langgraph';
import { sql } from 'drizzle-orm';
import { demoSalon } from '../../testing/demo-salon.js';
import { buildConversationGraph, runTurn } from '../conversation-graph.js';
import type { ContactRef } from '../ports.js';
import { noAppointments } from '../replies.js';

/** Monday 30 November 2026, 09:00 in Madrid. */
const NOW = new Date('2026-11-30T08:00:00Z');
const PHONE = '+34611222444';

let salon: TestSalon;
let appointmentId: number;
beforeAll(async () => {
  salon = await createTestSalon();
  const owner = await bookingDeskOf(salon.db).customer({
    chatwootContactId: 8001,
    phone: PHONE,
    phoneVerified: true,
    name: 'Laura Pérez',
  });
  appointmentId = (await salon.book(owner.id, at('2026-12-03', '11:00'))).id;
});
afterAll(() => salon.close());

function conversation(contact: ContactRef) {
  const graph = buildConversationGraph({
    directory: demoSalon(),
    desk: bookingDeskOf(salon.db),
    understander: new RulesUnderstander(),
    checkpointer: new MemorySaver(),
  });
  let turn = 0;
  let base: string | null = null;
  let clock = NOW.getTime();
  return async (text: string) => {
    clock += 30_000;
    const result = await runTurn(graph, {
      threadId: `thread-${contact.contactId}`,
      turnId: `turn-${contact.contactId}-${++turn}`,
      texts: [text],
      now: new Date(clock),
      contact,
      baseCheckpointId: base,
    });
    base = result.checkpointId;
    return result.reply;
  };
}

const statusOfTheAppointment = async () => {
  const rows = (await salon.db.execute(
    sql`SELECT status FROM appointments WHERE id = ${appointmentId}`,
  )) as unknown as { status: string }[];
  return rows.map((row) => row.status);
};

describe('the customer of a conversation', () => {
  it("a web-widget contact with a WhatsApp customer's phone number sees none of that customer's appointments and cannot cancel them", async () => {
    const say = conversation({
      contactId: 8002,
      phone: PHONE,
      phoneVerified: false,
      profileName: 'Laura Pérez',
    });

    expect(await say('¿qué citas tengo?')).toBe(noAppointments());
    expect(await say('quiero cancelar mi cita')).toBe(noAppointments());
    expect(await say('cancela la cita del jueves')).toBe(noAppointments());
    expect(await statusOfTheAppointment()).toEqual(['pending']);
  });

  it('a WhatsApp contact with the same phone number is the same customer and sees the appointment', async () => {
    const say = conversation({
      contactId: 8003,
      phone: PHONE,
      phoneVerified: true,
      profileName: 'Laura Pérez',
    });

    expect(await say('¿qué citas tengo?')).toMatch(
      /^Tienes una cita: .*jueves 3 de diciembre/,
    );
  });
});
