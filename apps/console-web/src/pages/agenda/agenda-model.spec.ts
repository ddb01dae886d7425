// The agenda's time arithmetic: the salon's wall clock whatever the browser's zone, and which slots a stylist can take.
import {
  appointmentLabel,
  calendarBlocks,
  floatingClock,
  fromFloating,
  instantOf,
  isBookableSlot,
  toFloating,
} from './agenda-model';
import { appointment, tuesday } from './agenda-test-kit';

describe('agenda model', () => {
  it('names whom a booking is for when the customer booked it for someone else', () => {
    expect(
      appointmentLabel(
        appointment({ id: 7, bookedFor: 'Carla' }),
        'Europe/Madrid',
      ),
    ).toBe(
      'Carla (para Paco Martín) · Corte hombre · 12:00–12:30 · confirmada · reservada por Lucía Recepción',
    );
  });

  it('shows an instant at the salon’s wall-clock time and turns it back, across the DST change', () => {
    for (const [instant, clock] of [
      ['2026-12-01T09:00:00.000Z', '10:00'],
      ['2026-07-01T08:00:00.000Z', '10:00'],
      ['2026-03-29T00:30:00.000Z', '01:30'],
      ['2026-03-29T01:30:00.000Z', '03:30'],
    ] as const) {
      const floating = toFloating(instant, 'Europe/Madrid');
      expect(floatingClock(floating)).toBe(clock);
      expect(fromFloating(floating, 'Europe/Madrid')).toBe(instant);
    }
  });

  it('reads a date and an HH:MM typed at the desk as the salon’s time', () => {
    expect(instantOf('2026-12-01', '12:00', 'Europe/Madrid')).toBe(
      '2026-12-01T11:00:00.000Z',
    );
    expect(instantOf('2026-07-01', '9:30', 'Europe/Madrid')).toBe(
      '2026-07-01T07:30:00.000Z',
    );
    expect(instantOf('2026-12-01', '25:00', 'Europe/Madrid')).toBeNull();
    expect(instantOf('2026-02-30', '10:00', 'Europe/Madrid')).toBeNull();
    // Clocks skip 02:00–03:00 on 29 March: 02:30 is read as 03:30, as the clocks would.
    expect(instantOf('2026-03-29', '02:30', 'Europe/Madrid')).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(instantOf('2026-10-25', '12:00', 'America/Mexico_City')).toBe(
      '2026-10-25T18:00:00.000Z',
    );
  });

  it('greys what nobody can book: before opening, the break, after closing, a block', () => {
    const agenda = tuesday();
    const blocks = calendarBlocks(agenda);
    const at = (h: number, m = 0) => new Date(2026, 11, 1, h, m);
    const bookable = (stylistId: number, slot: Date) =>
      isBookableSlot(agenda, blocks, stylistId, slot);
    expect(bookable(1, at(9, 45))).toBe(false);
    expect(bookable(1, at(10))).toBe(true);
    expect(bookable(1, at(13, 45))).toBe(true);
    expect(bookable(1, at(14, 30))).toBe(false);
    expect(bookable(1, at(19, 45))).toBe(true);
    expect(bookable(1, at(20))).toBe(false);
    expect(bookable(2, at(17))).toBe(false);
    expect(bookable(2, at(18))).toBe(true);
    expect(bookable(1, at(17))).toBe(true);
    expect(bookable(1, new Date(2026, 11, 2, 11))).toBe(false);
  });

  it('draws a weekly block on each shown day it falls on', () => {
    const agenda = tuesday([]);
    agenda.days.push({ date: '2026-12-02', hours: null, holiday: 'Fiesta' });
    agenda.stylists[0].blocks = [
      {
        id: 9,
        stylistId: 1,
        kind: 'weekly',
        weekday: 2,
        startTime: '14:00',
        endTime: '15:30',
        reason: null,
      },
    ];
    const [lunch, ...rest] = calendarBlocks(agenda).filter(
      (b) => b.stylistId === 1,
    );
    expect(rest).toEqual([]);
    expect(lunch.title).toBe('Bloqueado');
    expect(lunch.start).toEqual(new Date(2026, 11, 1, 14));
    expect(lunch.end).toEqual(new Date(2026, 11, 1, 15, 30));
  });
});
