// Behaviour of findAvailability on the demo salon when slots exist: the grid, preferences, busy time and the rules.
import {
  blockOnce,
  busy,
  demoSchedule,
  everyoneBusy,
  haircutQuery,
  madrid,
  madridLabel,
  minutes,
  slotLabels,
  stylist,
  week,
} from '../../testing/demo-schedule.js';
import type { AvailabilityQuery, Schedule } from '../types.js';
import { InvalidAvailabilityInputError } from './errors.js';
import { findAvailability } from './find-availability.js';

const { mon: MON, tue: TUE, wed: WED, fri: FRI, sat: SAT } = week;

function find(
  query: Partial<AvailabilityQuery> = {},
  schedule = demoSchedule(),
) {
  return findAvailability(schedule, haircutQuery(query));
}

function labels(query: Partial<AvailabilityQuery>, schedule?: Schedule) {
  const result = find(query, schedule);
  return result.kind === 'slots' ? slotLabels(result.slots) : result;
}

function withAppointments(...appointments: Schedule['appointments']) {
  return { ...demoSchedule(), appointments };
}

describe('findAvailability', () => {
  it('offers the three earliest slots from opening time, one per start time', () => {
    expect(labels({})).toEqual([
      `${TUE} 10:00 1`,
      `${TUE} 10:15 1`,
      `${TUE} 10:30 1`,
    ]);
  });

  it('offers one time with several stylists only when no other time is free', () => {
    const schedule = withAppointments(
      ...everyoneBusy(demoSchedule(), TUE, '10:00', '19:00'),
    );
    expect(labels({ durationMinutes: 60 }, schedule)).toEqual([
      `${TUE} 19:00 1`,
      `${TUE} 19:00 2`,
      `${TUE} 19:00 3`,
    ]);
  });

  it('offers only the stylist asked for', () => {
    const schedule = withAppointments(busy(stylist.ana, TUE, '10:00', '12:00'));
    expect(labels({ stylistId: stylist.ana }, schedule)).toEqual([
      `${TUE} 12:00 2`,
      `${TUE} 12:15 2`,
      `${TUE} 12:30 2`,
    ]);
  });

  it('never overlaps an appointment and fits exactly between two', () => {
    const schedule = withAppointments(
      busy(stylist.ana, TUE, '10:30', '11:00'),
      busy(stylist.ana, TUE, '11:45', '12:00'),
    );
    expect(labels({ stylistId: stylist.ana }, schedule)).toEqual([
      `${TUE} 11:00 2`,
      `${TUE} 12:00 2`,
      `${TUE} 12:15 2`,
    ]);
  });

  it('offers the afternoon from 14:00 and the morning by start time before 14:00', () => {
    expect(labels({ partOfDay: 'afternoon' })).toEqual([
      `${TUE} 14:00 1`,
      `${TUE} 14:15 1`,
      `${TUE} 14:30 1`,
    ]);
    const schedule = withAppointments(busy(stylist.ana, TUE, '10:00', '13:30'));
    expect(
      labels({ stylistId: stylist.ana, partOfDay: 'morning' }, schedule),
    ).toEqual([`${TUE} 13:30 2`, `${TUE} 13:45 2`]);
  });

  it('keeps to a window of start times ("más tarde" than 17:30), within the part of day', () => {
    expect(
      labels({ startWindow: { from: minutes('17:31'), to: 24 * 60 } }),
    ).toEqual([`${TUE} 17:45 1`, `${TUE} 18:00 1`, `${TUE} 18:15 1`]);
    expect(
      labels({
        partOfDay: 'morning',
        startWindow: { from: 0, to: minutes('10:30') },
      }),
    ).toEqual([`${TUE} 10:00 1`, `${TUE} 10:00 2`, `${TUE} 10:15 1`]);
  });

  it('offers the slots closest to a preferred time first ("sobre las 11")', () => {
    expect(labels({ stylistId: stylist.ana, time: minutes('11:00') })).toEqual([
      `${TUE} 11:00 2`,
      `${TUE} 10:45 2`,
      `${TUE} 11:15 2`,
    ]);
  });

  it('over several days, prefers the time asked for on a later day to a far one today', () => {
    const schedule = withAppointments(busy(stylist.ana, TUE, '10:00', '12:00'));
    const query = { stylistId: stylist.ana, to: FRI, time: minutes('11:00') };
    expect(labels(query, schedule)).toEqual([
      `${WED} 11:00 2`,
      '2026-11-26 11:00 2',
      `${FRI} 11:00 2`,
    ]);
  });

  it('fits a 150-minute service into Saturday morning before the 14:00 closing', () => {
    const result = find({
      durationMinutes: 150,
      from: SAT,
      partOfDay: 'morning',
      stylistId: stylist.marta,
      limit: 100,
    });
    const starts = result.kind === 'slots' ? slotLabels(result.slots) : [];
    expect(starts[0]).toBe(`${SAT} 09:00 3`);
    expect(starts[starts.length - 1]).toBe(`${SAT} 11:30 3`);
    expect(starts).toHaveLength(11);
  });

  it('never offers a slot across the break', () => {
    const schedule = demoSchedule();
    schedule.openingHours = schedule.openingHours.map((row) => ({
      ...row,
      breakStart: minutes('14:00'),
      breakEnd: minutes('15:00'),
    }));
    const result = find({ stylistId: stylist.ana, limit: 100 }, schedule);
    const starts = result.kind === 'slots' ? slotLabels(result.slots) : [];
    expect(starts).toContain(`${TUE} 13:15 2`);
    expect(starts).not.toContain(`${TUE} 13:30 2`);
    expect(starts).not.toContain(`${TUE} 14:00 2`);
    expect(starts).toContain(`${TUE} 15:00 2`);
  });

  it('keeps a weekly block free every week', () => {
    const schedule = demoSchedule();
    schedule.blocks = [
      {
        stylistId: stylist.ana,
        kind: 'weekly',
        weekday: 3,
        startMinute: minutes('10:00'),
        endMinute: minutes('12:00'),
      },
    ];
    for (const day of [WED, '2026-12-02', '2027-01-13']) {
      const now = madrid(day, '07:00');
      const query = { stylistId: stylist.ana, from: day, now, limit: 1 };
      expect(labels(query, schedule)).toEqual([`${day} 12:00 2`]);
    }
  });

  it('keeps a one-off block free', () => {
    const schedule = demoSchedule();
    schedule.blocks = [blockOnce(stylist.ana, TUE, '09:00', '13:00')];
    expect(labels({ stylistId: stylist.ana, limit: 1 }, schedule)).toEqual([
      `${TUE} 13:00 2`,
    ]);
  });

  it('leaves the minimum notice of two hours, rounded up to the grid', () => {
    expect(labels({ now: madrid(TUE, '10:05'), limit: 1 })).toEqual([
      `${TUE} 12:15 1`,
    ]);
  });

  it('finds the earliest slots of a 60-day range on its first open day', () => {
    const schedule = withAppointments(
      ...everyoneBusy(demoSchedule(), TUE, '10:00', '20:00'),
    );
    const result = find({ to: '2027-01-22', limit: 2 }, schedule);
    expect(
      result.kind === 'slots' && result.slots.map((s) => madridLabel(s.start)),
    ).toEqual([`${WED} 10:00`, `${WED} 10:15`]);
  });

  it('rejects a query no caller should build', () => {
    expect(() => find({ from: '2026-02-30' })).toThrow(
      InvalidAvailabilityInputError,
    );
    expect(() => find({ to: MON })).toThrow(InvalidAvailabilityInputError);
    expect(() => find({ durationMinutes: 0 })).toThrow(
      InvalidAvailabilityInputError,
    );
    expect(() => find({ now: new Date('soon') })).toThrow(
      InvalidAvailabilityInputError,
    );
    const schedule = demoSchedule();
    schedule.rules = { ...schedule.rules, timeZone: 'Europe/Madird' };
    expect(() => find({}, schedule)).toThrow(InvalidAvailabilityInputError);
  });
});
