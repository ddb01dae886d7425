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
  if (outcome === 'duplicate') deps.metrics.duplicates.inc();
  deps.metrics.ingestLatency.observe(
    Number(process.hrtime.bigint() - started) / 1e9,
  );
  res.status(200).json({ status: outcome });
}

export type Acceptance = 'queued' | 'recorded' | 'carried' | 'duplicate';

/**
 * Recording comes first: Chatwoot never retries, so a message is safe once it is in the ledger
 * (the sweeper queues it if Redis is down) or, with Postgres down, once the queue holds it whole.
 * Only when neither store takes it does the request fail (503), so nothing acknowledged is lost.
 */
async function accept(
  message: InboundMessage,
  deps: WebhookApiDeps,
): Promise<Acceptance> {
  // Built only on the rare failure paths: a child logger per request costs more than the insert.
  const log = () =>
    deps.logger.child({
      conversationId: message.conversationId,
      messageId: message.messageId,
    });
  const key = {
    accountId: message.accountId,
    conversationId: message.conversationId,
  };
  let recorded: boolean;
  try {
    recorded = await deps.ledger.record(message);
  } catch (error) {
    log().warn(
      { err: error },
      'ledger unavailable; queueing the whole message',
    );
    await deps.turns.carry(message);
    return 'carried';
  }
  try {
    // A duplicate is queued again too: its first delivery may have found Redis down. The
    // per-conversation deduplication makes this free when it was not.
    await deps.turns.enqueue(key);
  } catch (error) {
    log().warn(
      { err: error },
      'queue unavailable; the sweeper will queue the recorded message',
    );
    return recorded ? 'recorded' : 'duplicate';
  }
  return recorded ? 'queued' : 'duplicate';
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
