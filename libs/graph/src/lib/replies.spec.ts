import { demoSalon, demoServices } from '../testing/demo-salon.js';
import { formatDuration, formatPrice, formatTime } from './format.js';
import { groupWeek } from './opening-hours.js';
import type { OpeningHoursRow, ServiceInfo } from './ports.js';
import * as replies from './replies.js';
import { nounForm } from './spanish-grammar.js';

const service = (name: string): ServiceInfo => {
  const found = demoServices().find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found;
};
const booking: replies.Booking = {
  services: [service('Corte mujer')],
  stylistName: 'Ana',
  when: 'viernes 27 de noviembre a las 17:15',
  priceCents: 2500,
};

const emojis = (text: string) =>
  text.match(/\p{Extended_Pictographic}/gu) ?? [];

describe('formats', () => {
  it.each([
    [2500, '25 €'],
    [0, '0 €'],
    [1250, '12,50 €'],
    [12000, '120 €'],
  ])('writes %i cents as %s', (cents, text) =>
    expect(formatPrice(cents)).toBe(text),
  );

  it.each([
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [150, '2 h 30 min'],
  ])('writes %i minutes as %s', (minutes, text) =>
    expect(formatDuration(minutes)).toBe(text),
  );

  it('writes times on the 24-hour clock with two digits', () => {
    expect([formatTime(540), formatTime(1035), formatTime(1200)]).toEqual([
      '09:00',
      '17:15',
      '20:00',
    ]);
  });
});

describe('service names in a sentence', () => {
  it.each([
    ['Tinte raíz', 'el'],
    ['Mechas', 'las'],
    ['Manicura', 'la'],
    ['Depilación de cejas', 'la'],
    ['Corte + peinado', 'el'],
    ['Masaje relajante', 'el'],
    ['Extensiones', 'las'],
    ['Tratamientos capilares', 'los'],
    ['Permanente', 'la'],
  ])('says %s with "%s"', (name, article) =>
    expect(nounForm(name).article).toBe(article),
  );
});

describe('replies', () => {
  const { data } = demoSalon();

  it('states a price and a duration in one sentence', () => {
    expect(replies.priceSentence(service('Tinte raíz'))).toBe(
      'El tinte raíz cuesta 40 € y dura 1 h 30 min.',
    );
    expect(replies.priceSentence(service('Mechas'))).toBe(
      'Las mechas cuestan 75 € y duran 2 h 30 min.',
    );
  });

  it('says a free service is free instead of "0 €"', () => {
    const text = replies.priceSentence(service('Consulta de color'));
    expect(text).toBe('La consulta de color es gratis y dura 15 min.');
  });

  it('numbers the whole price list across categories, each category once', () => {
    const text = replies.priceList(data.services);
    expect(text).toContain('1. Corte mujer: 25 €');
    expect(text).toContain('10. Consulta de color: gratis');
    expect(text).toContain('11. Manicura: 18 €');
    expect(text.indexOf('*Peluquería*')).toBeLessThan(
      text.indexOf('*Estética*'),
    );
    expect(text.match(/\*Estética\*/g)).toHaveLength(1);
  });

  it('shows durations and prices in the list of services', () => {
    expect(replies.serviceList(data.services)).toContain(
      '6. Mechas (2 h 30 min, 75 €)',
    );
  });

  it('admits not having the list rather than showing an empty one', () => {
    expect(replies.priceList([])).toMatch(/no tengo la lista/);
  });

  it('groups the week: consecutive days as a range, closed days together, breaks shown', () => {
    const rows: OpeningHoursRow[] = [
      ...data.openingHours.filter((row) => row.weekday !== 3),
      {
        weekday: 3,
        opensAt: 600,
        closesAt: 1200,
        breakStart: 840,
        breakEnd: 900,
      },
    ];
    expect(replies.openingHours(groupWeek(rows))).toBe(
      [
        'Nuestro horario:',
        'Martes, jueves y viernes: 10:00–20:00',
        'Miércoles: 10:00–14:00 y 15:00–20:00',
        'Sábado: 09:00–14:00',
        'Lunes y domingo: cerrado',
      ].join('\n'),
    );
  });

  it('writes the demo week as ranges', () => {
    expect(replies.openingHours(groupWeek(data.openingHours))).toBe(
      'Nuestro horario:\nDe martes a viernes: 10:00–20:00\nSábado: 09:00–14:00\nLunes y domingo: cerrado',
    );
  });

  it('does not claim hours it does not have', () => {
    expect(replies.openingHours(groupWeek([]))).toMatch(/no tengo el horario/);
  });

  it('introduces the persona and the salon in the greeting, with at most one emoji', () => {
    const text = replies.greeting(data.settings);
    expect(text).toContain('Maite');
    expect(text).toContain('Atrévete Peluquería');
    expect(text).toMatch(/cita/);
    expect(text).toMatch(/precios/);
    expect(text).toMatch(/horario/);
    expect(emojis(text).length).toBeLessThanOrEqual(1);
  });

  it('writes a booking with its day in words, 24-hour time and price', () => {
    expect(replies.bookingLine(booking)).toBe(
      'Corte mujer con Ana, el viernes 27 de noviembre a las 17:15',
    );
    expect(replies.summary(booking, 'Laura Pérez', data.settings)).toBe(
      [
        'Te resumo la cita:',
        '• Corte mujer (45 min, 25 €)',
        '• Con Ana',
        '• El viernes 27 de noviembre a las 17:15',
        '• A nombre de Laura Pérez',
        '• En Calle de la Constitución 5, Madrid',
        '',
        '¿Confirmo la cita?',
      ].join('\n'),
    );
  });

  it('numbers slots so that "la 2" means one of them', () => {
    const text = replies.offerSlots(data.services.slice(0, 1), null, [
      { when: 'viernes 27 de noviembre a las 16:00', stylistName: 'Ana' },
      { when: 'viernes 27 de noviembre a las 16:15', stylistName: 'Marta' },
    ]);
    expect(text).toContain(
      '1. viernes 27 de noviembre a las 16:00 con Ana\n2. viernes 27 de noviembre a las 16:15 con Marta',
    );
  });

  it('never uses more than one emoji in any template', () => {
    const texts = [
      replies.greeting(data.settings),
      replies.thanksBye(),
      replies.fallback(),
      replies.address(data.settings),
      replies.bookingWhichService(data.services),
      replies.offerSlots(data.services.slice(0, 1), 'Ana', [
        { when: 'viernes 27 de noviembre a las 16:00', stylistName: null },
      ]),
      replies.summary(booking, 'Laura Pérez', data.settings),
      replies.booked(booking, data.settings),
      replies.yourAppointments([booking, booking]),
      replies.tooLateToChange('cancel', 24),
      replies.handoff('complaint', data.settings),
      replies.handoffNote('asked', ['hola', 'quiero una persona'], null),
    ];
    for (const text of texts)
      expect(emojis(text).length).toBeLessThanOrEqual(1);
  });
});
