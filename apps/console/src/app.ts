// The console's Express app, without listen(): health, the JSON API under /api, the queue dashboard and the web app.
import path from 'node:path';
import compression from 'compression';
import express, { Router } from 'express';
import { createHealthHandler, everyComponentUp } from '@atrevete/observability';
import { API_ERRORS } from '@atrevete/console-api';
import {
  csrfProtection,
  loadSession,
  requireRole,
  requireSession,
} from './auth/session.js';
import type { ConsoleDeps } from './deps.js';
import { ApiError, apiErrorHandler } from './http/api-error.js';
import { agendaRouter } from './routes/agenda.js';
import { appointmentsRouter } from './routes/appointments.js';
import { auditRouter } from './routes/audit.js';
import { availabilityRouter } from './routes/availability.js';
import { blocksRouter } from './routes/blocks.js';
import { calendarFeedRouter } from './routes/calendar-feeds.js';
import { catalogueRouter } from './routes/catalogue.js';
import { customersRouter } from './routes/customers.js';
import { eventsRouter } from './routes/events.js';
import { handoffsRouter } from './routes/handoffs.js';
import { queuesRouter } from './routes/queues.js';
import { sessionRouter } from './routes/session.js';
import { settingsRouter } from './routes/settings.js';
import { staffRouter } from './routes/staff.js';

/** A form's JSON is small; a day of changes in one request is far below this. */
const BODY_LIMIT = '100kb';

export function createApp(deps: ConsoleDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Behind the salon's TLS proxy: the client's address (login rate limit) comes from X-Forwarded-For.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });

  // The console needs Postgres for everything: ready only with both stores up.
  const health = createHealthHandler(deps.health, everyComponentUp);
  app.use((req, res, next) => {
    if (!health(req, res)) next();
  });

  // Calendars subscribe without a session: the feed's token is its secret.
  app.use('/calendar', calendarFeedRouter(deps));
  app.use(express.json({ limit: BODY_LIMIT, strict: true }));
  app.use(loadSession(deps));
  app.use('/api', apiRouter(deps));
  app.use('/queues', queuesRouter(deps));
  if (deps.settings.webRoot) app.use(webApp(deps.settings.webRoot));
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found', message: API_ERRORS.notFound });
  });
  app.use(apiErrorHandler(deps.logger));
  return app;
}

function apiRouter(deps: ConsoleDeps): Router {
  const api = Router();
  api.use(csrfProtection(deps));
  api.use('/session', sessionRouter(deps));
  // Everything below needs a session; owner-only routers add requireRole('owner').
  api.use(requireSession);
  // Each area of the console mounts its router here.
  api.use('/customers', customersRouter(deps));
  api.use('/handoffs', handoffsRouter(deps));
  api.use('/catalogue', catalogueRouter(deps));
  api.use('/agenda', agendaRouter(deps));
  api.use('/appointments', appointmentsRouter(deps));
  api.use('/blocks', blocksRouter(deps));
  api.use('/availability', availabilityRouter(deps));
  api.use('/events', eventsRouter(deps));
  api.use('/settings', requireRole('owner'), settingsRouter(deps));
  api.use('/staff', requireRole('owner'), staffRouter(deps));
  api.use('/audit', requireRole('owner'), auditRouter(deps));
  api.use((_req, _res, next) => next(ApiError.notFound()));
  return api;
}

/** The built single-page app, gzip-compressed: hashed assets cached for good, every other GET answered with index.html. */
function webApp(webRoot: string): Router {
  const web = Router();
  // Only the web app: the API's event stream must not wait in a compression buffer.
  web.use(compression());
  web.use(
    '/assets',
    express.static(path.join(webRoot, 'assets'), {
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
    }),
  );
  web.use(express.static(webRoot, { index: false, maxAge: 0 }));
  web.get(/^\/(?!api\/|health|queues).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(webRoot, 'index.html'));
  });
  return web;
}
