// Walks one day's slot grid for each qualified stylist: the free slots, and counts that explain an empty day.
import type { Minute } from '../types.js';
import type { BusyIndex } from './busy-index.js';
import type { DayPlan } from './salon-calendar.js';

/** A free slot found by the scan; `minute` is its local start time. */
export interface Candidate {
  stylistId: number;
  /** Position of the stylist in the schedule: breaks ties between equal slots. */
  stylistRank: number;
  day: number;
  minute: Minute;
  start: number;
  end: number;
}

export interface QualifiedStylist {
  id: number;
  rank: number;
}

/** Local start minutes allowed by the part of day: [from, to). */
export interface StartWindow {
  from: Minute;
  to: Minute;
}

export interface ScanRules {
  slotMinutes: number;
  durationMs: number;
  /** now + minimum notice, epoch ms. */
  earliestStart: number;
}

/** Why a day has no slots: does the window touch opening hours, does the service fit, is it late enough. */
export interface DayStats {
  windowOpen: boolean;
  fitting: number;
  afterNotice: number;
  free: number;
}

export function emptyStats(): DayStats {
  return { windowOpen: false, fitting: 0, afterNotice: 0, free: 0 };
}

/** Free slots of the day in ascending start order (equal starts by stylist rank); `stats` is updated. */
export function scanDay(
  plan: DayPlan,
  stylists: QualifiedStylist[],
  busy: BusyIndex,
  rules: ScanRules,
  window: StartWindow,
  stats: DayStats,
): Candidate[] {
  if (plan.kind !== 'open') return [];
  const first = plan.periods[0];
  const last = plan.periods[plan.periods.length - 1];
  stats.windowOpen ||= plan.periods.some(
    (period) =>
      Math.max(period.startMinute, window.from) <
      Math.min(period.endMinute, window.to),
  );
  const found: Candidate[] = [];
  for (const stylist of stylists) {
    const intervals = busy.busy(stylist.id, plan, first.startMs, last.endMs);
    let next = 0;
    for (const period of plan.periods) {
      const lowest = Math.max(period.startMinute, window.from);
      // A period ending in the hour DST skips ends at the instant its edge reads as (DayClock.edge):
      // the wall clock then shows a later minute than the one written in the opening hours.
      const endMinute =
        plan.clock.at(period.endMinute) === null
          ? plan.clock.minuteOf(period.endMs)
          : period.endMinute;
      const highest = Math.min(endMinute, window.to);
      const steps = Math.ceil((lowest - plan.gridOrigin) / rules.slotMinutes);
      for (
        let minute = plan.gridOrigin + steps * rules.slotMinutes;
        minute < highest;
        minute += rules.slotMinutes
      ) {
        const start = plan.clock.at(minute);
        if (start === null || start < period.startMs) continue;
        const end = start + rules.durationMs;
        if (end > period.endMs) break;
        stats.fitting++;
        if (start < rules.earliestStart) continue;
        stats.afterNotice++;
        while (next < intervals.length && intervals[next].end <= start) next++;
        if (next < intervals.length && intervals[next].start < end) continue;
        stats.free++;
        found.push({
          stylistId: stylist.id,
          stylistRank: stylist.rank,
          day: plan.day,
          minute,
          start,
          end,
        });
      }
    }
  }
  if (stylists.length > 1) {
    found.sort((a, b) => a.start - b.start || a.stylistRank - b.stylistRank);
  }
  return found;
}
