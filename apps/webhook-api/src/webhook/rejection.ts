// How webhook-api turns a delivery down: the status Chatwoot acts on, a short reason, a warn log naming the delivery, a count.
import type { Request, Response } from 'express';
import type { WebhookApiDeps } from '../deps.js';

export interface Rejection {
  /**
   * 500 is the one answer (with 429) that makes Chatwoot retry an agent-bot delivery: only for
   * what could not be stored. Any other 4xx or 5xx fails the delivery for good (and a
   * `message_created` that fails opens its conversation).
   */
  status: number;
  reason: string;
}

/** Chatwoot's id of this delivery (a UUID, one per attempt), for matching our log with its own. */
export const deliveryIdOf = (req: Request): string | null =>
  req.header('x-chatwoot-delivery') ?? null;

/** Answers `{ error: reason }` with the status, logs it at warn and counts it; never logs the body (personal data) or the path (the URL token). */
export function rejectDelivery(
  req: Request,
  res: Response,
  deps: Pick<WebhookApiDeps, 'logger' | 'metrics'>,
  { status, reason }: Rejection,
): void {
  deps.logger.warn(
    { status, reason, delivery: deliveryIdOf(req) },
    'webhook delivery rejected',
  );
  deps.metrics.webhooks.inc({
    outcome: status >= 500 ? 'failed' : 'rejected',
    reason: String(status),
  });
  res.status(status).json({ error: reason });
}
