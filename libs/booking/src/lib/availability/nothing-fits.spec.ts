// Behaviour of findAvailability when nothing fits: the reason (closed, holiday, fully booked, too soon…) and the nearest alternatives.
import {
  BEAUTY,
  demoSchedule,
  everyoneBusy,
  haircutQuery,
  madrid,
  minutes,
  offered,
  slotLabels,
  stylist,
  week,
} from '../../testing/demo-schedule.js';
import type { AvailabilityQuery, Schedule } from '../types.js';
import { findAvailability } from './find-availability.js';

const { tue: TUE, wed: WED, fri: FRI, sat: SAT } = week;

function find(
  query: Partial<AvailabilityQuery> = {},
  schedule = demoSchedule(),
) {
  return findAvailability(schedule, haircutQuery(query));
}

function labels(query: Partial<AvailabilityQuery>) {
  return slotLabels(offered(find(query)));
}

function withAppointments(...appointments: Schedule['appointments']) {
  return { ...demoSchedule(), appointments };
}

describe('findAvailability when nothing fits', () => {
  it('answers a holiday with the reason and the next open day', () => {
    const result = find({
      from: '2026-12-08',
      now: madrid('2026-12-07', '09:00'),
    });
    expect(result).toMatchObject({ kind: 'none', reason: 'holiday' });
    expect(slotLabels(offered(result))).toEqual([
      '2026-12-09 10:00 1',
      '2026-12-09 10:15 1',
      '2026-12-09 10:30 1',
    ]);
  });

  it('answers "¿tenéis hueco el lunes?" with closed and Tuesday\'s slots', () => {
    const result = find({ from: '2026-11-30' });
    expect(result).toMatchObject({ kind: 'none', reason: 'closed' });
    expect(slotLabels(offered(result))).toEqual([
      '2026-12-01 10:00 1',
      '2026-12-01 10:15 1',
      '2026-12-01 10:30 1',
    ]);
  });

  it('answers Saturday afternoon with closed and the nearest afternoon', () => {
    const result = find({ from: SAT, partOfDay: 'afternoon' });
    expect(result).toMatchObject({ kind: 'none', reason: 'closed' });
    expect(slotLabels(offered(result))).toEqual([
      `${FRI} 14:00 1`,
      `${FRI} 14:15 1`,
      `${FRI} 14:30 1`,
    ]);
  });

  it('answers a fully booked afternoon with the next afternoon', () => {
    const schedule = withAppointments(
      ...everyoneBusy(demoSchedule(), TUE, '12:00', '20:00'),
    );
    const result = find({ partOfDay: 'afternoon' }, schedule);
    expect(result).toMatchObject({ kind: 'none', reason: 'fully_booked' });
    expect(slotLabels(offered(result))).toEqual([
      `${WED} 14:00 1`,
      `${WED} 14:15 1`,
      `${WED} 14:30 1`,
    ]);
  });

  it('falls back to any part of the day when no nearby day has the one asked for', () => {
    const schedule = demoSchedule();
    schedule.openingHours = schedule.openingHours.map((row) => ({
      ...row,
      closesAt: minutes('14:00'),
    }));
    const result = find({ partOfDay: 'afternoon', limit: 1 }, schedule);
    expect(result).toMatchObject({ kind: 'none', reason: 'closed' });
    expect(slotLabels(offered(result))).toEqual([`${TUE} 10:00 1`]);
  });

  it('answers too soon late in the day, offering the next morning', () => {
    const result = find({ now: madrid(TUE, '18:30'), limit: 1 });
    expect(result).toMatchObject({ kind: 'none', reason: 'too_soon' });
    expect(slotLabels(offered(result))).toEqual([`${WED} 10:00 1`]);
  });

  it('books up to 60 days ahead and offers the last bookable day beyond', () => {
    expect(labels({ from: '2027-01-22', limit: 1 })).toEqual([
      '2027-01-22 10:00 1',
    ]);
    const beyond = find({ from: '2027-01-23', limit: 1 });
    expect(beyond).toMatchObject({ kind: 'none', reason: 'beyond_horizon' });
    expect(slotLabels(offered(beyond))).toEqual(['2027-01-22 10:00 1']);
  });

  it('answers a day in the past with too soon', () => {
    expect(find({ from: '2026-11-20' })).toMatchObject({
      kind: 'none',
      reason: 'too_soon',
    });
  });

  it('offers other stylists when the one asked for cannot do the service', () => {
    const result = find({ stylistId: stylist.rosa, limit: 1 });
    expect(result).toMatchObject({ kind: 'none', reason: 'no_stylist' });
    expect(slotLabels(offered(result))).toEqual([`${TUE} 10:00 1`]);
  });

  it('says no stylist when nobody active does the category', () => {
    const schedule = demoSchedule();
    schedule.stylists = schedule.stylists.map((s) =>
      s.category === BEAUTY ? { ...s, active: false } : s,
    );
    expect(find({ category: BEAUTY }, schedule)).toEqual({
      kind: 'none',
      reason: 'no_stylist',
      alternatives: [],
    });
  });
});
