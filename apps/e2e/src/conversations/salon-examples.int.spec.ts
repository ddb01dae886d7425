// The example conversations of shared/SALON.md, through the real pipeline, on Thursday 26 November 2026 at noon.
import { GoldenSalon, offered, options } from './golden.js';
import { bookDirectly } from './staff.js';

let salon: GoldenSalon;
beforeAll(async () => {
  salon = await GoldenSalon.open({ handoffSettleMs: 5000 });
});
afterAll(() => salon?.close());

describe('SALON.md example conversations', () => {
  it('1. everything at once: Friday afternoon with Ana, the second slot, a name, yes → booked', async () => {
    const laura = salon.customer(null);
    const offer = await laura.say(
      'Hola! Quería pedir cita para cortarme el pelo el viernes por la tarde con Ana',
    );
    expect(offer.replies).toHaveLength(1);
    expect(offer.text).toContain('Corte mujer (45 min, 25 €) con Ana');
    const slots = options(offer.text);
    expect(slots).toHaveLength(3);
    for (const slot of slots)
      expect(slot).toMatch(/^viernes 27 de noviembre a las (1[4-9]):\d\d$/);

    const name = await laura.say('la segunda');
    expect(name.text).toBe('¿A nombre de quién hago la reserva?');

    const summary = await laura.say('Laura Pérez');
    expect(summary.text).toContain(`El ${slots[1]}`);
    expect(summary.text).toContain('Con Ana');
    expect(summary.text).toContain('25 €');
    expect(summary.text).toContain('Calle de la Constitución 5, Madrid');
    expect(summary.text).toMatch(/¿Confirmo la cita\?$/);
    expect(await laura.appointments()).toEqual([]);

    const done = await laura.say('sí');
    expect(done.text).toMatch(/^¡Hecho!/);
    const [booked] = await laura.appointments();
    expect(booked).toMatchObject({
      stylist: 'Ana',
      services: ['Corte mujer'],
      status: 'pending',
      customerName: 'Laura Pérez',
    });
    expect(done.text).toContain(slots[1]);
    const [worker] = salon.pipeline.workers;
    expect(
      await worker.counter('atrevete_bookings_total'),
    ).toBeGreaterThanOrEqual(1);
  });

  it('2. step by step, with a price question in the middle', async () => {
    const marta = salon.customer('Marta Ruiz');
    const hello = await marta.say('buenas');
    expect(hello.text).toMatch(/^¡Hola! Soy Maite, de Atrévete Peluquería/);
    expect(hello.text).toMatch(/pedir, cambiar o cancelar una cita/);

    const mechas = await marta.say('quiero hacerme mechas');
    expect(mechas.text).toContain('Las mechas cuestan 75 €');
    expect(mechas.text).toMatch(/te da igual\?/);
    expect(mechas.text).toMatch(/qué día/);

    const price = await marta.say('¿cuánto cuestan?');
    expect(price.text).toMatch(
      /^Las mechas cuestan 75 € y duran 2 h 30 min\.\n\n¿Con quién y qué día te vendría bien\?$/,
    );

    const saturday = await marta.say('me da igual, el sábado por la mañana');
    const slots = options(saturday.text);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      const [, hh, mm] = /a las (\d\d):(\d\d)/.exec(slot) ?? [];
      expect(slot).toMatch(/^sábado 28 de noviembre a las/);
      // 150 minutes must end by 14:00: the latest start is 11:30.
      expect(Number(hh) * 60 + Number(mm)).toBeLessThanOrEqual(11 * 60 + 30);
    }
  });

  it('3. a closed day: Monday → closed, Tuesday offered', async () => {
    const pepe = salon.customer('Pepe');
    const monday = await pepe.say('¿Tenéis hueco el lunes?');
    expect(monday.text).toContain('Los lunes el salón está cerrado');
    expect(monday.text).toContain('martes 1 de diciembre');
    const tuesday = await pepe.say('para un corte de pelo');
    const slots = options(tuesday.text);
    expect(slots).toHaveLength(3);
    for (const slot of slots) expect(slot).toMatch(/^martes 1 de diciembre/);
  });

  it('3b. a closed day with the service named: Tuesday slots straight away', async () => {
    const turn = await salon.customer().say('manicura el lunes');
    expect(turn.text).toMatch(/^Los lunes el salón está cerrado/);
    for (const slot of offered(turn.text))
      expect(slot).toMatch(/^martes 1 de diciembre/);
  });

  it('4. cancelling: the only appointment, yes → cancelled', async () => {
    const sara = salon.customer('Sara Gil');
    await bookDirectly(salon, sara, {
      stylist: 'Marta',
      service: 'Corte mujer',
      day: '2026-12-02',
      time: '11:00',
    });
    const which = await sara.say('Quiero cancelar mi cita');
    expect(which.text).toBe(
      '¿Cancelo tu cita de Corte mujer con Marta, el miércoles 2 de diciembre a las 11:00?',
    );
    const done = await sara.say('sí');
    expect(done.text).toMatch(/^Listo, he cancelado tu cita/);
    expect((await sara.appointments())[0].status).toBe('cancelled');
  });

  it('4b. cancelling less than 24 h before → offers the salon, yes → hand-off', async () => {
    const leo = salon.customer('Leo Sanz');
    await bookDirectly(salon, leo, {
      stylist: 'Pilar',
      service: 'Corte hombre',
      day: '2026-11-27',
      time: '10:00',
    });
    const late = await leo.say('quiero cancelar mi cita');
    expect(late.text).toContain('Queda menos de 24 h para la cita');
    expect(late.text).toMatch(/¿Quieres que te pase con el salón/);
    const passed = await leo.say('sí');
    expect(passed.text).toMatch(/Te paso con una persona/);
    expect(passed.statuses).toEqual(['open']);
    expect(passed.notes[0]).toMatch(/dentro del plazo mínimo/);
    expect(passed.notes[0]).toContain(
      'En curso: cancelar su cita de Corte hombre con Pilar, el viernes 27 de noviembre a las 10:00',
    );
    expect((await leo.appointments())[0].status).toBe('pending');
  });

  it('5. hand-off: a person will answer, note + label + open; then the bot is silent', async () => {
    const ana = salon.customer('Ana Torres');
    await ana.say('quiero mechas');
    const handoff = await ana.say('Quiero hablar con una persona');
    expect(handoff.text).toBe(
      '¡Claro! Te paso con una persona del equipo de Atrévete Peluquería; te escribirá por aquí en cuanto pueda.',
    );
    expect(handoff.notes).toHaveLength(1);
    expect(handoff.notes[0]).toContain('pide hablar con una persona');
    expect(handoff.notes[0]).toContain('Mechas');
    expect(handoff.labels).toEqual([['bot-traspaso']]);
    expect(handoff.statuses).toEqual(['open']);

    // Written before Chatwoot applied the hand-off: still `pending` in the webhook.
    expect((await ana.say('gracias')).replies).toEqual([]);
    // A person has it now: Chatwoot says `open` and the webhook ignores it.
    ana.setStatus('open');
    expect((await ana.say('hola??')).replies).toEqual([]);
  });
});

describe('SALON.md example 6: a burst', () => {
  let bursty: GoldenSalon;
  beforeAll(async () => {
    bursty = await GoldenSalon.open({ debounceMs: 1000 });
  });
  afterAll(() => bursty?.close());

  it('"hola" / "quería cita" / "para mañana" within a second → one answer', async () => {
    const eva = bursty.customer('Eva');
    const turn = await eva.say('hola', 'quería cita', 'para mañana');
    expect(turn.replies).toHaveLength(1);
    expect(turn.text).toMatch(/^¡Hola! Soy Maite/);
    expect(turn.text).toContain('¿Qué servicio quieres?');
  });
});
