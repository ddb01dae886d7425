// POST /webhooks/chatwoot[/:token]: authenticate, validate, record in the ledger, queue a turn, answer 200 in milliseconds.
import express, { type Request, type Response, Router } from 'express';
import { verifySignature, verifyToken } from '@atrevete/chatwoot';
import { classifyWebhook, type InboundMessage } from '@atrevete/schema';
import type { WebhookApiDeps } from '../deps.js';

/** Chatwoot payloads are a few KB; anything over this is not a webhook of ours. */
const BODY_LIMIT = '1mb';

export function chatwootWebhookRouter(deps: WebhookApiDeps): Router {
  const router = Router();
  const rawBody = express.raw({ type: () => true, limit: BODY_LIMIT });
  const { config } = deps;

  router.post('/webhooks/chatwoot', rawBody, (req, res, next) => {
    if (config.CHATWOOT_WEBHOOK_SECRET) {
      const auth = verifySignature({
        secret: config.CHATWOOT_WEBHOOK_SECRET,
        rawBody: bodyOf(req),
        signature: req.header('x-chatwoot-signature'),
        timestamp: req.header('x-chatwoot-timestamp'),
        maxAgeSeconds: config.WEBHOOK_MAX_AGE_SECONDS,
        nowSeconds: Math.floor(deps.now() / 1000),
      });
      if (!auth.ok) return reject(res, deps, 401, auth.reason);
    } else if (config.WEBHOOK_TOKEN) {
      return reject(res, deps, 401, 'this deployment expects the token URL');
    }
    handle(req, res, deps).catch(next);
  });

  router.post('/webhooks/chatwoot/:token', rawBody, (req, res, next) => {
    if (!config.WEBHOOK_TOKEN)
      return reject(res, deps, 404, 'no webhook token configured');
    const auth = verifyToken(config.WEBHOOK_TOKEN, String(req.params['token']));
    if (!auth.ok) return reject(res, deps, 401, auth.reason);
    handle(req, res, deps).catch(next);
  });

  return router;
}

async function handle(
  req: Request,
  res: Response,
  deps: WebhookApiDeps,
): Promise<void> {
  const started = process.hrtime.bigint();
  let body: unknown;
  try {
    body = JSON.parse(bodyOf(req).toString('utf8'));
  } catch {
    return reject(res, deps, 400, 'body is not valid JSON');
  }
  const { config } = deps;
  const result = classifyWebhook(body, {
    accountId: config.CHATWOOT_ACCOUNT_ID,
    inboxId: config.CHATWOOT_INBOX_ID,
    statuses: config.BOT_CONVERSATION_STATUSES,
  });
  if (result.kind === 'invalid') return reject(res, deps, 400, result.reason);
  if (result.kind === 'ignore') {
    deps.metrics.webhooks.inc({ outcome: 'ignored', reason: result.reason });
    res.status(200).json({ status: 'ignored', reason: result.reason });
    return;
  }
  const outcome = await accept(result.message, deps);
  deps.metrics.webhooks.inc({ outcome, reason: '' });
  deps.metrics.ingestLatency.observe(
    Number(process.hrtime.bigint() - started) / 1e9,
  );
  res.status(200).json({ status: outcome });
}

/**
 * Records before queueing (a message only in Redis could be lost). If Postgres fails the job still
 * carries the whole message and the worker records it; if queueing fails the request fails.
 */
async function accept(
  message: InboundMessage,
  deps: WebhookApiDeps,
): Promise<'queued' | 'duplicate'> {
  const log = deps.logger.child({
    conversationId: message.conversationId,
    messageId: message.messageId,
  });
  try {
    const recorded = await deps.ledger.record(message);
    if (!recorded) return 'duplicate';
  } catch (error) {
    log.warn(
      { err: error },
      'ledger unavailable; the worker will record the message',
    );
  }
  await deps.turns.enqueue(message);
  return 'queued';
}

function reject(
  res: Response,
  deps: WebhookApiDeps,
  status: number,
  reason: string,
): void {
  deps.metrics.webhooks.inc({ outcome: 'rejected', reason: String(status) });
  res.status(status).json({ error: reason });
}

function bodyOf(req: Request): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}
