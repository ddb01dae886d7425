// Echoes that Postgres could not record at the webhook wait in Redis, one key per outbox row, until the reply sender applies them.
import type { Redis } from 'ioredis';
import type { OutboxEcho } from '@atrevete/schema';
import { bullPrefix } from './connection.js';

// A day: far longer than any ECHO_WAIT_MS, after which the sender has read it or re-sent the row.
const CARRIED_ECHO_TTL_SECONDS = 24 * 3600;

const echoKey = (queuePrefix: string, outboxId: number) =>
  `${bullPrefix(queuePrefix)}:echo:${outboxId}`;

/** Keeps an echo the outbox could not take (Postgres down or slow) for the sender to find. */
export async function carryEcho(
  redis: Redis,
  queuePrefix: string,
  echo: OutboxEcho,
): Promise<void> {
  await redis.set(
    echoKey(queuePrefix, echo.outboxId),
    JSON.stringify(echo),
    'EX',
    CARRIED_ECHO_TTL_SECONDS,
  );
}

/** The echo carried for this outbox row, if any (null for anything that is not one of ours). */
export async function carriedEcho(
  redis: Redis,
  queuePrefix: string,
  outboxId: number,
): Promise<OutboxEcho | null> {
  const raw = await redis.get(echoKey(queuePrefix, outboxId));
  if (raw === null) return null;
  const echo = JSON.parse(raw) as Partial<OutboxEcho>;
  const ids = [
    echo.outboxId,
    echo.chatwootMessageId,
    echo.accountId,
    echo.conversationId,
  ];
  return echo.outboxId === outboxId && ids.every(Number.isInteger)
    ? (echo as OutboxEcho)
    : null;
}

/** Forgets a carried echo once the outbox has recorded it. */
export async function forgetCarriedEcho(
  redis: Redis,
  queuePrefix: string,
  outboxId: number,
): Promise<void> {
  await redis.del(echoKey(queuePrefix, outboxId));
}
