// Groups the week's opening hours into lines such as "martes a viernes: 10:00–20:00".
import type { OpeningHoursRow } from './ports.js';

export interface OpenPeriod {
  opensAt: number;
  closesAt: number;
}

export interface ScheduleGroup {
  /** ISO weekdays sharing the same periods, ascending. */
  weekdays: number[];
  /** Empty when the days are closed. */
  periods: OpenPeriod[];
}

const week = [1, 2, 3, 4, 5, 6, 7];

/** A row's open periods: one, or two around its break. */
export function periodsOf(row: OpeningHoursRow): OpenPeriod[] {
  if (row.breakStart === null || row.breakEnd === null) {
    return [{ opensAt: row.opensAt, closesAt: row.closesAt }];
  }
  return [
    { opensAt: row.opensAt, closesAt: row.breakStart },
    { opensAt: row.breakEnd, closesAt: row.closesAt },
  ];
}

/**
 * Days with identical hours grouped together, open groups in week order first, then the closed
 * days as one group (absent when the salon opens every day).
 */
export function groupWeek(rows: OpeningHoursRow[]): ScheduleGroup[] {
  const groups = new Map<string, ScheduleGroup>();
  for (const weekday of week) {
    const periods = rows
      .filter((row) => row.weekday === weekday)
      .flatMap(periodsOf)
      .sort((a, b) => a.opensAt - b.opensAt);
    const key = JSON.stringify(periods);
    const group = groups.get(key) ?? { weekdays: [], periods };
    group.weekdays.push(weekday);
    groups.set(key, group);
  }
  const all = [...groups.values()];
  return [
    ...all.filter((g) => g.periods.length > 0),
    ...all.filter((g) => g.periods.length === 0),
  ];
}

/** Splits ascending weekdays into runs of consecutive days: [2,3,4,6] → [[2,3,4],[6]]. */
export function consecutiveRuns(weekdays: number[]): number[][] {
  const runs: number[][] = [];
  for (const day of weekdays) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === day - 1) last.push(day);
    else runs.push([day]);
  }
  return runs;
}
