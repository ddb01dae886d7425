// A change Postgres announced, as the AgendaEvent the pages receive: the salon's local dates it touches and its stylist.
import { localDateOf } from '@atrevete/booking';
import type { AgendaEvent } from '@atrevete/console-api';
import type { AgendaChange } from './agenda-events.js';

/**
 * An appointment: the local dates of its start and end (one date but across midnight) and its
 * stylist. Blocks, hours, holidays or stylists: every page reloads what it shows (`all`).
 */
export function agendaEventOf(
  change: AgendaChange,
  timeZone: string,
): AgendaEvent {
  if (change.op === 'blocks') return { dates: [], stylistId: null, all: true };
  const dates = [
    localDateOf(new Date(change.startAt), timeZone),
    localDateOf(new Date(change.endAt), timeZone),
  ];
  return {
    dates: [...new Set(dates)],
    stylistId: change.stylistId,
    all: false,
  };
}
