// A message that crashes every attempt of its turn: after a bounded number, an apology and a hand-off, and the conversation goes on.
import { GoldenSalon } from '../conversations/golden.js';

describe('a message that always crashes its turn', () => {
  let salon: GoldenSalon;

  beforeAll(async () => {
    salon = await GoldenSalon.open({
      startWorker: false,
      worker: { SWEEP_INTERVAL_MS: '300', SWEEP_GRACE_MS: '1000' },
    });
  });

  afterAll(async () => {
    await salon?.close();
  });

  it('gets an apology, a note naming the error and a person; later messages are answered normally', async () => {
    const customer = salon.customer('Rosa Martín');
    const poisoned = await salon.pipeline.startWorker({
      FAULT_POINT: 'in-graph',
    });
    const gaveUp = await customer.collect(
      await customer.deliver('hola, quería cita para mañana'),
    );
    expect(gaveUp.replies).toEqual([
      expect.stringMatching(/^Perdona, he tenido un problema técnico/),
    ]);
    expect(gaveUp.notes).toHaveLength(1);
    expect(gaveUp.notes[0]).toContain('InjectedFaultError');
    expect(gaveUp.notes[0]).toContain('> hola, quería cita para mañana');
    expect(gaveUp.labels).toEqual([['bot-traspaso']]);
    expect(gaveUp.statuses).toEqual(['open']);
    expect(await poisoned.counter('atrevete_turns_total')).toBeGreaterThan(0);
    await poisoned.stop();

    // Staff give the conversation back to the bot; the next message is an ordinary turn.
    await salon.pipeline.startWorker();
    customer.setStatus('pending');
    const next = await customer.say('¿cuánto cuesta el tinte?');
    expect(next.replies).toHaveLength(1);
    expect(next.replies[0]).toContain('40 €');
  });
});
