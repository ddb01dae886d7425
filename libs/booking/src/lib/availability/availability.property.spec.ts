// Property tests on random salons near DST changes: every offer is free and allowed, and no better or missing slot exists per a naive oracle.
import fc from 'fast-check';
import { randomCase } from '../../testing/random-schedule.js';
import {
  firstInstant,
  referenceBest,
  referenceSlots,
} from '../../testing/reference-availability.js';
import type { Schedule, Slot } from '../types.js';
import { checkSlot } from './check-slot.js';
import { findAvailability } from './find-availability.js';

/** Enough runs to hit breaks, DST nights, weekly blocks and full days many times; about 10 s on 2 cores. */
const RUNS = 400;
/** Busy stretches in a crowded salon: enough to leave fewer free slots than asked for, often. */
const CROWDED = 12;

function overlapsAppointment(schedule: Schedule, slot: Slot): boolean {
  return schedule.appointments.some(
    (a) =>
      a.stylistId === slot.stylistId &&
      a.start.getTime() < slot.end.getTime() &&
      slot.start.getTime() < a.end.getTime(),
  );
}

describe('availability on random salons', () => {
  it('offers only free slots that break no rule, alternatives included', () => {
    fc.assert(
      fc.property(randomCase(), ({ schedule, query }) => {
        const result = findAvailability(schedule, query);
        const offered =
          result.kind === 'slots' ? result.slots : result.alternatives;
        for (const slot of offered) {
          const minutes = (slot.end.getTime() - slot.start.getTime()) / 60_000;
          expect(minutes).toBe(query.durationMinutes);
          expect(overlapsAppointment(schedule, slot)).toBe(false);
          const rule = checkSlot(schedule, {
            stylistId: slot.stylistId,
            start: slot.start,
            durationMinutes: query.durationMinutes,
            category: query.category,
            now: query.now,
          });
          expect(rule).toBeNull();
        }
        expect(offered.length).toBeLessThanOrEqual(query.limit ?? 3);
        const qualified = schedule.stylists.some(
          (s) =>
            s.active &&
            s.category === query.category &&
            (query.stylistId === undefined || s.id === query.stylistId),
        );
        const noStylist =
          result.kind === 'none' && result.reason === 'no_stylist';
        expect(noStylist).toBe(!qualified);
      }),
      { numRuns: RUNS },
    );
  });

  it('offers exactly the best slots of the oracle: closest or earliest, distinct times first', () => {
    fc.assert(
      fc.property(randomCase(), ({ schedule, query }) => {
        const expected = referenceBest(schedule, query);
        const result = findAvailability(schedule, query);
        if (expected.length === 0) expect(result.kind).toBe('none');
        else expect(result).toEqual({ kind: 'slots', slots: expected });
      }),
      { numRuns: RUNS },
    );
  });

  it('finds every free slot when fewer than the limit exist', () => {
    const limit = fc.constantFrom(1, 3, 5, 20, 100, 1000);
    fc.assert(
      fc.property(randomCase(CROWDED), limit, ({ schedule, query }, limit) => {
        const all = referenceSlots(schedule, query);
        fc.pre(all.length < limit);
        const result = findAvailability(schedule, { ...query, limit });
        const found = result.kind === 'slots' ? result.slots : [];
        const key = (slot: Slot) =>
          `${slot.stylistId}@${slot.start.toISOString()}`;
        expect(new Set(found.map(key))).toEqual(new Set(all.map(key)));
      }),
      { numRuns: RUNS },
    );
  });

  it('agrees with the oracle on whether a concrete slot breaks a rule', () => {
    const pick = fc.record({
      stylistId: fc.integer({ min: 1, max: 5 }),
      step: fc.integer({ min: 0, max: 150 }),
      onGrid: fc.boolean(),
    });
    fc.assert(
      fc.property(
        randomCase(),
        pick,
        ({ schedule, query }, { stylistId, step, onGrid }) => {
          const { timeZone, slotMinutes } = schedule.rules;
          const opensAt = Math.min(
            ...schedule.openingHours.map((row) => row.opensAt),
            0,
          );
          const minute = onGrid ? opensAt + step * slotMinutes : step * 5 + 1;
          const start = firstInstant(query.from, minute % 1440, timeZone);
          fc.pre(start !== null);
          const withoutAppointments = { ...schedule, appointments: [] };
          const free = referenceSlots(withoutAppointments, {
            ...query,
            stylistId,
            to: query.from,
            partOfDay: undefined,
          }).some(
            (slot) =>
              slot.stylistId === stylistId && slot.start.getTime() === start,
          );
          const rule = checkSlot(schedule, {
            stylistId,
            start: new Date(start as number),
            durationMinutes: query.durationMinutes,
            category: query.category,
            now: query.now,
          });
          expect(rule === null).toBe(free);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
