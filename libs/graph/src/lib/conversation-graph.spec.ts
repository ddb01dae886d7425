import { MemorySaver } from '@langchain/langgraph';
import {
  noEntities,
  RulesUnderstander,
  type Understander,
} from '@atrevete/understanding';
import { type DemoSalon, demoSalon, serviceId } from '../testing/demo-salon.js';
import { buildConversationGraph, runTurn } from './conversation-graph.js';
import type { BookingDesk } from './ports.js';
import { type ConversationStateValue, HISTORY_LIMIT } from './state.js';

/**
 * These turns never book: a desk that knows a customer without appointments (a booking's
 * first turn checks the limit) and fails the test if asked anything else.
 */
const noDesk = new Proxy({} as BookingDesk, {
  get: (_target, name) => {
    if (name === 'customer')
      return async () => ({
        id: 1,
        chatwootContactId: 1,
        phone: null,
        name: null,
      });
    if (name === 'appointments') return async () => [];
    if (name === 'lastStylist') return async () => null;
    return () => {
      throw new Error(`the desk was asked to ${String(name)}`);
    };
  },
});

const now = new Date('2025-11-25T10:00:00Z');

function setup(understander: Understander = new RulesUnderstander()) {
  const salon: DemoSalon = demoSalon();
  const graph = buildConversationGraph({
    directory: salon,
    desk: noDesk,
    understander,
    checkpointer: new MemorySaver(),
  });
  let turns = 0;
  const contact = {
    contactId: 1,
    phone: '+34600000001',
    phoneVerified: true,
    profileName: null,
  };
  // What the pipeline records at each commit: the checkpoint the next turn starts from.
  const committed = new Map<string, string>();
  const say = async (threadId: string, ...texts: string[]) => {
    const result = await runTurn(graph, {
      threadId,
      texts,
      now,
      turnId: `t${++turns}`,
      contact,
      baseCheckpointId: committed.get(threadId) ?? null,
    });
    committed.set(threadId, result.checkpointId);
    return result;
  };
  const stateOf = async (threadId: string): Promise<ConversationStateValue> =>
    (await graph.getState({ configurable: { thread_id: threadId } }))
      .values as ConversationStateValue;
  return { salon, graph, say, stateOf };
}

describe('conversation graph', () => {
  it('runs a turn again from its base, so a second attempt does not advance the conversation twice', async () => {
    const { graph, stateOf } = setup();
    const turn = {
      threadId: 'replay',
      texts: ['hola'],
      now,
      turnId: 'turn-1-7',
      contact: {
        contactId: 1,
        phone: null,
        phoneVerified: false,
        profileName: null,
      },
      baseCheckpointId: null,
    };
    const first = await runTurn(graph, turn);
    const again = await runTurn(graph, turn);
    expect({ ...again, checkpointId: '' }).toEqual({
      ...first,
      checkpointId: '',
    });
    expect(again.checkpointId).not.toBe(first.checkpointId);
    expect((await stateOf('replay')).history).toHaveLength(1);
    const next = await runTurn(graph, {
      ...turn,
      texts: ['¿dónde estáis?'],
      turnId: 'turn-1-8',
      baseCheckpointId: again.checkpointId,
    });
    expect(next.intent).toBe('address_question');
    expect((await stateOf('replay')).history).toHaveLength(2);
  });

  it('starts the next turn from the committed attempt, not from a stale attempt that wrote later', async () => {
    const { graph, stateOf } = setup();
    const contact = {
      contactId: 2,
      phone: null,
      phoneVerified: false,
      profileName: null,
    };
    const opening = await runTurn(graph, {
      threadId: 'forks',
      texts: ['hola'],
      now,
      turnId: 'turn-1-20',
      contact,
      baseCheckpointId: null,
    });
    const attempt = (minutes: number) =>
      runTurn(graph, {
        threadId: 'forks',
        texts: ['¿cuánto cuesta el tinte?'],
        now: new Date(now.getTime() + minutes * 60_000),
        turnId: 'turn-1-21',
        contact,
        baseCheckpointId: opening.checkpointId,
      });
    const committedAttempt = await attempt(1);
    await attempt(2); // lost its lock: its commit is refused, but its checkpoint is the newest
    await runTurn(graph, {
      threadId: 'forks',
      texts: ['¿dónde estáis?'],
      now: new Date(now.getTime() + 3 * 60_000),
      turnId: 'turn-1-22',
      contact,
      baseCheckpointId: committedAttempt.checkpointId,
    });
    const history = (await stateOf('forks')).history;
    expect(history.map((record) => record.at)).toEqual([
      now.toISOString(),
      new Date(now.getTime() + 60_000).toISOString(),
      new Date(now.getTime() + 3 * 60_000).toISOString(),
    ]);
  });

  it('answers "¿Cuánto cuesta el tinte?" with the price and the service', async () => {
    const { say } = setup();
    const { reply, intent } = await say('c1', '¿Cuánto cuesta el tinte?');
    expect(intent).toBe('price_question');
    expect(reply).toContain('40 €');
    expect(reply).toMatch(/tinte raíz/i);
    expect(reply).toBe('El tinte raíz cuesta 40 € y dura 1 h 30 min.');
  });

  it('answers with whatever price the directory holds now', async () => {
    const { salon, say } = setup();
    const tinte = salon.data.services.find(
      (s) => s.id === serviceId('Tinte raíz'),
    );
    if (tinte) tinte.priceCents = 4250;
    const { reply } = await say('c1', '¿Cuánto cuesta el tinte?');
    expect(reply).toContain('42,50 €');
    expect(reply).not.toContain('40 €');
  });

  it('answers about several services one line each', async () => {
    const { say } = setup();
    const { reply } = await say('c1', '¿precio del tinte y de las mechas?');
    expect(reply.split('\n')).toEqual([
      'El tinte raíz cuesta 40 € y dura 1 h 30 min.',
      'Las mechas cuestan 75 € y duran 2 h 30 min.',
    ]);
  });

  it('lists prices by category when no service is named', async () => {
    const { say } = setup();
    const { reply } = await say('c1', '¿Qué precios tenéis?');
    expect(reply).toContain('*Peluquería*');
    expect(reply).toContain('5. Tinte raíz: 40 €');
    expect(reply).toContain('17. Masaje relajante: 45 €');
  });

  it('lists the services when asked what the salon does', async () => {
    const { say } = setup();
    const { reply, intent } = await say('c1', '¿Qué servicios tenéis?');
    expect(intent).toBe('services_question');
    expect(reply).toContain('1. Corte mujer (45 min, 25 €)');
    expect(reply).toContain('*Estética*');
  });

  it('gives the hours: Monday closed, Saturday 09:00–14:00', async () => {
    const { say } = setup();
    const { reply, intent } = await say('c1', '¿qué horario tenéis?');
    expect(intent).toBe('hours_question');
    expect(reply).toMatch(/^Lunes y domingo: cerrado$/m);
    expect(reply).toMatch(/^Sábado: 09:00–14:00$/m);
    expect(reply).toMatch(/^De martes a viernes: 10:00–20:00$/m);
  });

  it('gives the hours of the one day asked about', async () => {
    const { say } = setup();
    expect((await say('c1', '¿a qué hora abrís el sábado?')).reply).toBe(
      'El sábado 29 de noviembre abrimos de 09:00 a 14:00.',
    );
    expect((await say('c2', '¿abrís el lunes?')).reply).toBe(
      'El lunes 1 de diciembre el salón está cerrado.',
    );
  });

  it('gives the address and the salon name from the settings', async () => {
    const { salon, say } = setup();
    salon.data.settings.address = 'Calle Mayor 1, Alcalá';
    const { reply } = await say('c1', 'dónde estáis');
    expect(reply).toContain('Calle Mayor 1, Alcalá');
    expect(reply).toContain('Atrévete Peluquería');
  });

  it('greets with the persona name and what the bot can do', async () => {
    const { salon, say } = setup();
    salon.data.settings.personaName = 'Lucía';
    const { reply, intent } = await say('c1', 'buenas');
    expect(intent).toBe('greeting');
    expect(reply).toContain('Lucía');
    expect(reply).toContain('Atrévete Peluquería');
    expect(reply).toMatch(/pedir, cambiar o cancelar una cita/);
  });

  it('asks which service and when for "quiero cita", without claiming a booking', async () => {
    const { say } = setup();
    const { reply, intent } = await say('c1', 'quiero cita');
    expect(intent).toBe('book');
    expect(reply).toContain('¿Qué servicio quieres?');
    expect(reply).toContain('6. Mechas (75 €)');
    expect(reply).toMatch(/qué día/);
    expect(reply).not.toMatch(/reservad|confirmad|anotad|tu cita es/i);
  });

  it('asks when for a booking of a named service, showing its price', async () => {
    const { say } = setup();
    const { reply } = await say('c1', 'quiero hacerme mechas');
    expect(reply).toContain('Las mechas cuestan 75 €');
    expect(reply).toMatch(/o te da igual\? ¿Y qué día te vendría bien\?/);
  });

  it('answers a burst of "hola" and a price question once, with the price', async () => {
    const { say, stateOf } = setup();
    const { reply, intent } = await say('c1', 'hola', 'cuánto cuesta el tinte');
    expect(intent).toBe('price_question');
    expect(reply).toBe(
      '¡Hola! Soy Maite, de Atrévete Peluquería. El tinte raíz cuesta 40 € y dura 1 h 30 min.',
    );
    expect((await stateOf('c1')).history).toHaveLength(1);
  });

  it('answers every question of a burst in one reply', async () => {
    const { say } = setup();
    const { reply } = await say('c1', '¿dónde estáis?', '¿y a qué hora abrís?');
    expect(reply).toContain('Nuestro horario:');
    expect(reply).toContain('Calle de la Constitución 5, Madrid');
  });

  it('falls back politely on a message it does not understand and counts it', async () => {
    const { say, stateOf } = setup();
    const { reply, intent } = await say('c1', 'asdkjh qwe');
    expect(intent).toBe('unknown');
    expect(reply).toMatch(/no te he entendido/);
    expect(reply).toMatch(/cita/);
    expect((await stateOf('c1')).misunderstoodCount).toBe(1);
  });

  it('resets the misunderstandings once understood', async () => {
    const { say, stateOf } = setup();
    await say('c1', 'asdkjh');
    expect((await stateOf('c1')).misunderstoodCount).toBe(1);
    await say('c1', 'hola');
    expect((await stateOf('c1')).misunderstoodCount).toBe(0);
  });

  it('hands off after two misunderstood turns in a row', async () => {
    const { say, stateOf } = setup();
    await say('c1', 'asdkjh');
    const second = await say('c1', 'qwerty zxc');
    expect(second.handoff?.note).toMatch(/no ha entendido dos mensajes/);
    expect(second.handoff?.reason).toBe('misunderstood');
    expect(second.reply).toMatch(/Te paso con una persona/);
    expect((await stateOf('c1')).handedOffAt).toBe(now.toISOString());
  });

  it('keeps each conversation in its own thread', async () => {
    const { say, stateOf } = setup();
    await say('c1', 'asdkjh');
    await say('c2', 'hola');
    const [one, two] = [await stateOf('c1'), await stateOf('c2')];
    expect(one.misunderstoodCount).toBe(1);
    expect(two.misunderstoodCount).toBe(0);
    expect(one.history.map((turn) => turn.texts)).toEqual([['asdkjh']]);
    expect(two.history.map((turn) => turn.intent)).toEqual(['greeting']);
  });

  it(`keeps only the last ${HISTORY_LIMIT} turns, with their replies`, async () => {
    const { say, stateOf } = setup();
    for (let i = 1; i <= HISTORY_LIMIT + 2; i++) await say('c1', `hola ${i}`);
    const { history, dialogue } = await stateOf('c1');
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0].texts).toEqual(['hola 3']);
    expect(history[HISTORY_LIMIT - 1]).toMatchObject({
      texts: [`hola ${HISTORY_LIMIT + 2}`],
      intent: 'greeting',
      at: now.toISOString(),
    });
    // Only the first hello of the day introduces the bot; the others are greeted again.
    expect(history[0].reply).toBe(
      '¡Hola de nuevo! ¿En qué más te puedo ayudar?',
    );
    expect(dialogue.flow).toBe('idle');
  });

  it('introduces itself on the first hello, and not again the same day', async () => {
    const { say } = setup();
    expect((await say('c1', 'hola')).reply).toContain('Soy Maite');
    expect((await say('c1', 'buenas')).reply).toBe(
      '¡Hola de nuevo! ¿En qué más te puedo ayudar?',
    );
  });

  it('uses the understander it is given, with the catalogue and the recent turns', async () => {
    const seen: { services: number; turns: number }[] = [];
    const understander: Understander = {
      async understand(texts, ctx) {
        seen.push({
          services: ctx.services.length,
          turns: ctx.recentTurns.length,
        });
        return {
          intent: 'address_question',
          otherIntents: [],
          entities: noEntities(texts.join('\n')),
        };
      },
    };
    const { say } = setup(understander);
    await say('c1', 'lo que sea');
    const { reply } = await say('c1', 'otra cosa');
    expect(reply).toContain('Calle de la Constitución 5, Madrid');
    expect(seen).toEqual([
      { services: 17, turns: 0 },
      { services: 17, turns: 1 },
    ]);
  });

  it('rejects an understander answer outside the shared schema', async () => {
    const understander: Understander = {
      understand: async () =>
        ({ intent: 'dance', otherIntents: [], entities: {} }) as never,
    };
    const { say } = setup(understander);
    await expect(say('c1', 'hola')).rejects.toThrow(/intent/);
  });
});
