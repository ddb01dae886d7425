// /queues (owner): the BullMQ dashboard (bull-board) behind the console's login; its changes (retry, clean) only from the console's own pages.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { API_ERRORS } from '@atrevete/console-api';
import { Router, type Request, type RequestHandler } from 'express';
import type { ConsoleDeps } from '../deps.js';

export const QUEUES_PATH = '/queues';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const FORBIDDEN_PAGE = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sin permiso</title></head>
<body><main><h1>Sin permiso</h1>
<p>Las colas solo las ve la propietaria del salón.</p>
<p><a href="/agenda">Volver a la agenda</a></p></main></body></html>`;

/** bull-board's own JSON calls (its page polls them); a person opens everything else. */
const isDashboardApi = (req: Request) => req.path.startsWith('/api/');

/** Without a session: to the login form and back here (the dashboard's API calls get a 401). Staff: 403. */
const ownerOnly: RequestHandler = (req, res, next) => {
  const role = req.staffSession?.staff.role;
  if (role === 'owner') return next();
  if (!role) {
    if (isDashboardApi(req))
      return void res.status(401).json({
        error: 'unauthenticated',
        message: API_ERRORS.unauthenticated,
      });
    const back = req.url === '/' ? QUEUES_PATH : `${QUEUES_PATH}${req.url}`;
    return res.redirect(302, `/login?next=${encodeURIComponent(back)}`);
  }
  if (isDashboardApi(req))
    return void res
      .status(403)
      .json({ error: 'forbidden', message: API_ERRORS.forbidden });
  res.status(403).type('html').send(FORBIDDEN_PAGE);
};

/**
 * bull-board's page sends its changes as JSON without our CSRF header; a page of another site
 * cannot make the browser claim the console as its Origin (or Referer), so a change must.
 */
function sameOriginChanges(deps: ConsoleDeps): RequestHandler {
  const consoleOrigin = new URL(deps.settings.publicUrl).origin;
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const claimed = req.get('origin') ?? req.get('referer');
    if (claimed && isConsole(claimed, consoleOrigin, req)) return next();
    res.status(403).json({ error: 'csrf', message: API_ERRORS.csrf });
  };
}

function isConsole(claimed: string, consoleOrigin: string, req: Request) {
  try {
    const url = new URL(claimed);
    return url.origin === consoleOrigin || url.host === req.headers.host;
  } catch {
    return false;
  }
}

export function queuesRouter(deps: ConsoleDeps): Router {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUES_PATH);
  createBullBoard({
    queues: deps.queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'Colas del bot',
        locale: { lng: 'es-ES' },
        hideDocsLink: true,
        miscLinks: [{ text: 'Volver a la consola', url: '/agenda' }],
      },
    },
  });
  const router = Router();
  router.use(ownerOnly, sameOriginChanges(deps), serverAdapter.getRouter());
  return router;
}
