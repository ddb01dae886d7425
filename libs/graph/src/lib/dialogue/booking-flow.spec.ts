import { spreadOut } from './slot-search.js';

const at = (hhmm: string, stylistId = 2) => ({
  stylistId,
  start: new Date(`2026-11-27T${hhmm}:00+01:00`),
  end: new Date(`2026-11-27T${hhmm}:45+01:00`),
});
const times = (slots: { start: Date }[]) =>
  slots.map((s) => s.start.toISOString().slice(11, 16));

describe('spreadOut', () => {
  it('offers choices an hour apart instead of three quarter-hours in a row', () => {
    const quarterHours = [
      '14:00',
      '14:15',
      '14:30',
      '14:45',
      '15:00',
      '15:15',
      '16:00',
    ];
    expect(times(spreadOut(quarterHours.map((t) => at(t))))).toEqual([
      '13:00',
      '14:00',
      '15:00',
    ]);
  });

  it('fills with the next best slots when the day has no room to spread', () => {
    expect(
      times(spreadOut(['19:00', '19:15', '19:30'].map((t) => at(t)))),
    ).toEqual(['18:00', '18:15', '18:30']);
  });

  it('keeps the best slot and shows the offer in time order', () => {
    const best = [at('17:00'), at('10:00'), at('12:30'), at('10:15')];
    expect(times(spreadOut(best))).toEqual(['09:00', '11:30', '16:00']);
  });
});
