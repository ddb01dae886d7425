// More golden conversations through the real pipeline: every intent and entity form, corrections, races, rules, hand-offs.
import { GoldenSalon, offered, options } from './golden.js';
import { bookDirectly } from './staff.js';

let salon: GoldenSalon;
beforeAll(async () => {
  salon = await GoldenSalon.open({ handoffSettleMs: 5000 });
});
afterAll(() => salon?.close());

const timeOf = (slot: string) => /a las (\d\d:\d\d)/.exec(slot)?.[1] ?? '';

describe('questions', () => {
  it('a price, with the service named by its alias', async () => {
    const turn = await salon.customer().say('¿cuánto cuesta el tinte?');
    expect(turn.text).toBe('El tinte raíz cuesta 40 € y dura 1 h 30 min.');
  });

  it('the services, numbered by category', async () => {
    const turn = await salon.customer().say('que servicios teneis?');
    expect(turn.text).toContain('*Peluquería*');
    expect(turn.text).toContain('Masaje relajante (1 h, 45 €)');
  });

  it('the hours of one day: a holiday, a closed weekday, an open day', async () => {
    const holiday = await salon.customer().say('abris el 8 de diciembre?');
    expect(holiday.text).toBe(
      'El martes 8 de diciembre es festivo (Inmaculada Concepción) y el salón está cerrado.',
    );
    const saturday = await salon.customer().say('¿a qué hora abrís el sábado?');
    expect(saturday.text).toBe(
      'El sábado 28 de noviembre abrimos de 09:00 a 14:00.',
    );
  });

  it('the opening hours', async () => {
    const turn = await salon.customer().say('a q hora abris?');
    expect(turn.text).toContain('De martes a viernes: 10:00–20:00');
    expect(turn.text).toContain('Sábado: 09:00–14:00');
  });

  it('the address', async () => {
    const turn = await salon.customer().say('donde estais?');
    expect(turn.text).toContain('Calle de la Constitución 5, Madrid');
  });

  it('thanks and goodbye', async () => {
    const turn = await salon.customer().say('muchas gracias, hasta luego');
    expect(turn.text).toMatch(/^¡Un placer!/);
  });

  it('a yes with nothing asked', async () => {
    const turn = await salon.customer().say('vale');
    expect(turn.text).toBe('¡Perfecto! ¿Te ayudo con algo más?');
  });
});

describe('booking: services, stylists, days and times in everyday Spanish', () => {
  it('"quiero cita" → the numbered services; "la 2" → Corte hombre; then when', async () => {
    const c = salon.customer('Pablo Díaz');
    const list = await c.say('quiero cita');
    expect(list.text).toContain('2. Corte hombre (15 €)');
    const who = await c.say('la 2');
    expect(who.text).toContain('El corte hombre cuesta 15 €');
    const slots = await c.say('mañana por la tarde');
    for (const slot of offered(slots.text))
      expect(slot).toMatch(/^viernes 27 de noviembre a las 1[4-9]:/);
  });

  it('several services in one booking: corte y barba → 50 min, 25 €', async () => {
    const turn = await salon
      .customer()
      .say('quiero corte de caballero y arreglar la barba el sábado');
    expect(turn.text).toContain(
      'Corte hombre y Arreglo de barba (50 min, 25 €)',
    );
    for (const slot of offered(turn.text))
      expect(slot).toMatch(/^sábado 28 de noviembre/);
  });

  it('"un corte" could be any cut: which one, then the booking goes on with the day given', async () => {
    const c = salon.customer();
    const which = await c.say('quiero un corte y tinte el martes con Ana');
    expect(which.text).toBe(
      '¿Cuál de estos?\n1. Corte mujer (25 €)\n2. Corte hombre (15 €)\n3. Corte + peinado (35 €)',
    );
    const slots = await c.say('la 1');
    expect(slots.text).toContain(
      'Corte mujer y Tinte raíz (2 h 15 min, 65 €) con Ana',
    );
    for (const slot of offered(slots.text))
      expect(slot).toMatch(/^martes 1 de diciembre/);
    const price = await salon.customer().say('cuanto cuesta un corte?');
    expect(price.text.split('\n')).toEqual([
      'El corte mujer cuesta 25 € y dura 45 min.',
      'El corte hombre cuesta 15 € y dura 30 min.',
      'El corte + peinado cuesta 35 € y dura 1 h.',
    ]);
  });

  it('services of two categories: one appointment at a time', async () => {
    const turn = await salon
      .customer()
      .say('manicura y corte de pelo el martes con quien sea');
    expect(turn.text).toContain('irá en otra cita');
    expect(options(turn.text).length).toBeGreaterThan(0);
  });

  it('a stylist who does not do the service: the only one who does takes over', async () => {
    const turn = await salon.customer().say('quiero manicura con Víctor');
    expect(turn.text).toMatch(
      /^Víctor no hace manicura; te atiende Rosa\.\n\nPara Manicura \(45 min, 18 €\) con Rosa tengo estos huecos:/,
    );
  });

  it('a stylist from earlier is dropped when the new service is not hers', async () => {
    const c = salon.customer();
    await c.say('un tinte con Pilar el martes');
    const turn = await c.say('mejor una manicura');
    expect(turn.text).toContain(
      'Para Manicura (45 min, 18 €) tengo estos huecos',
    );
    for (const slot of offered(turn.text)) expect(slot).toMatch(/con Rosa$/);
  });

  it('"Ana María" is not Ana', async () => {
    const turn = await salon
      .customer()
      .say('corte de pelo con Ana María el martes');
    expect(turn.text).toContain('con Ana María tengo estos huecos');
  });

  it('"a las 5" in a salon is 17:00', async () => {
    const turn = await salon
      .customer()
      .say('corte hombre con Víctor el martes a las 5');
    expect(options(turn.text)[0]).toBe('martes 1 de diciembre a las 17:00');
  });

  it('misspelt services and "a las 17:30"', async () => {
    const turn = await salon
      .customer()
      .say('kiero hacerme la manicur con rosa el martes a las 17:30');
    expect(turn.text).toContain('Manicura (45 min, 18 €) con Rosa');
    expect(options(turn.text)[0]).toBe('martes 1 de diciembre a las 17:30');
    const facial = await salon.customer().say('una limpiesa facial');
    expect(facial.text).toContain('La limpieza facial cuesta 40 €');
  });

  it('"a las cinco y media" is 17:30', async () => {
    const turn = await salon
      .customer()
      .say('peinado con Pilar el miércoles a las cinco y media');
    expect(options(turn.text)[0]).toBe('miércoles 2 de diciembre a las 17:30');
  });

  it('"sobre las 11" offers what is closest to 11:00', async () => {
    const turn = await salon
      .customer()
      .say('barba con Víctor el jueves sobre las 11');
    expect(options(turn.text)[0]).toBe('jueves 3 de diciembre a las 11:00');
  });

  it('"el 3 de diciembre", "el 27", "pasado mañana", "hoy"', async () => {
    const dated = await salon.customer().say('cejas el 3 de diciembre');
    expect(options(dated.text)[0]).toMatch(/^jueves 3 de diciembre/);
    const the27 = await salon.customer().say('pedicura el 27');
    expect(options(the27.text)[0]).toMatch(/^viernes 27 de noviembre/);
    const after = await salon.customer().say('un peinado pasado mañana');
    expect(options(after.text)[0]).toMatch(/^sábado 28 de noviembre/);
    const today = await salon.customer().say('manicura hoy');
    const first = options(today.text)[0];
    expect(first).toMatch(/^jueves 26 de noviembre/);
    // Two hours' notice from noon.
    expect(timeOf(first) >= '14:00').toBe(true);
  });

  it('"la semana que viene" searches Monday to Sunday of next week (Monday closed)', async () => {
    const turn = await salon
      .customer()
      .say('quiero un masaje la semana que viene');
    const slots = options(turn.text);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots)
      expect(slot).toMatch(
        /(martes 1|miércoles 2|jueves 3|viernes 4|sábado 5) de diciembre/,
      );
  });

  it('a holiday: 8 December is closed, the nearest slots instead', async () => {
    const turn = await salon.customer().say('corte de pelo el 8 de diciembre');
    expect(turn.text).toContain('es festivo');
    expect(options(turn.text).length).toBeGreaterThan(0);
  });

  it('beyond the 60-day horizon', async () => {
    const turn = await salon.customer().say('mechas el 15 de marzo');
    expect(turn.text).toContain('todavía no tiene la agenda abierta');
  });

  it('choosing by the time of an offer: "la de las …"', async () => {
    const c = salon.customer('Lucía Romero');
    const offer = await c.say('limpieza facial el viernes 4 por la tarde');
    for (const slot of offered(offer.text))
      expect(slot).toMatch(/^viernes 4 de diciembre a las 1[4-9]:/);
    const third = options(offer.text)[2];
    const picked = await c.say(`la de las ${timeOf(third)}`);
    expect(picked.text).toBe('¿Hago la reserva a nombre de Lucía Romero?');
    const summary = await c.say('si');
    expect(summary.text).toContain(`El ${third.replace(/ con .*$/, '')}`);
  });

  it('none of the slots suits: "no me viene bien ninguna", then "mejor otro día"', async () => {
    const c = salon.customer();
    await c.say('corte hombre con Pilar el martes por la tarde');
    const none = await c.say('no me viene bien ninguna');
    expect(none.text).toBe('Vale. ¿Qué otro día u hora te vendría bien?');
    const wednesday = await c.say('el miércoles por la mañana');
    expect(wednesday.text).toContain('Corte hombre (30 min, 15 €) con Pilar');
    for (const slot of offered(wednesday.text))
      expect(slot).toMatch(/^miércoles 2 de diciembre a las (0\d|1[0-3]):/);
    expect((await c.say('mejor otro día')).text).toBe(
      'Vale. ¿Qué otro día u hora te vendría bien?',
    );
  });

  it('an option that was not offered', async () => {
    const c = salon.customer();
    await c.say('pedicura el sábado');
    const turn = await c.say('la 5');
    expect(turn.text).toBe(
      'No tengo esa opción. ¿Cuál de los huecos te viene mejor?',
    );
  });
});

describe('booking: names, corrections, questions in the middle, no', () => {
  it('proposes the WhatsApp profile name and books under it', async () => {
    const c = salon.customer('Laura Pérez');
    await c.say('corte mujer con Marta el martes por la mañana');
    expect((await c.say('la 1')).text).toBe(
      '¿Hago la reserva a nombre de Laura Pérez?',
    );
    expect((await c.say('sí')).text).toContain('A nombre de Laura Pérez');
    expect((await c.say('perfecto')).text).toMatch(/^¡Hecho!/);
    expect((await c.appointments())[0].customerName).toBe('Laura Pérez');
  });

  it('"a nombre de mi hija Carla"', async () => {
    const c = salon.customer('☀️');
    await c.say('peinado con Pilar el viernes por la mañana');
    expect((await c.say('la primera')).text).toBe(
      '¿A nombre de quién hago la reserva?',
    );
    const summary = await c.say('a nombre de mi hija Carla');
    expect(summary.text).toContain('A nombre de Carla');
    expect((await c.say('sí')).text).toMatch(/^¡Hecho!/);
    // The booking is Carla's, stored as such; the contact (her parent) is not renamed.
    expect((await c.appointments())[0]).toMatchObject({
      customerName: null,
      bookedFor: 'Carla',
    });
    await c.say('y otra de cejas con Rosa el jueves');
    expect((await c.say('la 1')).text).toBe(
      '¿A nombre de quién hago la reserva?',
    );
  });

  it('a returning customer is not asked the name again', async () => {
    const c = salon.customer('Irene Vidal');
    await c.say('cejas con Rosa el martes');
    await c.say('la 1');
    await c.say('sí');
    expect((await c.say('sí')).text).toMatch(/^¡Hecho!/);
    await c.say('también quiero pestañas con Rosa el miércoles');
    const summary = await c.say('la 1');
    expect(summary.text).toContain('A nombre de Irene Vidal');
    expect(summary.text).toMatch(/¿Confirmo la cita\?$/);
  });

  it('a correction of the day keeps the service and the stylist', async () => {
    const c = salon.customer();
    await c.say('corte de pelo con Ana el viernes por la mañana');
    const saturday = await c.say('mejor el sábado');
    expect(saturday.text).toContain('Corte mujer (45 min, 25 €) con Ana');
    for (const slot of offered(saturday.text))
      expect(slot).toMatch(/^sábado 28 de noviembre/);
  });

  it('offers are spread over the day, and "me da igual quién" widens them to anyone', async () => {
    const c = salon.customer();
    const offer = await c.say('corte mujer con Ana el jueves 3 por la tarde');
    const hours = options(offer.text).map((slot) =>
      Number(timeOf(slot).slice(0, 2)),
    );
    expect(hours).toHaveLength(3);
    expect(new Set(hours).size).toBe(3);
    const anyone = await c.say('mejor me da igual quien');
    expect(anyone.text).toContain(
      'Para Corte mujer (45 min, 25 €) tengo estos huecos',
    );
    for (const slot of offered(anyone.text))
      expect(slot).toMatch(/^jueves 3 de diciembre a las 1[4-9]:\d\d con \S/);
  });

  it('"con Ana no, con Marta"', async () => {
    const c = salon.customer();
    await c.say('tinte con Ana el miércoles');
    const marta = await c.say('con Ana no, con Marta');
    expect(marta.text).toContain('con Marta tengo estos huecos');
  });

  it('a question while choosing: answered, and the booking goes on', async () => {
    const c = salon.customer('Nuria Sol');
    const offer = await c.say('recogido el sábado con Pilar');
    const hours = await c.say('a que hora cerrais los sabados?');
    expect(hours.text).toContain('Sábado: 09:00–14:00');
    expect(hours.text).toMatch(/¿Cuál de los huecos te viene mejor\?$/);
    const name = await c.say('la 1');
    expect(name.text).toBe('¿Hago la reserva a nombre de Nuria Sol?');
    const summary = await c.say('sí');
    expect(summary.text).toContain(options(offer.text)[0]);
  });

  it('"no" at the summary books nothing and asks again', async () => {
    const c = salon.customer('Raúl Ortiz');
    await c.say('corte hombre con Víctor el viernes');
    await c.say('la 2');
    await c.say('sí');
    // A plain "no" keeps the request ("mejor no" drops it: off-the-path.int.spec.ts).
    const no = await c.say('no');
    expect(no.text).toBe(
      'Vale, no la reservo. ¿Quieres que busque otro día u hora?',
    );
    expect(await c.appointments()).toEqual([]);
    const again = await c.say('el sábado');
    expect(options(again.text)[0]).toMatch(/^sábado 28 de noviembre/);
  });

  it('"no" at the summary, then "no gracias": closes politely', async () => {
    const c = salon.customer('Gema Ruiz');
    await c.say('pedicura con Rosa el viernes');
    await c.say('la 1');
    await c.say('sí');
    await c.say('no');
    const bye = await c.say('no gracias');
    expect(bye.text).toMatch(/^¡Un placer!/);
    expect(await c.appointments()).toEqual([]);
  });

  it('a name given while choosing: noted, and the choice goes on', async () => {
    const c = salon.customer('🌼');
    await c.say('cejas con Rosa el miércoles');
    const named = await c.say('soy Carmen');
    expect(named.text).toBe(
      '¡Encantada, Carmen!\n\n¿Cuál de los huecos te viene mejor?',
    );
    expect((await c.say('la 1')).text).toContain('A nombre de Carmen');
  });

  it('a slot taken by someone else between the offer and the yes', async () => {
    const c = salon.customer('Alba Ramos');
    const offer = await c.say('manicura con Rosa el jueves 3 por la tarde');
    const first = options(offer.text)[0];
    await c.say('la 1');
    await c.say('sí');
    await bookDirectly(salon, null, {
      stylist: 'Rosa',
      service: 'Manicura',
      day: '2026-12-03',
      time: timeOf(first),
    });
    const taken = await c.say('sí');
    expect(taken.text).toMatch(/^Vaya, ese hueco se acaba de ocupar\./);
    expect(offered(taken.text)).not.toContain(`${first} con Rosa`);
    await c.say('la 1');
    const done = await c.say('sí');
    expect(done.text).toMatch(/^¡Hecho!/);
    expect(await c.appointments()).toHaveLength(1);
  });

  it('at most 3 coming appointments', async () => {
    const c = salon.customer('Marina Vega');
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03'])
      await bookDirectly(salon, c, {
        stylist: 'Víctor',
        service: 'Arreglo de barba',
        day,
        time: '19:00',
      });
    const turn = await c.say('barba con Víctor el viernes 4');
    expect(turn.text).toBe(
      'Ya tienes 3 citas próximas, el máximo que se puede reservar por aquí. Si quieres, cancela o cambia alguna y buscamos otra.',
    );
  });
});

describe('my appointments, cancelling and moving', () => {
  it('"¿qué citas tengo?" with none', async () => {
    const turn = await salon.customer().say('que citas tengo?');
    expect(turn.text).toBe(
      'No tienes ninguna cita próxima con nosotros. ¿Quieres pedir una?',
    );
  });

  it('"¿qué citas tengo?" lists them with dates in words', async () => {
    const c = salon.customer('Olga Peña');
    await bookDirectly(salon, c, {
      stylist: 'Marta',
      service: 'Peinado',
      day: '2026-12-04',
      time: '12:00',
    });
    const turn = await c.say('tengo alguna cita?');
    expect(turn.text).toBe(
      'Tienes una cita: Peinado con Marta, el viernes 4 de diciembre a las 12:00.',
    );
  });

  it('cancelling one of two: "la 2"', async () => {
    const c = salon.customer('Hugo León');
    await bookDirectly(salon, c, {
      stylist: 'Víctor',
      service: 'Corte hombre',
      day: '2026-12-01',
      time: '10:00',
    });
    await bookDirectly(salon, c, {
      stylist: 'Víctor',
      service: 'Corte hombre',
      day: '2026-12-09',
      time: '10:00',
    });
    const which = await c.say('quiero anular una cita');
    expect(options(which.text)).toHaveLength(2);
    const confirm = await c.say('la 2');
    expect(confirm.text).toContain('miércoles 9 de diciembre a las 10:00');
    await c.say('sí');
    expect((await c.appointments()).map((a) => a.status)).toEqual([
      'pending',
      'cancelled',
    ]);
  });

  it('cancelling, then "no": the appointment stays', async () => {
    const c = salon.customer('Inés Mora');
    await bookDirectly(salon, c, {
      stylist: 'Rosa',
      service: 'Pedicura',
      day: '2026-12-05',
      time: '10:00',
    });
    await c.say('cancela mi cita');
    expect((await c.say('no')).text).toBe('Perfecto, tu cita sigue en pie.');
    expect((await c.appointments())[0].status).toBe('pending');
  });

  it('moving an appointment: new day, an option, yes → the old one is released', async () => {
    const c = salon.customer('Diego Cruz');
    await bookDirectly(salon, c, {
      stylist: 'Pilar',
      service: 'Corte mujer',
      day: '2026-12-02',
      time: '16:00',
    });
    const ask = await c.say('quiero cambiar mi cita');
    expect(ask.text).toMatch(
      /^Vamos a cambiar tu cita de Corte mujer con Pilar/,
    );
    const offer = await c.say('el viernes por la tarde');
    const first = options(offer.text)[0];
    expect(first).toMatch(/^viernes 27 de noviembre/);
    const confirm = await c.say('la 1');
    expect(confirm.text).toMatch(
      /^¿Cambio tu cita del miércoles 2 de diciembre a las 16:00 al viernes 27 de noviembre/,
    );
    const done = await c.say('sí');
    expect(done.text).toMatch(/^¡Hecho! Tu cita queda el viernes 27/);
    const rows = await c.appointments();
    expect(rows.map((a) => a.status).sort()).toEqual(['cancelled', 'pending']);
  });

  it('"cambiar la cita del sábado": the day says which appointment, not the new day', async () => {
    const c = salon.customer('Vera Soto');
    await bookDirectly(salon, c, {
      stylist: 'Víctor',
      service: 'Peinado',
      day: '2026-11-28',
      time: '09:00',
    });
    await bookDirectly(salon, c, {
      stylist: 'Víctor',
      service: 'Peinado',
      day: '2026-12-10',
      time: '12:00',
    });
    const ask = await c.say('quiero cambiar la cita del sabado');
    expect(ask.text).toBe(
      'Vamos a cambiar tu cita de Peinado con Víctor, el sábado 28 de noviembre a las 09:00. ¿Qué día y a qué hora te vendría mejor?',
    );
  });

  it('moving less than 24 h before offers the salon; "no" keeps it', async () => {
    const c = salon.customer('Teo Gil');
    await bookDirectly(salon, c, {
      stylist: 'Marta',
      service: 'Corte hombre',
      day: '2026-11-27',
      time: '11:00',
    });
    const late = await c.say('puedo cambiar la cita?');
    expect(late.text).toContain('ya no puedo cambiarla por aquí');
    expect((await c.say('no')).text).toBe(
      'De acuerdo. Si necesitas algo más, aquí estoy.',
    );
  });
});

describe('hand-off and misunderstanding', () => {
  it('a complaint goes to a person, with an apology', async () => {
    const turn = await salon
      .customer()
      .say('quiero poner una queja, el corte fue un desastre');
    expect(turn.text).toMatch(/^Siento mucho lo ocurrido\. Te paso/);
    expect(turn.statuses).toEqual(['open']);
    expect(turn.notes[0]).toContain('queja del cliente');
  });

  it('two turns in a row not understood → a person', async () => {
    const c = salon.customer();
    const first = await c.say('asdfgh jkl');
    expect(first.text).toMatch(/^Perdona, no te he entendido bien/);
    expect(first.statuses).toEqual([]);
    const second = await c.say('qwerty uiop');
    expect(second.text).toMatch(/no consigo entenderte bien/);
    expect(second.statuses).toEqual(['open']);
  });

  it('an understood turn in between resets the count', async () => {
    const c = salon.customer();
    await c.say('asdfgh jkl');
    await c.say('hola');
    const again = await c.say('qwerty uiop');
    expect(again.statuses).toEqual([]);
    expect(again.text).toMatch(/^Perdona, no te he entendido bien/);
  });

  it('staff give the conversation back (pending) → the bot answers again', async () => {
    const c = salon.customer('Rocío');
    await c.say('quiero hablar con alguien');
    c.setStatus('open');
    expect((await c.say('hola?')).replies).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5200));
    c.setStatus('pending');
    const back = await c.say('¿cuánto cuesta la manicura?');
    expect(back.text).toBe('La manicura cuesta 18 € y dura 45 min.');
  });
});
