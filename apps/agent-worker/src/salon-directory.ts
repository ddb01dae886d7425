// The graph's SalonDirectory port over Postgres: every fact the bot states is read from the database, at most a couple of seconds old.
import {
  type DbExecutor,
  getOpeningHours,
  getSalonSettings,
  listActiveServices,
  listActiveStylists,
  listHolidays,
} from '@atrevete/db';
import type { SalonDirectory } from '@atrevete/graph';

/**
 * A turn asks the directory several times, and a busy worker runs many turns a second: reads are
 * shared for this long, so an owner's change (a new price) shows within it, and the database is
 * asked a few times a second instead of five times a turn.
 */
export const DIRECTORY_TTL_MS = 2000;

function cached<T>(load: () => Promise<T>, ttlMs: number): () => Promise<T> {
  let value: Promise<T> | undefined;
  let loadedAt = 0;
  return () => {
    const now = Date.now();
    if (!value || now - loadedAt > ttlMs) {
      loadedAt = now;
      value = load();
      // A failed read is not kept: the next call asks the database again.
      value.catch(() => {
        value = undefined;
      });
    }
    return value;
  };
}

export function salonDirectoryOf(
  db: DbExecutor,
  ttlMs = DIRECTORY_TTL_MS,
): SalonDirectory {
  return {
    settings: cached(async () => {
      const s = await getSalonSettings(db);
      return {
        name: s.name,
        address: s.address,
        timeZone: s.timeZone,
        personaName: s.personaName,
        cancellationWindowHours: s.cancellationWindowHours,
        maxFutureAppointments: s.maxFutureAppointments,
      };
    }, ttlMs),
    services: cached(
      async () =>
        (await listActiveServices(db)).map((s) => ({
          id: s.id,
          name: s.name,
          category: s.category,
          durationMinutes: s.durationMinutes,
          priceCents: s.priceCents,
          aliases: s.aliases,
        })),
      ttlMs,
    ),
    stylists: cached(
      async () =>
        (await listActiveStylists(db)).map((s) => ({
          id: s.id,
          name: s.name,
          category: s.category,
          active: s.active,
        })),
      ttlMs,
    ),
    holidays: cached(
      async () =>
        (await listHolidays(db, '0001-01-01', '9999-12-31')).map((h) => ({
          date: h.date,
          name: h.name,
        })),
      ttlMs,
    ),
    openingHours: cached(
      async () =>
        (await getOpeningHours(db)).map((h) => ({
          weekday: h.weekday,
          opensAt: h.opensAt,
          closesAt: h.closesAt,
          breakStart: h.breakStart,
          breakEnd: h.breakEnd,
        })),
      ttlMs,
    ),
  };
}
