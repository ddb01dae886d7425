// POST /webhooks/chatwoot[/:token]: authenticate, validate, record in the ledger and queue a turn (or record the echo of a reply), answer 200 in milliseconds.
import express, { type Request, type Response, Router } from 'express';
import { verifySignature, verifyToken } from '@atrevete/chatwoot';
import type { EchoConfirmation } from '@atrevete/db';
import {
  classifyWebhook,
  type ConversationKey,
  type InboundMessage,
  type OutboxEcho,
} from '@atrevete/schema';
import type { WebhookApiDeps } from '../deps.js';
import { type Rejection, rejectDelivery } from './rejection.js';

/** What Chatwoot sends stays under this: anything larger is not one of its deliveries. */
export const BODY_LIMIT_BYTES = 256 * 1024;
export const BODY_TOO_LARGE: Rejection = {
  status: 413,
  reason: `body larger than ${BODY_LIMIT_BYTES / 1024} KB`,
};

export function chatwootWebhookRouter(deps: WebhookApiDeps): Router {
  const router = Router();
  const rawBody = express.raw({ type: () => true, limit: BODY_LIMIT_BYTES });

  router.post('/webhooks/chatwoot', rawBody, (req, res, next) => {
    const denied = checkSignedDelivery(req, deps);
    if (denied) return rejectDelivery(req, res, deps, denied);
    handle(req, res, deps).catch(next);
  });

  router.post('/webhooks/chatwoot/:token', rawBody, (req, res, next) => {
    const denied = checkTokenDelivery(req, deps);
    if (denied) return rejectDelivery(req, res, deps, denied);
    handle(req, res, deps).catch(next);
  });

  return router;
}

/** The plain URL: signed when a secret is set; refused when the deployment expects the token URL. */
function checkSignedDelivery(
  req: Request,
  { config, now }: WebhookApiDeps,
): Rejection | undefined {
  if (config.CHATWOOT_WEBHOOK_SECRET) {
    const auth = verifySignature({
      secret: config.CHATWOOT_WEBHOOK_SECRET,
      rawBody: bodyOf(req),
      signature: req.header('x-chatwoot-signature'),
      timestamp: req.header('x-chatwoot-timestamp'),
      maxAgeSeconds: config.WEBHOOK_MAX_AGE_SECONDS,
      nowSeconds: Math.floor(now() / 1000),
    });
    return auth.ok ? undefined : { status: 401, reason: auth.reason };
  }
  if (config.WEBHOOK_TOKEN)
    return { status: 401, reason: 'this deployment expects the token URL' };
  return undefined;
}

/**
 * The token URL exists only for a Chatwoot that cannot sign: with a secret configured every
 * delivery must be signed, so the unsigned way in is not there at all (404), token or not.
 */
function checkTokenDelivery(
  req: Request,
  { config }: WebhookApiDeps,
): Rejection | undefined {
  if (config.CHATWOOT_WEBHOOK_SECRET)
    return { status: 404, reason: 'deliveries must be signed' };
  if (!config.WEBHOOK_TOKEN)
    return { status: 404, reason: 'no webhook token configured' };
  const auth = verifyToken(config.WEBHOOK_TOKEN, String(req.params['token']));
  return auth.ok ? undefined : { status: 401, reason: auth.reason };
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
    return rejectDelivery(req, res, deps, {
      status: 400,
      reason: 'body is not valid JSON',
    });
  }
  const { config } = deps;
  const result = classifyWebhook(body, {
    accountId: config.CHATWOOT_ACCOUNT_ID,
    inboxId: config.CHATWOOT_INBOX_ID,
    statuses: config.BOT_CONVERSATION_STATUSES,
  });
  switch (result.kind) {
    case 'invalid':
      return rejectDelivery(req, res, deps, {
        status: 400,
        reason: result.reason,
      });
    case 'ignore':
      deps.metrics.webhooks.inc({ outcome: 'ignored', reason: result.reason });
      res.status(200).json({ status: 'ignored', reason: result.reason });
      return;
    case 'returned':
      deps.metrics.webhooks.inc({
        outcome: 'returned',
        reason: await returnToBot(result.key, deps),
      });
      res.status(200).json({ status: 'returned' });
      return;
    case 'echo':
      deps.metrics.webhooks.inc({
        outcome: 'echo',
        reason: await confirmEcho(result.echo, deps),
      });
      res.status(200).json({ status: 'echo' });
      return;
    case 'answer': {
      const outcome = await accept(result.message, deps);
      if (outcome === 'unstored')
        return rejectDelivery(req, res, deps, {
          status: 500,
          reason: 'nothing could be stored; try again',
        });
      deps.metrics.webhooks.inc({ outcome, reason: '' });
      if (outcome === 'duplicate') deps.metrics.duplicates.inc();
      deps.metrics.ingestLatency.observe(
        Number(process.hrtime.bigint() - started) / 1e9,
      );
      res.status(200).json({ status: outcome });
      return;
    }
  }
}

export type Acceptance =
  | 'queued'
  | 'recorded'
  | 'carried'
  | 'duplicate'
  | 'unstored';

/**
 * Recording comes first: a message is safe once it is in the ledger (the sweeper queues it if
 * Redis is down or slow) or, with Postgres down or slow, once Redis holds it whole. Only when
 * neither store takes it is it `unstored` (500: Chatwoot retries an agent bot's delivery), so
 * nothing acknowledged is lost. Each store answers within its own bound (LEDGER_TIMEOUT_MS, the
 * Redis command timeout), so this never outlasts Chatwoot's 5 s.
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
  } catch (ledgerError) {
    log().warn(
      { err: ledgerError },
      'ledger unavailable; queueing the whole message',
    );
    try {
      await deps.turns.carry(message);
      return 'carried';
    } catch (queueError) {
      log().warn({ err: queueError }, 'queue unavailable too');
      return 'unstored';
    }
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

/**
 * Staff set the conversation back to `pending`: the bot answers its next message at once,
 * without waiting for the settle time after its hand-off. Answered 200 even when Postgres does
 * not take it (logged): the settle time then still gives the conversation back, a little later.
 */
async function returnToBot(
  key: ConversationKey,
  deps: WebhookApiDeps,
): Promise<'handoff_ended' | 'no_handoff' | 'unrecorded'> {
  try {
    return (await deps.handoffs.returnToBot(key)) > 0
      ? 'handoff_ended'
      : 'no_handoff';
  } catch (error) {
    deps.logger.warn(
      { err: error, ...key },
      'could not record that staff gave the conversation back',
    );
    return 'unrecorded';
  }
}

/**
 * The bot's own message came back: it exists at Chatwoot, whatever its sender saw, so its outbox
 * row is sent. Never a turn. With Postgres down or slow the echo waits in Redis, where the sender
 * looks before it sends anything again. Answered 200 even when neither store takes it (the sender
 * then sends the message again once ECHO_WAIT_MS passed: a duplicate, never a lost reply), since a
 * 5xx would have Chatwoot retry and then hand the conversation to a person.
 */
async function confirmEcho(
  echo: OutboxEcho,
  deps: WebhookApiDeps,
): Promise<EchoConfirmation | 'carried' | 'unrecorded'> {
  try {
    return await deps.outbox.confirmEcho(echo);
  } catch (outboxError) {
    try {
      await deps.outbox.carryEcho(echo);
      return 'carried';
    } catch (redisError) {
      deps.logger.warn(
        { err: redisError, outboxError, outboxId: echo.outboxId },
        'neither store took the echo; its reply may be sent again',
      );
      return 'unrecorded';
    }
  }
}

function bodyOf(req: Request): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}
