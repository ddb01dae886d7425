// Changes to appointments and blocks, from Postgres's NOTIFY (migration 0007), fanned out to the open agendas.
import type { Sql } from 'postgres';
import type { Logger } from '@atrevete/observability';

/** One change: an appointment (its stylist and time), or the blocks and hours (`blocks`). */
export type AgendaChange =
  | {
      op: 'insert' | 'update' | 'delete';
      appointmentId: number;
      stylistId: number;
      startAt: string;
      endAt: string;
      status: string;
    }
  | { op: 'blocks'; table: string };

export type AgendaListener = (change: AgendaChange) => void;

export interface AgendaEvents {
  /** Calls `listener` for every change until the returned function is called. */
  subscribe(listener: AgendaListener): () => void;
  close(): Promise<void>;
}

export const AGENDA_CHANNEL = 'atrevete_agenda';

/**
 * LISTENs on one connection of its own (postgres.js reconnects it and listens again after an
 * outage). A browser that misses changes while the console restarts reloads the day when its
 * event stream reconnects.
 */
export async function listenForAgendaChanges(
  sql: Sql,
  logger: Logger,
): Promise<AgendaEvents> {
  const listeners = new Set<AgendaListener>();
  const { unlisten } = await sql.listen(
    AGENDA_CHANNEL,
    (payload) => {
      let change: AgendaChange;
      try {
        change = JSON.parse(payload) as AgendaChange;
      } catch (error) {
        logger.warn({ err: error }, 'unreadable agenda notification');
        return;
      }
      for (const listener of listeners) listener(change);
    },
    () => logger.info('listening for agenda changes'),
  );
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      listeners.clear();
      await unlisten();
    },
  };
}
