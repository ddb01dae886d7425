// Each stylist's busy time (appointments, one-off and weekly blocks) indexed once per search for fast per-day lookups.
import type { Minute, Schedule } from '../types.js';
import type { DayPlan } from './salon-calendar.js';

/** [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** Sorts and merges overlapping or touching intervals. */
function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged;
}

export class BusyIndex {
  /** Per stylist: appointments and one-off blocks, merged and ascending. */
  private readonly fixed = new Map<number, Interval[]>();
  /** Per stylist and ISO weekday: weekly blocks as local minute ranges. */
  private readonly weekly = new Map<string, [Minute, Minute][]>();

  constructor(schedule: Schedule, stylistIds: ReadonlySet<number>) {
    const fixed = new Map<number, Interval[]>();
    const add = (stylistId: number, start: number, end: number) => {
      if (!stylistIds.has(stylistId) || !(start < end)) return;
      const list = fixed.get(stylistId) ?? [];
      list.push({ start, end });
      fixed.set(stylistId, list);
    };
    for (const appointment of schedule.appointments) {
      add(
        appointment.stylistId,
        appointment.start.getTime(),
        appointment.end.getTime(),
      );
    }
    for (const block of schedule.blocks) {
      if (block.kind === 'once') {
        add(block.stylistId, block.start.getTime(), block.end.getTime());
      } else if (
        stylistIds.has(block.stylistId) &&
        block.startMinute < block.endMinute
      ) {
        const key = `${block.stylistId}/${block.weekday}`;
        const ranges = this.weekly.get(key) ?? [];
        ranges.push([block.startMinute, block.endMinute]);
        this.weekly.set(key, ranges);
      }
    }
    for (const [stylistId, list] of fixed) {
      this.fixed.set(stylistId, mergeIntervals(list));
    }
  }

  /** The stylist's busy intervals that overlap [from, to) on a day, merged and ascending. */
  busy(stylistId: number, plan: DayPlan, from: number, to: number): Interval[] {
    const list = this.fixed.get(stylistId) ?? [];
    const overlapping: Interval[] = [];
    for (let i = firstEndingAfter(list, from); i < list.length; i++) {
      if (list[i].start >= to) break;
      overlapping.push(list[i]);
    }
    const weekly = this.weekly.get(`${stylistId}/${plan.weekday}`);
    if (!weekly) return overlapping;
    const blocks = weekly.map(([start, end]) => ({
      start: plan.clock.edge(start),
      end: plan.clock.edge(end),
    }));
    return mergeIntervals([...overlapping, ...blocks]);
  }
}

/** Index of the first interval ending after `instant` (intervals merged, so ends ascend too). */
function firstEndingAfter(list: Interval[], instant: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid].end <= instant) low = mid + 1;
    else high = mid;
  }
  return low;
}
