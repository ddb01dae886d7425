// The Express app of webhook-api, without listen(): routes, health and the error policy (clear 4xx, no stack traces). /metrics has its own port (server.ts).
import express, { type ErrorRequestHandler } from 'express';
import { anyComponentUp, createHealthHandler } from '@atrevete/observability';
import type { WebhookApiDeps } from './deps.js';
import {
  BODY_TOO_LARGE,
  chatwootWebhookRouter,
} from './webhook/chatwoot-webhook.js';
import { deliveryIdOf, rejectDelivery } from './webhook/rejection.js';

export function createApp(deps: WebhookApiDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);

  // Ready while either store is up: each one alone is enough to accept a message (the ledger
  // for the sweeper to queue, or Redis carrying it whole). Only with both down is it 503.
  const health = createHealthHandler(deps.health, anyComponentUp);
  app.use((req, res, next) => {
    if (!health(req, res)) next();
  });

  app.use(chatwootWebhookRouter(deps));

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(errorHandler(deps));
  return app;
}

/** Errors thrown on the way: the body parser's 4xx (too large, unreadable) and anything unexpected. */
function errorHandler(deps: WebhookApiDeps): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status: unknown = error?.status;
    if (status === 413) return rejectDelivery(req, res, deps, BODY_TOO_LARGE);
    if (typeof status === 'number' && status >= 400 && status < 500)
      return rejectDelivery(req, res, deps, {
        status,
        reason: error.expose ? error.message : 'bad request',
      });
    // A bug, not an outage (those are answered in the route): 500 lets Chatwoot try again.
    // The route pattern, never the path: the path may hold the URL token.
    deps.logger.error(
      { err: error, route: req.route?.path, delivery: deliveryIdOf(req) },
      'request failed',
    );
    deps.metrics.webhooks.inc({ outcome: 'failed', reason: '500' });
    res.status(500).json({ error: 'internal error, try again' });
  };
}
