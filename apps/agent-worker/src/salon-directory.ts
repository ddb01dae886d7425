// The graph's SalonDirectory port over Postgres: reads are shared only while Postgres can announce a change (NOTIFY), and dropped the moment it does.
import postgres from 'postgres';
import {
  type DbExecutor,
  getOpeningHours,
  getSalonSettings,
  listActiveSalonAnswers,
  listActiveServices,
  listActiveStylists,
  listHolidays,
} from '@atrevete/db';
import type { SalonDirectory } from '@atrevete/graph';
import type { Logger } from '@atrevete/observability';

/** Where migration 0007's triggers announce every change to services, stylists, settings, hours, holidays and blocks. */
export const CATALOGUE_CHANNEL = 'atrevete_catalogue';

/**
 * A turn asks the directory several times, and a busy worker runs many turns a second: reads are
 * shared, and dropped on every change Postgres announces. The TTL only bounds what a silently
 * dead connection (no FIN: noticed by TCP keep-alive after about a minute) could leave stale.
 */
export const DIRECTORY_TTL_MS = 2000;

/** After the LISTEN connection drops: how long before connecting again (Postgres may be restarting). */
export const RELISTEN_DELAY_MS = 1000;

/** What the directory went through: tests wait on these instead of sleeping. */
export type DirectoryEvent =
  /** LISTEN (re)established: reads are shared again, starting from nothing. */
  | { kind: 'listening' }
  /** The LISTEN connection is gone: nothing is shared until `listening`. */
  | { kind: 'lost' }
  /** A change was announced: every shared read was dropped. */
  | { kind: 'changed'; table: string };

export interface LiveSalonDirectory extends SalonDirectory {
  /** Calls `listener` on every event until the returned function is called. */
  watch(listener: (event: DirectoryEvent) => void): () => void;
  /** Stops listening; reads still work, unshared. Safe to call twice. */
  close(): Promise<void>;
}

export interface SalonDirectoryOptions {
  db: DbExecutor;
  /** The LISTEN gets a connection of its own (it must stay open and idle). */
  databaseUrl: string;
  logger: Logger;
  ttlMs?: number;
  relistenDelayMs?: number;
}

/** Which reads may be shared: only while listening, and only those made since the last change. */
class Freshness {
  listening = false;
  generation = 0;
  dropAll(): void {
    this.generation += 1;
  }
}

function shared<T>(
  freshness: Freshness,
  load: () => Promise<T>,
  ttlMs: number,
): () => Promise<T> {
  let kept: { value: Promise<T>; generation: number; at: number } | undefined;
  return () => {
    // Nobody would tell us about a change: every read asks the database.
    if (!freshness.listening) return load();
    const now = Date.now();
    if (
      kept &&
      kept.generation === freshness.generation &&
      now - kept.at <= ttlMs
    )
      return kept.value;
    // The generation is taken before reading: a change announced while the read runs drops it.
    const entry = { value: load(), generation: freshness.generation, at: now };
    kept = entry;
    entry.value.catch(() => {
      // A failed read is not kept: the next call asks the database again.
      if (kept === entry) kept = undefined;
    });
    return entry.value;
  };
}

/**
 * LISTENs on a dedicated connection. postgres.js's own `sql.listen` re-listens after a drop but
 * does not say when the connection is gone, and gives up if that re-listen fails; here `onclose`
 * marks the directory as not listening at once and listening is retried until it succeeds.
 */
export async function startSalonDirectory(
  options: SalonDirectoryOptions,
): Promise<LiveSalonDirectory> {
  const { db, logger } = options;
  const ttlMs = options.ttlMs ?? DIRECTORY_TTL_MS;
  const relistenDelayMs = options.relistenDelayMs ?? RELISTEN_DELAY_MS;
  const freshness = new Freshness();
  const watchers = new Set<(event: DirectoryEvent) => void>();
  const emit = (event: DirectoryEvent) => {
    for (const watcher of watchers) watcher(event);
  };
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let attempt: Promise<void> | undefined;

  const connectionOptions = {
    max: 1,
    // The connection only waits for notifications: never closed for being idle or old.
    idle_timeout: 0,
    max_lifetime: null,
    fetch_types: false,
    onnotice: () => undefined,
    // postgres.js delivers NotificationResponse messages here (what its sql.listen uses).
    onnotify: (channel: string, table: string) => {
      if (channel !== CATALOGUE_CHANNEL) return;
      freshness.dropAll();
      emit({ kind: 'changed', table });
    },
    onclose: () => {
      if (closed) return;
      const wasListening = freshness.listening;
      freshness.listening = false;
      freshness.dropAll();
      if (wasListening) {
        logger.warn('catalogue change listener lost; reading the salon fresh');
        emit({ kind: 'lost' });
      }
      scheduleListen();
    },
  };
  const listener = postgres(options.databaseUrl, connectionOptions);

  function scheduleListen(): void {
    if (closed || retry || attempt) return;
    retry = setTimeout(() => {
      retry = undefined;
      void listen();
    }, relistenDelayMs);
  }

  function listen(): Promise<void> {
    attempt ??= listener
      .unsafe(`LISTEN "${CATALOGUE_CHANNEL}"`)
      .then(
        () => {
          if (closed) return;
          // Whatever changed while nobody listened: dropped with everything else.
          freshness.dropAll();
          freshness.listening = true;
          logger.info('listening for catalogue changes');
          emit({ kind: 'listening' });
        },
        (error: unknown) => {
          if (!closed)
            logger.warn(
              { err: error },
              'could not listen for catalogue changes',
            );
        },
      )
      .finally(() => {
        attempt = undefined;
        if (!freshness.listening) scheduleListen();
      });
    return attempt;
  }

  await listen();
  return {
    ...directoryReads(db, freshness, ttlMs),
    watch(watcher) {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      freshness.listening = false;
      clearTimeout(retry);
      watchers.clear();
      await listener.end({ timeout: 1 });
    },
  };
}

function directoryReads(
  db: DbExecutor,
  freshness: Freshness,
  ttlMs: number,
): SalonDirectory {
  return {
    settings: shared(
      freshness,
      async () => {
        const s = await getSalonSettings(db);
        return {
          name: s.name,
          address: s.address,
          timeZone: s.timeZone,
          personaName: s.personaName,
          cancellationWindowHours: s.cancellationWindowHours,
          maxFutureAppointments: s.maxFutureAppointments,
        };
      },
      ttlMs,
    ),
    services: shared(
      freshness,
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
    stylists: shared(
      freshness,
      async () =>
        (await listActiveStylists(db)).map((s) => ({
          id: s.id,
          name: s.name,
          category: s.category,
          active: s.active,
        })),
      ttlMs,
    ),
    holidays: shared(
      freshness,
      async () =>
        (await listHolidays(db, '0001-01-01', '9999-12-31')).map((h) => ({
          date: h.date,
          name: h.name,
        })),
      ttlMs,
    ),
    answers: shared(
      freshness,
      async () =>
        (await listActiveSalonAnswers(db)).map((a) => ({
          id: a.id,
          topic: a.topic,
          phrasings: a.phrasings,
          answer: a.answer,
        })),
      ttlMs,
    ),
    openingHours: shared(
      freshness,
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
