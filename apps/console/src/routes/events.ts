// GET /api/events: a Server-Sent Events stream of agenda changes (whoever made them), so every open agenda refetches the days that changed.
import { getSalonSettings } from '@atrevete/db';
import { Router } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { agendaEventOf } from '../live/agenda-event.js';

/** Proxies and browsers drop a silent connection after a minute or so: a comment well before that. */
const KEEP_ALIVE_MS = 25_000;
/** After a drop (a restart, a proxy timeout) the browser reconnects this soon, and the page reloads its day. */
const RETRY_MS = 2000;

export function eventsRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    // Read once per connection, before anything is streamed: a failure is still a plain 500.
    const { timeZone } = await getSalonSettings(deps.db);
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write(`retry: ${RETRY_MS}\n\n`);

    const unsubscribe = deps.agendaEvents.subscribe((change) => {
      const event = agendaEventOf(change, timeZone);
      res.write(`event: agenda\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const keepAlive = setInterval(
      () => res.write(': keep-alive\n\n'),
      KEEP_ALIVE_MS,
    );
    // Never what keeps a process alive: closing the server ends the stream.
    keepAlive.unref();
    // The response's `close` is the connection's end (the request's may come as soon as it is read).
    res.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });
  return router;
}
