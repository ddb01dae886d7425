// Golden conversations off the tidy path: a request under way is never lost by accident.
import { GoldenSalon, options, type Customer } from './golden.js';
import { bookDirectly } from './staff.js';

let salon: GoldenSalon;
beforeAll(async () => {
  salon = await GoldenSalon.open();
});
afterAll(() => salon?.close());

const SUMMARY_QUESTION = '¿Confirmo la cita?';
const CHOOSE_AGAIN = '¿Cuál de los huecos te viene mejor?';

/** Offers → a slot → the profile name → the summary, waiting for the final yes. */
async function upToTheSummary(c: Customer, request: string): Promise<string> {
  const offer = await c.say(request);
  expect(options(offer.text).length).toBeGreaterThan(0);
  await c.say('la 1');
  const summary = await c.say('sí');
  expect(summary.text).toMatch(/¿Confirmo la cita\?$/);
  return summary.text;
}

describe('a yes with a question attached confirms and answers', () => {
  it('"perfecto. una pregunta, me podeis recordar la cita el dia antes?" books it', async () => {
    const c = salon.customer('Lucía Navas');
    await upToTheSummary(c, 'corte mujer con Marta el miércoles por la tarde');
    const done = await c.say(
      'perfecto. una pregunta, me podeis recordar la cita el dia antes?',
    );
    expect(done.text).toMatch(/^¡Hecho!/);
    expect(done.text).toContain(
      'Sí: te escribimos por WhatsApp el día antes para que nos confirmes',
    );
    expect(done.text).not.toContain('No tienes ninguna cita');
    const [booked] = await c.appointments();
    expect(booked).toMatchObject({ stylist: 'Marta', status: 'pending' });
  });

  it('"ok 👍 y cuánto es?" books and gives the price', async () => {
    const c = salon.customer('Iker Sanz');
    await upToTheSummary(c, 'corte hombre con Víctor el viernes');
    const done = await c.say('ok 👍 y cuánto es?');
    expect(done.text).toMatch(/^¡Hecho!/);
    expect(done.text).toContain('cuesta');
    expect(await c.appointments()).toHaveLength(1);
  });

  it('"genial, ¿abrís el sábado?" books and gives Saturday\'s hours', async () => {
    const c = salon.customer('Sara Gil');
    await upToTheSummary(c, 'manicura con Rosa el jueves 3 por la mañana');
    const done = await c.say('genial, ¿abrís el sábado?');
    expect(done.text).toMatch(/^¡Hecho!/);
    expect(done.text).toContain(
      'El sábado 28 de noviembre abrimos de 09:00 a 14:00.',
    );
    expect(await c.appointments()).toHaveLength(1);
  });
});

describe('other intents in the middle: answered, then the pending step again', () => {
  it('"¿qué citas tengo?" while choosing a slot', async () => {
    const c = salon.customer('Mar Vidal');
    const offer = await c.say('cejas con Rosa el miércoles');
    const mine = await c.say('qué citas tengo?');
    expect(mine.text).toBe(
      `Aún no tienes ninguna cita reservada: la que estamos preparando todavía no está confirmada.\n\n${CHOOSE_AGAIN}`,
    );
    await c.say('la 1');
    const summary = await c.say('sí');
    expect(summary.text).toContain(options(offer.text)[0]);
  });

  it('"gracias" while choosing: welcome, and the question again', async () => {
    const c = salon.customer('Pau Ferrer');
    await c.say('corte hombre con Víctor el sábado');
    const thanks = await c.say('muchas gracias!!');
    expect(thanks.text).toBe(`¡De nada!\n\n${CHOOSE_AGAIN}`);
    expect((await c.say('la 2')).text).toBe(
      '¿Hago la reserva a nombre de Pau Ferrer?',
    );
  });

  it('"¿está confirmada la del miércoles?" at the summary: not yet, then "si confirmala" books', async () => {
    const c = salon.customer('Elena Roca');
    await upToTheSummary(c, 'corte mujer con Ana el miércoles');
    const check = await c.say(
      'entonces esta confirmada la cita del miercoles?',
    );
    expect(check.text).toBe(
      `Todavía no: aún no he reservado nada.\n\n${SUMMARY_QUESTION}`,
    );
    expect(await c.appointments()).toEqual([]);
    expect((await c.say('si confirmala')).text).toMatch(/^¡Hecho!/);
    expect(await c.appointments()).toHaveLength(1);
  });
});

describe('only an explicit change of mind drops the request, and the bot says so', () => {
  it('"déjalo" while choosing', async () => {
    const c = salon.customer('Noa Blanco');
    await c.say('pedicura con Rosa el viernes');
    const dropped = await c.say('uf déjalo');
    expect(dropped.text).toBe(
      'Vale, lo dejamos: no he reservado nada. Si quieres otra cosa, aquí estoy.',
    );
    expect(await c.appointments()).toEqual([]);
  });

  it('"mejor no" at the summary', async () => {
    const c = salon.customer('Hugo Prieto');
    await upToTheSummary(c, 'corte hombre con Víctor el martes');
    const dropped = await c.say('mmm mejor no');
    expect(dropped.text).toMatch(/^Vale, lo dejamos: no he reservado nada/);
    expect(await c.appointments()).toEqual([]);
  });

  it('"mejor no" when asked to cancel keeps the appointment', async () => {
    const c = salon.customer('Rocío León');
    await upToTheSummary(c, 'cejas con Rosa el martes');
    await c.say('sí');
    expect((await c.say('quiero cancelar mi cita')).text).toMatch(
      /¿Cancelo tu cita/,
    );
    expect((await c.say('mejor no')).text).toBe(
      'Vale, no cancelo nada: tu cita sigue en pie.',
    );
    expect((await c.appointments())[0].status).toBe('pending');
  });
});

describe('"¿está confirmada?" after booking', () => {
  it('answers yes with the day, time, stylist and services', async () => {
    const c = salon.customer('Irene Soler');
    await upToTheSummary(c, 'corte mujer con Marta el miércoles por la tarde');
    await c.say('vale');
    const [booked] = await c.appointments();
    for (const question of [
      'está confirmada?',
      'me lo apuntaste no?',
      'entonces esta confirmada la cita del miercoles?',
    ]) {
      const answer = await c.say(question);
      expect(answer.text).toMatch(/^Sí, la tienes reservada: /);
      expect(answer.text).toContain('miércoles 2 de diciembre');
      expect(answer.text).toContain('Marta');
      expect(answer.text).toContain('Corte mujer');
      expect(booked.start).toBeInstanceOf(Date);
    }
    const other = await c.say('y la del viernes está confirmada?');
    expect(other.text).toMatch(
      /^No tengo ninguna cita tuya para el viernes 27 de noviembre\. Tienes una cita: /,
    );
  });
});

describe("the salon's own answers, and honesty about the rest", () => {
  it('"y si llego 10 min tarde pasa algo?" gets the salon\'s lateness rule', async () => {
    const turn = await salon
      .customer('Olga Mena')
      .say('y si llego 10 min tarde pasa algo?');
    expect(turn.text).toBe(
      'Hasta 10 minutos de retraso no pasa nada. Si llegas más tarde, puede que haya que acortar o mover la cita si la siguiente persona ya está esperando.',
    );
    expect(turn.statuses).toEqual([]);
  });

  it('a policy question while choosing: answered, and the choice goes on', async () => {
    const c = salon.customer('Berta Luna');
    await c.say('cejas con Rosa el viernes');
    const payment = await c.say('aceptais bizum??');
    expect(payment.text).toBe(
      `Puedes pagar en efectivo, con tarjeta o por Bizum, siempre en el salón: no hace falta pagar nada por adelantado.\n\n${CHOOSE_AGAIN}`,
    );
    expect((await c.say('la 1')).text).toBe(
      '¿Hago la reserva a nombre de Berta Luna?',
    );
  });

  it('several at once: parking and gift vouchers', async () => {
    const turn = await salon
      .customer('Tere Campos')
      .say('hola! teneis parking? y vendeis tarjetas regalo?');
    expect(turn.text).toContain('parking público Plaza Mayor');
    expect(turn.text).toContain('tarjetas regalo');
  });

  it("an owner's change to an answer is quoted on the next message", async () => {
    await salon.db`
      UPDATE salon_answers
      SET answer = 'Solo efectivo y Bizum, lo sentimos.'
      WHERE topic = 'Formas de pago'`;
    try {
      const turn = await salon
        .customer('Paz Roldán')
        .say('se puede pagar con tarjeta?');
      expect(turn.text).toBe('Solo efectivo y Bizum, lo sentimos.');
    } finally {
      await salon.db`
        UPDATE salon_answers
        SET answer = 'Puedes pagar en efectivo, con tarjeta o por Bizum, siempre en el salón: no hace falta pagar nada por adelantado.'
        WHERE topic = 'Formas de pago'`;
    }
  });

  it('a question it has no answer for: "no lo sé" and a person, never an invented answer', async () => {
    const turn = await salon
      .customer('Vera Ortiz')
      .say('¿puedo llevar a mi perro?');
    expect(turn.text).toMatch(
      /^Eso no lo sé, y prefiero no decirte algo que no sea cierto\. Te paso con una persona/,
    );
    expect(turn.statuses).toEqual(['open']);
    expect(turn.notes[0]).toContain('pregunta algo que el bot no sabe');
    expect(turn.notes[0]).toContain('¿puedo llevar a mi perro?');
  });
});

describe('what the salon does not do', () => {
  it('"hacéis extensiones de pelo?": no, and the closest services, never the whole catalogue', async () => {
    const turn = await salon
      .customer('Maite Paz')
      .say('hacéis extensiones de pelo?');
    expect(turn.text).toMatch(/^No hacemos extensiones, lo siento\./);
    expect(turn.text).toContain('Lo más parecido que tenemos:');
    expect(turn.text).not.toContain('Mechas');
    expect(turn.text).not.toContain('Pedicura');
    expect(turn.text).toMatch(/¿Te interesa alguno\?$/);
    // Said once, also with a hello first.
    expect(turn.text.match(/No hacemos/g)).toHaveLength(1);
    const greeted = await salon
      .customer('Vane Ruiz')
      .say('hola guapa', 'hacéis uñas de gel?');
    expect(greeted.text.match(/No hacemos/g)).toHaveLength(1);
  });

  it('"quiero hacerme microblading" → the eyebrows instead, booked from the list', async () => {
    const c = salon.customer('Clara Díez');
    const no = await c.say('quiero hacerme microblading el viernes');
    expect(no.text).toMatch(/^No hacemos microblading, lo siento\./);
    expect(no.text).toContain('Depilación de cejas (8 €)');
    const line = no.text
      .split('\n')
      .find((l) => l.includes('Depilación de cejas'));
    const number = line?.match(/^(\d)\./)?.[1] ?? '1';
    const offer = await c.say(`la ${number}`);
    expect(options(offer.text).length).toBeGreaterThan(0);
    expect(options(offer.text)[0]).toMatch(/^viernes 27 de noviembre/);
  });

  it('"tenéis depilación láser?" is not the waxing the salon does', async () => {
    const turn = await salon
      .customer('Rut Alba')
      .say('teneis depilacion laser?');
    expect(turn.text).toMatch(/^No hacemos depilación láser, lo siento\./);
    expect(turn.text).not.toMatch(/^¡Sí!/);
    // With the legs named, their price is said once, and the booking goes on.
    const legs = await salon
      .customer('Cris Vega')
      .say('buenas, depilacion laser de piernas teneis?');
    expect(legs.text.match(/cuesta 25 €/g)).toHaveLength(1);
    expect(legs.text).toMatch(/¿Y qué día te vendría bien\?$/);
  });

  it('"hacéis tatuajes?": a plain no, nothing booked', async () => {
    const c = salon.customer('Leo Cano');
    const turn = await c.say('haceis tatuajes?');
    expect(turn.text).toMatch(/^No hacemos tatuajes, lo siento\./);
    expect(await c.appointments()).toEqual([]);
  });

  it('"corte y extensiones": no to the extensions, and the cut goes on', async () => {
    const c = salon.customer('Ada Pons');
    const turn = await c.say('corte mujer y extensiones con Ana el viernes');
    expect(turn.text).toMatch(/^No hacemos extensiones, lo siento\.\n\n/);
    expect(turn.text).not.toContain('Lo más parecido');
    expect(options(turn.text)[0]).toMatch(/^viernes 27 de noviembre/);
  });
});

describe('staff give the conversation back', () => {
  it('the bot answers the next message at once (no settle wait) and does not greet as if new', async () => {
    const c = salon.customer('Rocío Vela');
    const handoff = await c.say('quiero hablar con una persona');
    expect(handoff.statuses).toEqual(['open']);
    c.setStatus('open');
    expect((await c.say('hola?')).replies).toEqual([]);

    await c.giveBack();
    const back = await c.say('hola');
    expect(back.text).toBe('¡Hola de nuevo! ¿En qué más te puedo ayudar?');
    const price = await c.say('cuánto cuesta la pedicura?');
    expect(price.text).toBe('La pedicura cuesta 28 € y dura 1 h.');
  });

  it('without the status event, the bot keeps quiet within the settle time after its hand-off', async () => {
    const c = salon.customer('Dani Roca');
    await c.say('quiero hablar con una persona');
    // A message written before Chatwoot applied the hand-off still comes as `pending`.
    expect((await c.say('hola??')).replies).toEqual([]);
  });
});

describe('people and services', () => {
  it('"¿quién está libre el viernes?" lists who has time, per kind of service', async () => {
    const c = salon.customer('Sonia Prat');
    const who = await c.say('quien esta libre el viernes?');
    expect(who.text).toMatch(
      /^El viernes 27 de noviembre tienen hueco en peluquería, /,
    );
    expect(who.text).toContain('en estética, Rosa');
    expect(who.text).toMatch(/¿Qué servicio quieres\?$/);
    const offer = await c.say('manicura');
    expect(options(offer.text).length).toBeGreaterThan(0);
    expect(options(offer.text)[0]).toMatch(/^viernes 27 de noviembre/);
  });

  it('"¿qué peluqueras tenéis libres mañana para un corte de hombre?" names them with their first free time', async () => {
    const who = await salon
      .customer('Jon Ruiz')
      .say('que peluqueras teneis libres mañana para un corte de hombre?');
    expect(who.text).toMatch(
      /^El viernes 27 de noviembre tienen hueco .*\(desde las \d\d:\d\d\)/,
    );
    expect(who.text).not.toContain('Rosa');
    expect(who.text).toMatch(/¿Con quién te lo reservo\?$/);
  });

  it('a customer called Marta answering "¿A nombre de quién?" gives her name, not the stylist', async () => {
    const c = salon.customer('💇');
    await c.say('corte mujer con Ana el viernes');
    expect((await c.say('la 1')).text).toBe(
      '¿A nombre de quién hago la reserva?',
    );
    const summary = await c.say('Marta');
    expect(summary.text).toContain('A nombre de Marta');
    expect(summary.text).toContain('Con Ana');
  });

  it('"corte y barba": two services in one booking', async () => {
    const c = salon.customer('Quim Vidal');
    const offer = await c.say(
      'quiero corte y barba con victor el sabado porfa',
    );
    expect(offer.text).toContain(
      'Corte hombre y Arreglo de barba (50 min, 25 €)',
    );
    await c.say('la 1');
    await c.say('si');
    await c.say('si');
    expect((await c.appointments())[0].services).toEqual([
      'Corte hombre',
      'Arreglo de barba',
    ]);
  });
});

describe('WhatsApp style', () => {
  const timeOf = (slot: string) => /a las (\d\d:\d\d)/.exec(slot)?.[1] ?? '';

  it('"más tarde" to the slots offered looks later the same day; "más temprano" earlier', async () => {
    const c = salon.customer('Teo Marín');
    const first = await c.say('corte hombre con victor el viernes');
    const offered = options(first.text).map(timeOf);
    expect(offered.length).toBeGreaterThan(0);
    const later = await c.say('no se, algo mas tarde?');
    const laterTimes = options(later.text).map(timeOf);
    expect(laterTimes.length).toBeGreaterThan(0);
    for (const time of laterTimes) expect(time > offered.at(-1)!).toBe(true);
    expect(options(later.text)[0]).toMatch(/^viernes 27 de noviembre/);

    const earlier = await c.say('uff mas temprano porfa');
    const earlierTimes = options(earlier.text).map(timeOf);
    expect(earlierTimes.length).toBeGreaterThan(0);
    for (const time of earlierTimes) expect(time < laterTimes[0]).toBe(true);
  });

  it('no accents, shorthands and stretched letters: "kiero cita xa mñn x la tarde q sea cn ana"', async () => {
    const c = salon.customer('Bea Luz');
    const offer = await c.say(
      'holaaa',
      'kiero un corte d mujer xa mñn x la tarde',
      'q sea cn ana porfaa',
    );
    const slots = options(offer.text);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect(slot).toMatch(/^viernes 27 de noviembre a las 1[4-9]:\d\d/);
    }
    expect(offer.text).toContain('con Ana');
  });
});

describe('a returning customer', () => {
  /** An appointment of last week, done: booked through the engine, then moved into the past. */
  const visitedLastWeek = async (c: Customer, stylist: string) => {
    const booked = await bookDirectly(salon, c, {
      stylist,
      service: 'Corte mujer',
      day: '2026-11-27',
      time: stylist === 'Ana' ? '10:00' : '11:00',
    });
    await salon.db`
      UPDATE appointments
         SET start_at = start_at - interval '7 days',
             end_at = end_at - interval '7 days',
             status = 'completed'
       WHERE id = ${booked.id}`;
  };

  it('is offered the stylist of last time: "¿Con Ana, como la última vez?"; a day takes her', async () => {
    const c = salon.customer('Lola Sanz');
    await visitedLastWeek(c, 'Ana');
    const ask = await c.say('hola quiero cortarme el pelo');
    expect(ask.text).toContain(
      '¿Con Ana, como la última vez? ¿Y qué día te vendría bien?',
    );
    const offer = await c.say('el sabado');
    expect(options(offer.text).length).toBeGreaterThan(0);
    expect(offer.text).toContain('con Ana');
  });

  it('"no" to the stylist of last time: anyone', async () => {
    const c = salon.customer('Mila Soto');
    await visitedLastWeek(c, 'Marta');
    const ask = await c.say('quiero un corte de mujer');
    expect(ask.text).toContain('¿Con Marta, como la última vez?');
    const offer = await c.say('no, me da igual');
    expect(options(offer.text).length).toBeGreaterThan(0);
  });
});

describe('limits on the time', () => {
  const timeOf = (slot: string) => /a las (\d\d:\d\d)/.exec(slot)?.[1] ?? '';

  it('"tengo que irme a las 5" is a limit: every slot offered is over by 17:00', async () => {
    const offer = await salon
      .customer('Rita Gómez')
      .say('corte mujer el viernes con Marta, tengo que irme a las 5');
    const slots = options(offer.text);
    expect(slots.length).toBeGreaterThan(0);
    // Corte mujer takes 45 min: the latest start is 16:15.
    for (const slot of slots) expect(timeOf(slot) <= '16:15').toBe(true);
  });

  it('"salgo de trabajar a las 6": nothing before 18:00', async () => {
    const offer = await salon
      .customer('Ines Ruiz')
      .say('manicura el jueves 3, salgo de trabajar a las 6');
    const slots = options(offer.text);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) expect(timeOf(slot) >= '18:00').toBe(true);
  });
});

describe('a move says only what changes', () => {
  const madrid = (start: Date) =>
    start.toLocaleString('sv-SE', { timeZone: 'Europe/Madrid' }).slice(0, 16);
  /** The customer's appointment still on (a move books the new slot and cancels the old one). */
  const onlyLive = async (c: Customer) => {
    const live = (await c.appointments()).filter(
      (a) => a.status !== 'cancelled',
    );
    expect(live).toHaveLength(1);
    return live[0];
  };

  it('"la paso al viernes 4 a la misma hora?" keeps 17:00 on the new day', async () => {
    const c = salon.customer('Nieves Prado');
    await bookDirectly(salon, c, {
      stylist: 'Ana',
      service: 'Tinte raíz',
      day: '2026-12-03',
      time: '17:00',
    });
    const offer = await c.say(
      'necesito cambiar mi cita',
      'la paso al viernes 4 a la misma hora?',
    );
    const offered = options(offer.text);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered[0]).toContain('17:00');
    expect(offer.text).toContain('viernes 4 de diciembre');
    expect((await c.say('la de las 17:00')).text).toMatch(/^¿Cambio tu cita/);
    await c.say('sí');
    expect(madrid((await onlyLive(c)).start)).toBe('2026-12-04 17:00');
  });

  it('"la cita del sábado me la podéis pasar a las 11?" is the same Saturday at 11', async () => {
    const c = salon.customer('Guille Ortiz');
    await bookDirectly(salon, c, {
      stylist: 'Víctor',
      service: 'Corte hombre',
      day: '2026-12-05',
      time: '10:00',
    });
    const offer = await c.say(
      'la cita del sabado con victor me la podeis pasar a las 11?',
    );
    const offered = options(offer.text);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered[0]).toContain('11:00');
    expect(offer.text).toContain('sábado 5 de diciembre');
    expect((await c.say('la 1')).text).toMatch(/^¿Cambio tu cita/);
    await c.say('sí');
    expect(madrid((await onlyLive(c)).start)).toBe('2026-12-05 11:00');
  });

  it('a question riding along "tengo cita el miércoles" is answered too', async () => {
    const c = salon.customer('Paco Gil');
    await bookDirectly(salon, c, {
      stylist: 'Rosa',
      service: 'Pedicura',
      day: '2026-12-02',
      time: '18:00',
    });
    const turn = await c.say(
      'hola tengo cita el miercoles a las 6',
      'si llego 10 min tarde pasa algo?',
    );
    expect(turn.text).toContain('miércoles 2 de diciembre');
    expect(turn.text).toContain('Hasta 10 minutos de retraso no pasa nada');
  });
});

describe('a move said over two messages', () => {
  it('"quiero cambiar mi cita" … "al viernes a la misma hora" keeps its time', async () => {
    const c = salon.customer('Nieves Soto');
    await bookDirectly(salon, c, {
      stylist: 'Ana',
      service: 'Tinte raíz',
      day: '2026-12-10',
      time: '17:00',
    });
    expect((await c.say('quiero cambiar mi cita')).text).toContain(
      'jueves 10 de diciembre a las 17:00',
    );
    const offer = await c.say('al viernes 11 a la misma hora');
    const offered = options(offer.text);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered[0]).toBe('viernes 11 de diciembre a las 17:00');
  });

  it('"quiero cambiar mi cita" … "a las 11" is the same day at 11', async () => {
    const c = salon.customer('Guille Sanz');
    await bookDirectly(salon, c, {
      stylist: 'Víctor',
      service: 'Corte hombre',
      day: '2026-12-12',
      time: '10:00',
    });
    await c.say('quiero cambiar mi cita');
    const offered = options((await c.say('a las 11')).text);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered[0]).toBe('sábado 12 de diciembre a las 11:00');
    // "sí" to three slots, one of them at the time asked for: that one.
    expect((await c.say('si')).text).toMatch(
      /^¿Cambio tu cita del sábado 12 de diciembre a las 10:00 al sábado 12 de diciembre a las 11:00/,
    );
  });
});

describe('a name with the rest of the request', () => {
  it('"hola soy Teresa" + a booking in the same burst: the name, and the slots', async () => {
    const c = salon.customer(null);
    const turn = await c.say(
      'hola soy Teresa',
      'limpieza facial el miercoles 9 a las cinco y media',
    );
    expect(turn.text).toContain('¡Encantada, Teresa!');
    const offered = options(turn.text);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered[0]).toContain('17:30');
  });

  it('"la primera" + "Alba Romero": the slot and the name, straight to the summary', async () => {
    const c = salon.customer('Alba');
    const offer = await c.say('corte y peinado el viernes 11 por la tarde');
    expect(options(offer.text).length).toBeGreaterThan(0);
    const summary = await c.say('la primera', 'Alba Romero');
    expect(summary.text).toContain('A nombre de Alba Romero');
    expect(summary.text).toMatch(/¿Confirmo la cita\?$/);
  });
});

describe('a cancel in a burst that names two days', () => {
  it('"el miércoles 9 no voy a poder ir, anuladla" + "la del 16 la mantengo": the 9th', async () => {
    const c = salon.customer('Rosi Marín');
    for (const day of ['2026-12-09', '2026-12-16'])
      await bookDirectly(salon, c, {
        stylist: 'Marta',
        service: 'Corte mujer',
        day,
        time: '12:00',
      });
    const question = await c.say(
      'lo siento pero el miercoles 9 no voy a poder ir, anuladla',
      'la del 16 la mantengo eh',
    );
    expect(question.text).toMatch(
      /¿Cancelo tu cita .*miércoles 9 de diciembre/,
    );
  });
});
