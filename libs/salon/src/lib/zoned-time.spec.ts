import { InvalidLocalTimeError } from './salon-types.js';
import {
  addDays,
  instantAt,
  isoWeekdayOf,
  localDateOf,
  localDaysRange,
  localMinuteOf,
} from './zoned-time.js';

const MADRID = 'Europe/Madrid';

describe('salon wall clock ↔ instants', () => {
  it('reads 10:00 in Madrid as 09:00 UTC in winter and 08:00 UTC in summer', () => {
    expect(instantAt('2026-12-02', 600, MADRID)).toEqual(
      new Date('2026-12-02T09:00:00Z'),
    );
    expect(instantAt('2027-06-02', 600, MADRID)).toEqual(
      new Date('2027-06-02T08:00:00Z'),
    );
  });

  it('keeps opening hours on the wall clock on the days the clocks change', () => {
    // Last Sunday of March 2027: 02:00 → 03:00. Last Sunday of October 2026: 03:00 → 02:00.
    expect(instantAt('2027-03-28', 600, MADRID)).toEqual(
      new Date('2027-03-28T08:00:00Z'),
    );
    expect(instantAt('2026-10-25', 600, MADRID)).toEqual(
      new Date('2026-10-25T09:00:00Z'),
    );
    expect(localMinuteOf(new Date('2027-03-28T08:00:00Z'), MADRID)).toBe(600);
    expect(localMinuteOf(new Date('2026-10-25T09:00:00Z'), MADRID)).toBe(600);
  });

  it('spans 23 and 25 hours on those days', () => {
    const spring = localDaysRange('2027-03-28', '2027-03-28', MADRID);
    const autumn = localDaysRange('2026-10-25', '2026-10-25', MADRID);
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(
      23,
    );
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(
      25,
    );
    expect(autumn.start).toEqual(new Date('2026-10-24T22:00:00Z'));
  });

  it('reads 1440 as the next midnight', () => {
    expect(instantAt('2026-12-31', 1440, MADRID)).toEqual(
      instantAt('2027-01-01', 0, MADRID),
    );
  });

  it('gives the local date, which is not the UTC one around midnight', () => {
    expect(localDateOf(new Date('2026-12-31T23:30:00Z'), MADRID)).toBe(
      '2027-01-01',
    );
    expect(localDateOf(new Date('2026-12-31T22:30:00Z'), MADRID)).toBe(
      '2026-12-31',
    );
  });

  it('counts calendar days and ISO weekdays', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2027-03-29', -1)).toBe('2027-03-28');
    expect(isoWeekdayOf('2026-11-30')).toBe(1);
    expect(isoWeekdayOf('2026-12-06')).toBe(7);
  });

  it('refuses dates and zones that do not exist', () => {
    expect(() => instantAt('2026-02-30', 600, MADRID)).toThrow(
      InvalidLocalTimeError,
    );
    expect(() => instantAt('30/11/2026', 600, MADRID)).toThrow(
      InvalidLocalTimeError,
    );
    expect(() => instantAt('2026-11-30', 600, 'Europe/Madird')).toThrow(
      InvalidLocalTimeError,
    );
    expect(() => localDateOf(new Date(NaN), MADRID)).toThrow(
      InvalidLocalTimeError,
    );
  });
});
