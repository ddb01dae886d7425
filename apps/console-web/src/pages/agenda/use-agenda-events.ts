// Keeps the agenda current: the server's change stream (GET /api/events) says which days changed; the page reloads only when it shows one.
import type { AgendaEvent } from '@atrevete/console-api';
import { useEffect, useEffectEvent } from 'react';

/**
 * Calls `onChange` when a change touches one of `dates` (or everything), and after the stream
 * reconnects (changes may have been missed meanwhile). Without EventSource it does nothing.
 */
export function useAgendaEvents(dates: string[], onChange: () => void): void {
  const changed = useEffectEvent((event: AgendaEvent | 'reconnected') => {
    if (
      event === 'reconnected' ||
      event.all ||
      event.dates.some((date) => dates.includes(date))
    )
      onChange();
  });

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/events', { withCredentials: true });
    let opened = false;
    source.addEventListener('open', () => {
      if (opened) changed('reconnected');
      opened = true;
    });
    source.addEventListener('agenda', (message) => {
      let event: AgendaEvent;
      try {
        event = JSON.parse((message as MessageEvent<string>).data);
      } catch {
        return;
      }
      changed(event);
    });
    return () => source.close();
  }, []);
}
