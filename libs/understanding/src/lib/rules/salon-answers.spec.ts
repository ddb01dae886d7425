// The salon's own questions, found in WhatsApp Spanish: typos, words in between, the longer phrasing winning.
import { demoServices, demoStylists } from '@atrevete/salon/testing';
import type { SalonAnswerTopic, Understanding } from '../understanding.js';
import { RulesUnderstander } from './rules-understander.js';

const answers: SalonAnswerTopic[] = [
  {
    id: 1,
    topic: 'Retrasos',
    phrasings: ['llego tarde', 'llegar tarde', 'retraso', 'minutos tarde'],
  },
  {
    id: 2,
    topic: 'Formas de pago',
    phrasings: ['tarjeta', 'bizum', 'efectivo'],
  },
  {
    id: 3,
    topic: 'Tarjetas regalo',
    phrasings: ['tarjeta regalo', 'vale regalo'],
  },
  {
    id: 4,
    topic: 'Aparcamiento',
    phrasings: ['aparcar', 'aparcamiento', 'parking'],
  },
  {
    id: 5,
    topic: 'Recordatorios',
    phrasings: ['recordatorio', 'recordar la cita'],
  },
];

function understand(
  text: string,
  withAnswers = answers,
): Promise<Understanding> {
  return new RulesUnderstander().understand([text], {
    services: demoServices(),
    stylists: demoStylists(),
    answers: withAnswers,
    now: new Date('2026-11-26T11:00:00Z'),
    timeZone: 'Europe/Madrid',
    recentTurns: [],
    expecting: null,
  });
}

describe("the salon's own questions", () => {
  it.each([
    ['y si llego 10 min tarde pasa algo?', [1]],
    ['q pasa si llego tarde', [1]],
    ['perdona voy con un poco de retraso', [1]],
    ['aceptais bizum?', [2]],
    ['se puede pagar con tarjta?', [2]],
    ['teneis tarjeta regalo?', [3]],
    ['hay sitio para aparcar cerca?', [4]],
    ['me podeis recordar la cita el dia antes?', [5]],
  ])('"%s" asks about %j', async (text, ids) => {
    const u = await understand(text);
    expect(u.entities.answerIds).toEqual(ids);
    expect([u.intent, ...u.otherIntents]).toContain('salon_question');
  });

  it('is not found where the words are not there', async () => {
    for (const text of [
      'quiero cita el viernes por la tarde',
      'hola',
      'a las 5 y pico',
    ]) {
      const u = await understand(text);
      expect(u.entities.answerIds).toEqual([]);
      expect(u.otherIntents).not.toContain('salon_question');
    }
  });

  it('answers a question in the middle of a booking and keeps the booking details', async () => {
    const u = await understand(
      'quiero corte mujer el viernes, se puede pagar con bizum?',
    );
    expect(u.entities.answerIds).toEqual([2]);
    expect(u.entities.serviceIds).toHaveLength(1);
    expect([u.intent, ...u.otherIntents]).toEqual(
      expect.arrayContaining(['book', 'salon_question']),
    );
  });

  it('knows nothing when the salon has no answers', async () => {
    const u = await understand('aceptais bizum?', []);
    expect(u.entities.answerIds).toEqual([]);
  });
});

describe('services the salon does not do', () => {
  const named = async (text: string) =>
    (await understand(text)).entities.unofferedServices.map((u) => u.name);

  it.each([
    ['hacéis extensiones de pelo?', ['extensiones']],
    ['quiero hacerme el microblading', ['microblading']],
    ['teneis depilacion laser?', ['depilación láser']],
    ['me haceis las uñas de gel?', ['uñas de gel o acrílicas']],
    ['hacéis tatuajes', ['tatuajes']],
    ['extenciones de pestañas?', ['extensiones de pestañas']],
    ['corte y extensiones el viernes', ['extensiones']],
  ])('"%s" names %j', async (text, names) => {
    expect(await named(text)).toEqual(names);
  });

  it('never reads them as the nearest service the salon does sell', async () => {
    const laser = await understand('teneis depilacion laser?');
    expect(laser.entities.serviceIds).toEqual([]);
    expect(laser.entities.serviceChoices).toEqual([]);
    const gel = await understand('uñas de gel porfa');
    expect(gel.entities.serviceIds).toEqual([]);
  });

  it('offers the closest services of the catalogue', async () => {
    const [micro] = (await understand('hacéis microblading?')).entities
      .unofferedServices;
    const names = micro.closestServiceIds.map(
      (id) => demoServices().find((s) => s.id === id)?.name,
    );
    expect(names).toContain('Depilación de cejas');
  });

  it('leaves what the catalogue sells to the catalogue', async () => {
    for (const text of [
      'quiero la manicura semipermanente',
      'lifting de pestañas el viernes',
      'una limpieza facial',
    ]) {
      const u = await understand(text);
      expect(u.entities.unofferedServices).toEqual([]);
      expect(u.entities.serviceIds).toHaveLength(1);
    }
  });
});

describe('times that are limits, not wishes', () => {
  it.each([
    [
      'corte el viernes, tengo que irme a las 5',
      { endBy: 17 * 60, notBefore: null },
      null,
    ],
    [
      'puedo ir mañana pero me tengo que ir a las 7',
      { endBy: 19 * 60, notBefore: null },
      null,
    ],
    // The earliest start, and the nearest to it first.
    ['salgo de trabajar a las 6', { endBy: null, notBefore: 18 * 60 }, 18 * 60],
    [
      'a partir de las 5 y media',
      { endBy: null, notBefore: 17 * 60 + 30 },
      17 * 60 + 30,
    ],
  ])('"%s"', async (text, bounds, time) => {
    const u = await understand(text);
    expect(u.entities.timeBounds).toEqual(bounds);
    expect(u.entities.time?.minute ?? null).toBe(time);
  });

  it('leaves a plain time a wish', async () => {
    const u = await understand('el viernes a las 5');
    expect(u.entities.timeBounds).toEqual({ endBy: null, notBefore: null });
    expect(u.entities.time?.minute).toBe(17 * 60);
  });
});
