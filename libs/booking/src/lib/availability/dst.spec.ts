// Availability across Europe/Madrid's DST changes (last Sundays of March and October 2026): wall-clock slots, real durations.
import { DateTime } from 'luxon';
import {
  demoSchedule,
  HAIR,
  madrid,
  MADRID,
  minutes,
  slotLabels,
  stylist,
} from '../../testing/demo-schedule.js';
import type { AvailabilityQuery, Schedule, Slot } from '../types.js';
import { checkSlot } from './check-slot.js';
import { findAvailability } from './find-availability.js';

const SPRING = '2026-03-29';
const AUTUMN = '2026-10-25';

function slots(
  query: Partial<AvailabilityQuery>,
  schedule = demoSchedule(),
): Slot[] {
  const result = findAvailability(schedule, {
    durationMinutes: 60,
    category: HAIR,
    stylistId: stylist.ana,
    from: SPRING,
    now: madrid('2026-03-20', '09:00'),
    limit: 200,
    ...query,
  });
  return result.kind === 'slots' ? result.slots : [];
}

/** The demo salon, also open on Sunday nights 00:00–06:00, when the clocks change. */
function openAtNight(): Schedule {
  const schedule = demoSchedule();
  schedule.openingHours.push({
    weekday: 7,
    opensAt: 0,
    closesAt: minutes('06:00'),
    breakStart: null,
    breakEnd: null,
  });
  return schedule;
}

const utc = (slot: Slot) => slot.start.toISOString().slice(0, 16);
const lengths = (found: Slot[]) =>
  new Set(
    found.map((slot) => (slot.end.getTime() - slot.start.getTime()) / 60_000),
  );

describe('availability across DST changes in Europe/Madrid', () => {
  it('uses the whole of a period whose closing time falls in the skipped hour (found by the property tests)', () => {
    // Open 01:00–02:05 on the night 02:00 becomes 03:00: the closing edge reads as 03:05 CEST
    // (01:05 UTC), so the period lasts 65 minutes and its last 5-minute slot starts at 03:00 CEST.
    const schedule = demoSchedule();
    schedule.rules.slotMinutes = 5;
    schedule.openingHours.push({
      weekday: 7,
      opensAt: minutes('01:00'),
      closesAt: minutes('02:05'),
      breakStart: null,
      breakEnd: null,
    });
    const found = slots({ durationMinutes: 5 }, schedule);
    expect(utc(found[0])).toBe('2026-03-29T00:00');
    expect(utc(found[found.length - 1])).toBe('2026-03-29T01:00');
    expect(found).toHaveLength(13);
  });

  it('keeps opening at local 09:00 and 10:00 on both sides of the March change', () => {
    const first = (from: string) => slots({ from, limit: 1 })[0];
    expect(utc(first('2026-03-28'))).toBe('2026-03-28T08:00');
    expect(utc(first('2026-03-31'))).toBe('2026-03-31T08:00');
    expect(
      slotLabels(
        slots({ from: '2026-03-31', partOfDay: 'afternoon', limit: 1 }),
      ),
    ).toEqual(['2026-03-31 14:00 2']);
  });

  it('keeps opening at local 09:00 and 10:00 on both sides of the October change', () => {
    const first = (from: string) =>
      slots({ from, limit: 1, now: madrid('2026-10-20', '09:00') })[0];
    expect(utc(first('2026-10-24'))).toBe('2026-10-24T07:00');
    expect(utc(first('2026-10-27'))).toBe('2026-10-27T09:00');
  });

  it('offers a week around each change on local grid times with real durations', () => {
    for (const [from, to] of [
      ['2026-03-24', '2026-04-04'],
      ['2026-10-20', '2026-10-31'],
    ]) {
      const found = slots({
        from,
        to,
        now: madrid(from, '07:00'),
        limit: 1000,
      });
      expect(found.length).toBeGreaterThan(0);
      expect(lengths(found)).toEqual(new Set([60]));
      for (const slot of found) {
        const local = DateTime.fromJSDate(slot.start, { zone: MADRID });
        const minute = local.hour * 60 + local.minute;
        expect(minute % 15).toBe(0);
        expect(minute).toBeGreaterThanOrEqual(local.weekday === 6 ? 540 : 600);
      }
    }
  });

  it('skips the hour that does not exist in March and still lasts 60 real minutes', () => {
    const found = slots({ now: madrid('2026-03-27', '09:00') }, openAtNight());
    const labels = slotLabels(found).map((label) => label.slice(11, 16));
    expect(labels.filter((time) => time.startsWith('02:'))).toEqual([]);
    expect(labels).toContain('01:45');
    expect(labels).toContain('03:00');
    expect(labels[labels.length - 1]).toBe('05:00');
    // 00:00–01:45 and 03:00–05:00: five real hours of opening.
    expect(found).toHaveLength(8 + 9);
    expect(lengths(found)).toEqual(new Set([60]));
    const crossing = found.find((slot) =>
      slotLabels([slot])[0].includes('01:30'),
    );
    expect(
      crossing && slotLabels([{ ...crossing, start: crossing.end }]),
    ).toEqual([`${SPRING} 03:30 2`]);
  });

  it('offers the repeated October hour once, at its first occurrence', () => {
    const schedule = openAtNight();
    const found = slots(
      { from: AUTUMN, now: madrid('2026-10-20', '09:00') },
      schedule,
    );
    const labels = slotLabels(found).map((label) => label.slice(11, 16));
    expect(new Set(labels).size).toBe(labels.length);
    expect(found).toHaveLength(21);
    expect(lengths(found)).toEqual(new Set([60]));
    const twoThirty = found.find((slot) =>
      slotLabels([slot])[0].includes(' 02:30'),
    );
    expect(twoThirty && utc(twoThirty)).toBe('2026-10-25T00:30');
    const second = {
      stylistId: stylist.ana,
      start: new Date('2026-10-25T01:30:00Z'),
      durationMinutes: 60,
      category: HAIR,
      now: madrid('2026-10-20', '09:00'),
    };
    expect(checkSlot(schedule, second)).toBe('off_grid');
  });

  it('counts the minimum notice in real minutes across the change', () => {
    const now = new Date('2026-03-29T00:00:00Z'); // 01:00 CET
    const [first] = slots({ now, limit: 1 }, openAtNight());
    expect(utc(first)).toBe('2026-03-29T02:00'); // 04:00 CEST, two real hours later
  });

  it('keeps a weekly block at the same local time in winter and summer', () => {
    const schedule = demoSchedule();
    schedule.blocks = [
      {
        stylistId: stylist.ana,
        kind: 'weekly',
        weekday: 2,
        startMinute: minutes('10:00'),
        endMinute: minutes('12:00'),
      },
    ];
    for (const day of [
      '2026-03-24',
      '2026-03-31',
      '2026-10-20',
      '2026-10-27',
    ]) {
      const now = madrid(day, '07:00');
      expect(slotLabels(slots({ from: day, now, limit: 1 }, schedule))).toEqual(
        [`${day} 12:00 2`],
      );
    }
  });
});
