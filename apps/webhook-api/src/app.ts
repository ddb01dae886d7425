// The Express app of webhook-api, without listen(): routes, health, metrics and the error policy (clear 4xx, no stack traces).
import express, { type ErrorRequestHandler } from 'express';
import { createOpsHandler } from '@atrevete/observability';
import type { WebhookApiDeps } from './deps.js';
import { chatwootWebhookRouter } from './webhook/chatwoot-webhook.js';

export function createApp(deps: WebhookApiDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);

  const ops = createOpsHandler(deps.health, deps.registry);
  app.use((req, res, next) => {
    if (!ops(req, res)) next();
  });

  app.use(chatwootWebhookRouter(deps));

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(errorHandler(deps));
  return app;
}

function errorHandler(deps: WebhookApiDeps): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status =
      typeof error?.status === 'number' &&
      error.status >= 400 &&
      error.status < 500
        ? error.status
        : 503;
    if (status === 413) {
      deps.metrics.webhooks.inc({ outcome: 'rejected', reason: '413' });
      res.status(413).json({ error: 'body larger than 1 MB' });
      return;
    }
    if (status < 500) {
      res
        .status(status)
        .json({ error: error.expose ? error.message : 'bad request' });
      return;
    }
    // The route pattern, never the path: the path may hold the URL token.
    deps.logger.error({ err: error, route: req.route?.path }, 'request failed');
    deps.metrics.webhooks.inc({ outcome: 'failed', reason: '503' });
    res.status(503).json({ error: 'temporarily unavailable, try again' });
  };
}
