import { at, createTestSalon, type TestSalon } from '@atrevete/booking/testing';
import { bookingDeskOf } from '@atrevete/booking';
import {
  noEntities,
  rankIntents,
  type Entities,
  type Intent,
  type Understander,
  type Understanding,
} from '@atrevete/understanding';
import { MemorySaver } from '@langchain/langgraph';
import { sql } from 'drizzle-orm';
import { demoSalon, serviceId } from '../../testing/demo-salon.js';
import {
  buildConversationGraph,
  runTurn,
  type TurnResult,
} from '../conversation-graph.js';

/** Thursday 26 November 2026, 12:00 in Madrid. */
const NOW = new Date('2026-11-26T11:00:00Z');
const FRIDAY = '2026-11-27';

/** The dialogue alone: each text's meaning is given, as an understander would produce it. */
class ScriptedUnderstander implements Understander {
  readonly meanings = new Map<string, Understanding>();
  async understand(texts: string[]): Promise<Understanding> {
    const meaning = this.meanings.get(texts.join('\n'));
    if (!meaning) throw new Error(`no scripted meaning for ${texts}`);
    return meaning;
  }
}

function meaning(intents: Intent[], entities: Partial<Entities> = {}) {
  return {
    ...rankIntents(intents),
    entities: { ...noEntities(''), ...entities },
  };
}

const stylistIds = { Ana: 2, Marta: 3 };

let salon: TestSalon;
beforeAll(async () => {
  salon = await createTestSalon();
});
afterAll(() => salon.close());

function conversation(contactId: number, profileName: string | null) {
  const understander = new ScriptedUnderstander();
  const graph = buildConversationGraph({
    directory: demoSalon(),
    desk: bookingDeskOf(salon.db),
    understander,
    checkpointer: new MemorySaver(),
    handoffSettleMs: 60_000,
  });
  let turn = 0;
  let clock = NOW.getTime();
  // The checkpoint each committed turn wrote (by turn number): the next turn starts from the latest.
  const committed = new Map<number, string>();
  const say = async (
    text: string,
    meant: Understanding,
    options: { replayOf?: number } = {},
  ): Promise<TurnResult> => {
    understander.meanings.set(text, meant);
    const id = options.replayOf ?? ++turn;
    clock += 30_000;
    const result = await runTurn(graph, {
      threadId: `thread-${contactId}`,
      turnId: `turn-${contactId}-${id}`,
      texts: [text],
      now: new Date(clock),
      contact: {
        contactId,
        phone: `+34600${contactId}`,
        phoneVerified: true,
        profileName,
      },
      baseCheckpointId: committed.get(id - 1) ?? null,
    });
    committed.set(id, result.checkpointId);
    return result;
  };
  return { say };
}

const appointmentsOf = async (stylistId: number) =>
  (await salon.db.execute(
    sql`SELECT status, start_at AS "startAt" FROM appointments WHERE stylist_id = ${stylistId}`,
  )) as unknown as { status: string; startAt: string }[];

describe('the booking dialogue', () => {
  it('books "everything at once": slots, the second one, the name, the summary, yes', async () => {
    const { say } = conversation(9001, 'Laura Pérez');
    const offer = await say(
      'Hola! Quería pedir cita para cortarme el pelo el viernes por la tarde con Ana',
      meaning(['greeting', 'book', 'choose_service', 'choose_day'], {
        serviceIds: [serviceId('Corte mujer')],
        stylistIds: [stylistIds.Ana],
        day: { from: FRIDAY, to: FRIDAY },
        partOfDay: 'afternoon',
      }),
    );
    expect(offer.reply).toMatch(/^¡Hola! Soy Maite/);
    expect(offer.reply).toContain('Corte mujer (45 min, 25 €) con Ana');
    const slots = offer.reply.match(/^\d\. .*$/gm) ?? [];
    expect(slots).toHaveLength(3);
    for (const slot of slots)
      expect(slot).toMatch(/viernes 27 de noviembre a las 1[4-9]:\d\d$/);

    const second = slots[1].replace(/^2\. /, '');
    const name = await say(
      'la segunda',
      meaning(['choose_option'], { option: 2 }),
    );
    expect(name.reply).toBe('¿Hago la reserva a nombre de Laura Pérez?');

    const summary = await say('sí', meaning(['affirm']));
    expect(summary.reply).toContain(`El ${second}`);
    expect(summary.reply).toContain('A nombre de Laura Pérez');
    expect(summary.reply).toContain('Calle de la Constitución 5, Madrid');
    expect(summary.reply).toMatch(/¿Confirmo la cita\?$/);
    expect(await appointmentsOf(stylistIds.Ana)).toHaveLength(0);

    const booked = await say('sí', meaning(['affirm']));
    expect(booked.reply).toMatch(/^¡Hecho! Te esperamos el viernes 27/);
    const [row] = await appointmentsOf(stylistIds.Ana);
    expect(row.status).toBe('pending');
    expect(new Date(row.startAt)).toEqual(at(FRIDAY, second.slice(-5)));

    // The same turn again (a crash before its commit) books nothing twice and says the same.
    const replay = await say('sí', meaning(['affirm']), { replayOf: 4 });
    expect({ ...replay, checkpointId: '' }).toEqual({
      ...booked,
      checkpointId: '',
    });
    expect(await appointmentsOf(stylistIds.Ana)).toHaveLength(1);
  });

  it('hands off when asked, then stays silent while the hand-off settles', async () => {
    const { say } = conversation(9002, null);
    const handoff = await say(
      'quiero hablar con una persona',
      meaning(['talk_to_person']),
    );
    expect(handoff.reply).toMatch(/Te paso con una persona/);
    expect(handoff.handoff?.label).toBe('bot-traspaso');
    expect(handoff.handoff?.reason).toBe('asked');
    expect(handoff.handoff?.note).toContain('quiero hablar con una persona');
    const after = await say('hola?', meaning(['greeting']));
    expect(after).toMatchObject({
      reply: '',
      intent: 'unknown',
      handoff: null,
      event: null,
    });
  });
});
