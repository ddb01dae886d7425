// Behaviour of checkSlot: the rule a concrete slot breaks, one case per rule, on the demo salon.
import {
  blockOnce,
  BEAUTY,
  busy,
  demoSchedule,
  HAIR,
  madrid,
  minutes,
  stylist,
} from '../../testing/demo-schedule.js';
import type { Schedule } from '../types.js';
import { checkSlot, type SlotToCheck } from './check-slot.js';

const MON = '2026-11-23';
const TUE = '2026-11-24';
const WED = '2026-11-25';

function check(
  slot: Partial<SlotToCheck> & { at?: [string, string] },
  schedule: Schedule = demoSchedule(),
) {
  const { at = [TUE, '11:00'], ...rest } = slot;
  return checkSlot(schedule, {
    stylistId: stylist.ana,
    start: madrid(...at),
    durationMinutes: 45,
    category: HAIR,
    now: madrid(MON, '09:00'),
    ...rest,
  });
}

describe('checkSlot', () => {
  it('accepts a free slot on the grid inside opening hours', () => {
    expect(check({})).toBeNull();
    expect(check({ at: [TUE, '19:15'] })).toBeNull();
  });

  it('leaves overlapping appointments to the database', () => {
    const schedule = {
      ...demoSchedule(),
      appointments: [busy(stylist.ana, TUE, '10:30', '12:00')],
    };
    expect(check({}, schedule)).toBeNull();
  });

  it('rejects an unknown or inactive stylist', () => {
    expect(check({ stylistId: 99 })).toBe('stylist_unavailable');
    const schedule = demoSchedule();
    schedule.stylists = schedule.stylists.map((s) =>
      s.id === stylist.ana ? { ...s, active: false } : s,
    );
    expect(check({}, schedule)).toBe('stylist_unavailable');
  });

  it('rejects a stylist of another category', () => {
    expect(check({ stylistId: stylist.rosa })).toBe('wrong_category');
    expect(check({ category: BEAUTY })).toBe('wrong_category');
  });

  it('rejects a start off the 15-minute grid', () => {
    expect(check({ at: [TUE, '11:05'] })).toBe('off_grid');
    const start = new Date(madrid(TUE, '11:00').getTime() + 30_000);
    expect(check({ start })).toBe('off_grid');
  });

  it('rejects a slot that starts before opening or ends after closing', () => {
    expect(check({ at: [TUE, '09:45'] })).toBe('outside_hours');
    expect(check({ at: [TUE, '19:30'] })).toBe('outside_hours');
    expect(check({ at: [TUE, '20:00'] })).toBe('outside_hours');
  });

  it('rejects a slot across the break but not one ending as it starts', () => {
    const schedule = demoSchedule();
    schedule.openingHours = schedule.openingHours.map((row) => ({
      ...row,
      breakStart: minutes('14:00'),
      breakEnd: minutes('15:00'),
    }));
    expect(check({ at: [TUE, '13:30'] }, schedule)).toBe('outside_hours');
    expect(check({ at: [TUE, '14:15'] }, schedule)).toBe('outside_hours');
    expect(check({ at: [TUE, '13:15'] }, schedule)).toBeNull();
    expect(check({ at: [TUE, '15:00'] }, schedule)).toBeNull();
  });

  it('rejects a closed weekday and a holiday', () => {
    expect(check({ at: ['2026-11-30', '11:00'] })).toBe('closed_day');
    expect(check({ at: ['2026-11-29', '11:00'] })).toBe('closed_day');
    expect(check({ at: ['2026-12-08', '11:00'] })).toBe('holiday');
  });

  it('rejects a slot inside the minimum notice', () => {
    const now = madrid(TUE, '09:15');
    expect(check({ now })).toBe('too_soon');
    expect(check({ now, at: [TUE, '11:15'] })).toBeNull();
  });

  it('rejects a day beyond the 60-day horizon', () => {
    expect(check({ at: ['2027-01-22', '19:00'] })).toBeNull();
    expect(check({ at: ['2027-01-23', '10:00'] })).toBe('beyond_horizon');
  });

  it('rejects a slot over a one-off or a weekly block of the stylist', () => {
    const schedule = demoSchedule();
    schedule.blocks = [
      blockOnce(stylist.ana, TUE, '11:30', '12:00'),
      {
        stylistId: stylist.ana,
        kind: 'weekly',
        weekday: 3,
        startMinute: minutes('17:00'),
        endMinute: minutes('18:00'),
      },
    ];
    expect(check({}, schedule)).toBe('blocked');
    expect(check({ at: [TUE, '12:00'] }, schedule)).toBeNull();
    expect(check({ at: [WED, '16:30'] }, schedule)).toBe('blocked');
    expect(check({ at: [WED, '16:15'] }, schedule)).toBeNull();
    expect(check({ at: ['2026-12-16', '17:45'] }, schedule)).toBe('blocked');
    expect(
      check({ at: [WED, '17:00'], stylistId: stylist.marta }, schedule),
    ).toBeNull();
  });
});
