// The rules the desk books under: the bot's minimum notice and horizon protect the desk from surprises, they do not bind it.
import type { Schedule } from './types.js';

// A walk-in books now and a regular months ahead; a year ahead is the desk's limit.
const DESK_HORIZON_DAYS = 366;

/** The schedule as the desk books it: only that the time has not passed, and a year's horizon. */
export function deskRules(schedule: Schedule): Schedule {
  return {
    ...schedule,
    rules: {
      ...schedule.rules,
      minNoticeMinutes: 0,
      maxDaysAhead: Math.max(schedule.rules.maxDaysAhead, DESK_HORIZON_DAYS),
    },
  };
}
