// The tricky Spanish forms, one behaviour each: dates across month and year ends, "mañana por la mañana", "Ana" vs "Ana María", times.
import { demoServices, demoStylists } from '@atrevete/salon/testing';
import type {
  Expectation,
  TurnRecord,
  Understanding,
} from '../understanding.js';
import { RulesUnderstander } from './rules-understander.js';
import { typos } from './typos.js';

const services = demoServices();
const stylists = demoStylists();
const understander = new RulesUnderstander();
/** Thursday 26 November 2026, 12:00 in Madrid, unless a test says otherwise. */
const THURSDAY_NOON = new Date('2026-11-26T11:00:00Z');

function understand(
  text: string | string[],
  options: {
    now?: Date;
    expecting?: Expectation;
    recentTurns?: TurnRecord[];
  } = {},
): Promise<Understanding> {
  return understander.understand(typeof text === 'string' ? [text] : text, {
    services,
    stylists,
    now: options.now ?? THURSDAY_NOON,
    timeZone: 'Europe/Madrid',
    recentTurns: options.recentTurns ?? [],
    expecting: options.expecting ?? null,
  });
}

const idOf = (name: string) => stylists.find((s) => s.name === name)?.id;
const serviceId = (name: string) => services.find((s) => s.name === name)?.id;
const oneDay = (date: string) => ({ from: date, to: date });
const clock = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

describe('days', () => {
  it.each([
    ['hoy', '2026-11-26'],
    ['mañana', '2026-11-27'],
    ['pasado mañana', '2026-11-28'],
    ['el viernes', '2026-11-27'],
    ['el jueves', '2026-12-03'],
    ['el viernes que viene', '2026-11-27'],
    ['el proximo lunes', '2026-11-30'],
    ['el martes de la semana que viene', '2026-12-01'],
    ['el 27', '2026-11-27'],
    ['el 3', '2026-12-03'],
    ['el 27 de noviembre', '2026-11-27'],
    ['el 3/12', '2026-12-03'],
  ])('reads "%s" on Thursday 26 November as %s', async (text, date) => {
    expect((await understand(text)).entities.day).toEqual(oneDay(date));
  });

  it('reads "la semana que viene" as next Monday to Sunday and "el finde" as Saturday to Sunday', async () => {
    expect((await understand('la semana que viene')).entities.day).toEqual({
      from: '2026-11-30',
      to: '2026-12-06',
    });
    expect((await understand('el finde')).entities.day).toEqual({
      from: '2026-11-28',
      to: '2026-11-29',
    });
  });

  it('carries a day of the month into the next month and the next year', async () => {
    const newYearsEve = new Date('2026-12-30T10:00:00Z');
    expect(
      (await understand('el 2', { now: newYearsEve })).entities.day,
    ).toEqual(oneDay('2027-01-02'));
    expect(
      (await understand('el 31', { now: new Date('2026-11-05T10:00:00Z') }))
        .entities.day,
    ).toEqual(oneDay('2026-12-31'));
    expect(
      (await understand('el 2 de enero', { now: newYearsEve })).entities.day,
    ).toEqual(oneDay('2027-01-02'));
    expect(
      (await understand('la semana que viene', { now: newYearsEve })).entities
        .day,
    ).toEqual({ from: '2027-01-04', to: '2027-01-10' });
    expect(
      (await understand('mañana', { now: new Date('2026-12-31T12:00:00Z') }))
        .entities.day,
    ).toEqual(oneDay('2027-01-01'));
  });

  it("counts from the salon's date, not UTC's: 00:30 in Madrid is already the next day", async () => {
    const halfPastMidnight = new Date('2026-11-26T23:30:00Z');
    expect(
      (await understand('mañana', { now: halfPastMidnight })).entities.day,
    ).toEqual(oneDay('2026-11-28'));
  });

  it("gives the same days whatever the server's own time zone", async () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = zone;
        expect((await understand('el viernes')).entities.day).toEqual(
          oneDay('2026-11-27'),
        );
        expect((await understand('el 27 de noviembre')).entities.day).toEqual(
          oneDay('2026-11-27'),
        );
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('reads "mañana por la mañana" as tomorrow in the morning, and "por la mañana" as no day', async () => {
    const tomorrowMorning = await understand('mañana por la mañana');
    expect(tomorrowMorning.entities.day).toEqual(oneDay('2026-11-27'));
    expect(tomorrowMorning.entities.partOfDay).toBe('morning');
    const morning = await understand('por la mañana');
    expect(morning.entities.day).toBeNull();
    expect(morning.entities.partOfDay).toBe('morning');
    expect((await understand('esta mañana')).entities.day).toEqual(
      oneDay('2026-11-26'),
    );
  });

  it('drops a day turned down in a correction: "el viernes no, mejor el sábado"', async () => {
    const u = await understand('el viernes no, mejor el sábado');
    expect(u.intent).toBe('correction');
    expect(u.entities.day).toEqual(oneDay('2026-11-28'));
  });
});

describe('stylists', () => {
  it('tells "Ana" from "Ana María"', async () => {
    expect((await understand('con Ana María')).entities.stylistIds).toEqual([
      idOf('Ana María'),
    ]);
    expect((await understand('con ana maria')).entities.stylistIds).toEqual([
      idOf('Ana María'),
    ]);
    expect((await understand('con Ana')).entities.stylistIds).toEqual([
      idOf('Ana'),
    ]);
    expect(
      (await understand('con Ana, el viernes')).entities.stylistIds,
    ).toEqual([idOf('Ana')]);
  });

  it('reads "con Ana no, con Marta" as a correction that turns Ana down', async () => {
    const u = await understand('con Ana no, con Marta');
    expect(u.intent).toBe('correction');
    expect(u.entities.stylistIds).toEqual([idOf('Marta')]);
    expect(u.entities.rejectedStylistIds).toEqual([idOf('Ana')]);
  });

  it('reads "me da igual", "cualquiera", "quien sea" as any stylist, but not "me da igual el día"', async () => {
    for (const text of ['me da igual', 'cualquiera', 'quien sea']) {
      expect(
        (await understand(text, { expecting: 'stylist_or_day' })).entities
          .anyStylist,
      ).toBe(true);
    }
    expect((await understand('me da igual el dia')).entities.anyStylist).toBe(
      false,
    );
  });

  it('does not take a customer called Marta for the stylist', async () => {
    const u = await understand('hola soy Marta, quería cita');
    expect(u.entities.name).toBe('Marta');
    expect(u.entities.stylistIds).toEqual([]);
  });
});

describe('times', () => {
  it.each([
    ['a las 5', '17:00', false],
    ['a las 8', '20:00', false],
    ['a las 9', '09:00', false],
    ['a las 17:30', '17:30', false],
    ['a las cinco y media', '17:30', false],
    ['a las once menos cuarto', '10:45', false],
    ['a la una', '13:00', false],
    ['a las 8 de la mañana', '08:00', false],
    ['a las 10 de la noche', '22:00', false],
    ['sobre las 11', '11:00', true],
    ['hacia las 6', '18:00', true],
    ['a eso de las 12', '12:00', true],
    ['a las 7 o asi', '19:00', true],
  ])('reads "%s" as %s (approximate: %s)', async (text, time, approximate) => {
    expect((await understand(text)).entities.time).toEqual({
      minute: clock(time),
      approximate,
    });
  });

  it('keeps a morning hour in the morning when the turn asks for the morning', async () => {
    expect(
      (await understand('el sabado por la mañana a las 8')).entities.time,
    ).toEqual({ minute: clock('08:00'), approximate: false });
  });
});

describe('options, names and answers', () => {
  it('reads a choice by number, ordinal or time', async () => {
    expect(
      (await understand('la segunda', { expecting: 'option' })).entities.option,
    ).toBe(2);
    expect(
      (await understand('2', { expecting: 'option' })).entities.option,
    ).toBe(2);
    expect(
      (await understand('el primero', { expecting: 'option' })).entities.option,
    ).toBe(1);
    const byTime = await understand('la de las 11', { expecting: 'option' });
    expect(byTime.intent).toBe('choose_option');
    expect(byTime.entities).toMatchObject({
      option: null,
      time: { minute: clock('11:00'), approximate: false },
    });
  });

  it('reads "la última" as the last option of the list just sent', async () => {
    const recentTurns: TurnRecord[] = [
      {
        texts: ['el viernes'],
        intent: 'choose_day',
        reply: 'Tengo:\n1. 10:00\n2. 11:00\n3. 12:00\n4. 17:00',
        at: THURSDAY_NOON.toISOString(),
      },
    ];
    expect(
      (await understand('la última', { expecting: 'option', recentTurns }))
        .entities.option,
    ).toBe(4);
  });

  it('reads a bare time or a new detail as an answer to what the bot just proposed', async () => {
    const pick = await understand('a las 11', { expecting: 'option' });
    expect(pick.intent).toBe('choose_option');
    expect(pick.entities).toMatchObject({
      option: null,
      time: { minute: clock('11:00'), approximate: false },
    });
    const change = await understand('con Marta', { expecting: 'confirmation' });
    expect(change.intent).toBe('correction');
    expect(change.entities.stylistIds).toEqual([idOf('Marta')]);
  });

  it('reads "el 2" as a day unless a list was just offered', async () => {
    expect((await understand('el 2')).entities.day).toEqual(
      oneDay('2026-12-02'),
    );
    const answer = await understand('el 2', { expecting: 'option' });
    expect(answer.entities).toMatchObject({ option: 2, day: null });
  });

  it('takes names as typed, with capitals, and the person the booking is for', async () => {
    expect((await understand('soy Laura Pérez')).entities.name).toBe(
      'Laura Pérez',
    );
    expect((await understand('a nombre de mi hija Carla')).entities.name).toBe(
      'Carla',
    );
    expect(
      (await understand('laura perez', { expecting: 'name' })).entities.name,
    ).toBe('Laura Perez');
    const bare = await understand('Ana', { expecting: 'name' });
    expect(bare.intent).toBe('give_name');
    expect(bare.entities).toMatchObject({ name: 'Ana', stylistIds: [] });
  });

  it('reads a yes and a no in many forms', async () => {
    for (const yes of [
      'sí',
      'vale',
      'perfecto',
      'ok 👍',
      'de acuerdo',
      'claro',
      'genial',
      'confirmo',
    ]) {
      expect(
        (await understand(yes, { expecting: 'confirmation' })).intent,
      ).toBe('affirm');
    }
    for (const no of ['no', 'no gracias', 'no puedo']) {
      expect((await understand(no, { expecting: 'confirmation' })).intent).toBe(
        'deny',
      );
    }
    // A change of mind is also a no, and more: the whole request is dropped.
    for (const dropped of [
      'mejor no',
      'déjalo',
      'olvídalo',
      'quiero otra cosa',
    ]) {
      const u = await understand(dropped, { expecting: 'confirmation' });
      expect(u.intent).toBe('change_of_mind');
    }
  });

  it('reads several services, "corte y barba" as the men\'s cut', async () => {
    expect((await understand('corte y barba')).entities.serviceIds).toEqual([
      serviceId('Corte hombre'),
      serviceId('Arreglo de barba'),
    ]);
  });

  it('ranks the intents of a burst: a booking before its greeting and details', async () => {
    const u = await understand(['hola', 'quería cita', 'para mañana']);
    expect(u.intent).toBe('book');
    expect(new Set(u.otherIntents)).toEqual(
      new Set(['greeting', 'choose_day']),
    );
  });
});

describe('a weekday with a day number', () => {
  it.each([
    [
      'quiero un recogido para una boda el sabado 12 a las 10 con Ana Maria',
      '2026-12-12',
    ],
    ['un peinado el martes 15 por la tarde', '2026-12-15'],
    ['el viernes 4', '2026-12-04'],
    ['el martes 1', '2026-12-01'],
    ['el sabado dia 12', '2026-12-12'],
    ['el jueves 17 a las 6', '2026-12-17'],
  ])('reads "%s" as the day numbered, %s', async (text, date) => {
    expect((await understand(text)).entities.day).toEqual(oneDay(date));
  });

  it('keeps the time and the stylist around it', async () => {
    const u = await understand(
      'quiero un recogido para una boda el sabado 12 a las 10 con Ana Maria',
    );
    expect(u.entities).toMatchObject({
      serviceIds: [serviceId('Recogido')],
      stylistIds: [idOf('Ana María')],
      time: { minute: clock('10:00'), approximate: false },
    });
  });

  it('reads "el sábado a las 12" as 12:00 on the next Saturday', async () => {
    const u = await understand('el sábado a las 12');
    expect(u.entities.day).toEqual(oneDay('2026-11-28'));
    expect(u.entities.time).toEqual({
      minute: clock('12:00'),
      approximate: false,
    });
    expect((await understand('el sabado 12:30')).entities.day).toEqual(
      oneDay('2026-11-28'),
    );
  });

  it('prefers the numbered day that falls on that weekday', async () => {
    // 9 December is a Wednesday; 9 January 2027 a Saturday.
    expect((await understand('el sabado 9')).entities.day).toEqual(
      oneDay('2027-01-09'),
    );
    // No Saturday the 31st within three months: the number decides.
    expect((await understand('el sabado 31')).entities.day).toEqual(
      oneDay('2026-12-31'),
    );
  });
});

describe('services one word could mean', () => {
  const cuts = ['Corte mujer', 'Corte hombre', 'Corte + peinado'].map(
    serviceId,
  );

  it.each(['corte', 'un corte', 'cortarme', 'quiero cortarme las puntas'])(
    'leaves "%s" as a choice among the cuts',
    async (text) => {
      const u = await understand(text);
      expect(u.entities.serviceIds).toEqual([]);
      expect(u.entities.serviceChoices).toEqual(cuts);
    },
  );

  it('keeps clearly named services apart from the choice', async () => {
    const u = await understand('corte y tinte');
    expect(u.entities.serviceIds).toEqual([serviceId('Tinte raíz')]);
    expect(u.entities.serviceChoices).toEqual(cuts);
  });

  it("lets the catalogue's own aliases and the words around decide", async () => {
    for (const [text, name] of [
      ['cortar el pelo', 'Corte mujer'],
      ['un corte de pelo', 'Corte mujer'],
      ['un corte para mi hijo', 'Corte hombre'],
      ['corte caballero', 'Corte hombre'],
      ['corte y peinado', 'Corte + peinado'],
      ['cortarme la barba', 'Arreglo de barba'],
    ]) {
      const u = await understand(text);
      expect([text, u.entities.serviceIds]).toEqual([text, [serviceId(name)]]);
      expect(u.entities.serviceChoices).toEqual([]);
    }
  });

  it('does the same with "depilación", also in answer to a service question', async () => {
    const depilations = [
      'Depilación de cejas',
      'Depilación piernas completas',
    ].map(serviceId);
    const u = await understand('depilación', { expecting: 'service' });
    expect(u.intent).toBe('choose_service');
    expect(u.entities.serviceChoices).toEqual(depilations);
    expect((await understand('depilarme las cejas')).entities).toMatchObject({
      serviceIds: [serviceId('Depilación de cejas')],
      serviceChoices: [],
    });
  });
});

describe('typos', () => {
  it.each([
    ['kiero sita para mexas', 'Mechas'],
    ['mechaas', 'Mechas'],
    ['tinteee', 'Tinte raíz'],
    ['manicur', 'Manicura'],
    ['pedicur', 'Pedicura'],
    ['keratina', 'Alisado de keratina'],
    ['queratina', 'Alisado de keratina'],
  ])('reads "%s" as %s', async (text, name) => {
    expect((await understand(text)).entities.serviceIds).toEqual([
      serviceId(name),
    ]);
  });

  it('books with a misspelt "cita"', async () => {
    expect((await understand('kiero sita para mexas')).intent).toBe('book');
  });

  it.each([
    ['el sabdo', '2026-11-28'],
    ['el savado', '2026-11-28'],
    ['mañna', '2026-11-27'],
    ['pasao mañana', '2026-11-28'],
    ['vierne', '2026-11-27'],
    ['juebes', '2026-12-03'],
    ['mierkoles', '2026-12-02'],
  ])('reads "%s" as %s', async (text, date) => {
    expect((await understand(text)).entities.day).toEqual(oneDay(date));
  });

  it.each([
    'mesa',
    'casa',
    'cosa',
    'pelo',
    'hola',
    'muchas gracias',
    'cuanto va a costar?',
    'tengo una consulta',
    'es facil llegar?',
    'ya te he avisado',
    'vienes?',
    'salado',
    'marques',
  ])('finds no service nor day in "%s"', async (text) => {
    const { entities } = await understand(text);
    expect(entities).toMatchObject({
      serviceIds: [],
      serviceChoices: [],
      day: null,
    });
  });

  it('allows more typos in longer words, and sound-alikes in short ones', () => {
    expect(typos('mexas', 'mechas')).toBe(0);
    expect(typos('sabdo', 'sabado')).toBe(1);
    expect(typos('tinta', 'tinte')).toBeNull();
    expect(typos('fechas', 'mechas')).toBeNull();
    expect(typos('depilacon', 'depilacion')).toBe(1);
    expect(typos('asesoramento', 'asesoramiento')).toBe(1);
  });
});

describe('who the booking is for', () => {
  it.each([
    ['a nombre de mi hija Carla', 'Carla'],
    ['es para mi madre, Rosa Gil', 'Rosa Gil'],
    ['para mi hijo Pablo', 'Pablo'],
    ['a nombre de Carla, mi hija', 'Carla'],
  ])('reads "%s" as someone else\'s name, %s', async (text, name) => {
    const u = await understand(text, { expecting: 'name' });
    expect(u.entities).toMatchObject({ name, nameForSomeoneElse: true });
  });

  it.each([
    ['soy Laura', 'Laura'],
    ['me llamo Laura Pérez', 'Laura Pérez'],
    ['Laura', 'Laura'],
    ['a nombre de Laura Pérez', 'Laura Pérez'],
  ])('reads "%s" as the customer\'s own name', async (text, name) => {
    const u = await understand(text, { expecting: 'name' });
    expect(u.entities).toMatchObject({ name, nameForSomeoneElse: false });
  });

  it('reads "Rosa, mi madre" as a name, not the stylist', async () => {
    const u = await understand('Rosa, mi madre', { expecting: 'name' });
    expect(u.entities).toMatchObject({
      name: 'Rosa',
      nameForSomeoneElse: true,
      stylistIds: [],
    });
  });
});

describe('numbers while a numbered list is open', () => {
  const listOfFour: TurnRecord[] = [
    {
      texts: ['el viernes'],
      intent: 'choose_day',
      reply: 'Tengo:\n1. 10:00\n2. 11:00\n3. 12:00\n4. 17:00',
      at: THURSDAY_NOON.toISOString(),
    },
  ];

  it('reads a number above the list, or above 9, as a day of the month', async () => {
    for (const text of ['el 27', '27']) {
      const u = await understand(text, { expecting: 'option' });
      expect(u.intent).toBe('choose_day');
      expect(u.entities).toMatchObject({
        day: oneDay('2026-11-27'),
        option: null,
      });
    }
    const fifth = await understand('el 5', {
      expecting: 'option',
      recentTurns: listOfFour,
    });
    expect(fifth.entities).toMatchObject({
      day: oneDay('2026-12-05'),
      option: null,
    });
  });

  it('reads a number within the list as its option', async () => {
    for (const text of ['la 2', 'el 2', '2']) {
      const u = await understand(text, { expecting: 'option' });
      expect(u.entities).toMatchObject({ option: 2, day: null });
    }
    const fourth = await understand('el 4', {
      expecting: 'option',
      recentTurns: listOfFour,
    });
    expect(fourth.entities).toMatchObject({ option: 4, day: null });
  });

  it('reads "el día 2" as a day even then', async () => {
    const u = await understand('el dia 2', { expecting: 'option' });
    expect(u.entities).toMatchObject({
      day: oneDay('2026-12-02'),
      option: null,
    });
  });
});

describe('cancelling or moving one appointment of a list', () => {
  it.each([
    ['cancela la 2', 'cancel', 2],
    ['quiero cambiar la 3', 'reschedule', 3],
    ['anula la primera', 'cancel', 1],
    ['quita la segunda', 'cancel', 2],
    ['mueve la 2 al sábado', 'reschedule', 2],
  ])('reads "%s" as %s of option %d', async (text, intent, option) => {
    for (const expecting of [undefined, 'appointment_choice'] as const) {
      const u = await understand(text, { expecting });
      expect(u.intent).toBe(intent);
      expect(u.entities.option).toBe(option);
    }
  });

  it('still reads "a la 2" as a time', async () => {
    const u = await understand('cancela la de mañana a la 1');
    expect(u.entities.option).toBeNull();
  });
});

describe('after slots were offered', () => {
  it.each([
    'más tarde',
    'un poco más tarde',
    'más temprano',
    'antes',
    'algo antes?',
  ])('reads "%s" as a correction with nothing else to go on', async (text) => {
    const u = await understand(text, { expecting: 'option' });
    expect(u.intent).toBe('correction');
    expect(u.entities).toMatchObject({
      day: null,
      partOfDay: null,
      time: null,
      option: null,
    });
  });

  it('does not read "te digo algo más tarde" as one', async () => {
    const u = await understand('vale gracias, te digo algo más tarde', {
      expecting: 'option',
    });
    expect(u.intent).toBe('affirm');
    expect(u.otherIntents).toEqual(['thanks_bye']);
  });
});

describe('questions about a given day, and closing for now', () => {
  it.each([
    ['¿abrís el 8 de diciembre?', '2026-12-08'],
    ['¿el sábado abrís?', '2026-11-28'],
    ['¿a qué hora abrís mañana?', '2026-11-27'],
  ])('reads "%s" as a question about the hours of %s', async (text, date) => {
    const u = await understand(text);
    expect(u.intent).toBe('hours_question');
    expect(u.entities.day).toEqual(oneDay(date));
  });

  it.each([
    ['no gracias', 'deny'],
    ['nada más, gracias', 'deny'],
    ['vale gracias, luego te digo', 'affirm'],
    ['vale, mañana te digo', 'affirm'],
    ['no, ya te escribo yo', 'deny'],
  ])('reads "%s" as %s and a goodbye', async (text, intent) => {
    const u = await understand(text, { expecting: 'option' });
    expect(u.intent).toBe(intent);
    expect(u.otherIntents).toContain('thanks_bye');
    expect(u.entities.day).toBeNull();
  });

  it.each([
    ['la paso al viernes 4 a la misma hora?', true],
    ['cambiamela al lunes misma hora', true],
    ['mismo horario pero el jueves', true],
    ['a las 5 el viernes', false],
  ])('reads "%s" as keeping the time of a move: %s', async (text, same) => {
    const u = await understand(text);
    expect(u.entities.sameTime).toBe(same);
  });
});
