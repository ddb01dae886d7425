// Messages carried in Redis while Postgres is down: one ordered set per conversation, and an index of those conversations that the sweeper reads.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  type ConversationKey,
  type InboundMessage,
  type TurnJob,
  inboundMessageSchema,
} from '@atrevete/schema';
import { enqueueTurn } from './scheduling.js';

/** Where a conversation's carried messages wait, ordered by Chatwoot message id (in the queue's hash slot). */
const carriedKey = (queue: Queue<TurnJob>, key: ConversationKey) =>
  `${queue.opts.prefix}:carried:${key.accountId}:${key.conversationId}`;

/**
 * The conversations that have carried messages, scored by when (Redis's clock, ms) they started
 * waiting: a turn job gives up after its retry budget, so without this index a message carried
 * through an outage longer than that budget would wait until the conversation's next message.
 */
const indexKey = (queue: Queue<TurnJob>) =>
  `${queue.opts.prefix}:carried-conversations`;

const memberOf = (key: ConversationKey) =>
  `${key.accountId}:${key.conversationId}`;

// Redis's clock in ms: the same for every producer and sweeper, whatever their hosts' clocks say.
const NOW_MS = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS: carried set, index. ARGV: message id, message, index member. Atomic, so the index never misses a carried message. */
const CARRY = `${NOW_MS}
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], 'NX', now, ARGV[3])`;

/**
 * KEYS: carried set, index. ARGV: index member, then the recorded messages. Removes them; the
 * conversation leaves the index once its set is empty, or else (messages carried during this turn,
 * which their own webhook queued a turn for) waits a sweeper grace again.
 */
const FORGET = `${NOW_MS}
for i = 2, #ARGV, 1000 do
  redis.call('ZREM', KEYS[1], unpack(ARGV, i, math.min(i + 999, #ARGV)))
end
if redis.call('ZCARD', KEYS[1]) == 0 then
  redis.call('ZREM', KEYS[2], ARGV[1])
else
  redis.call('ZADD', KEYS[2], 'XX', now, ARGV[1])
end`;

/** KEYS: index. ARGV: grace ms, limit. The conversations waiting since before the grace, oldest first. */
const WAITING = `${NOW_MS}
return redis.call('ZRANGE', KEYS[1], '-inf', now - tonumber(ARGV[1]), 'BYSCORE', 'LIMIT', 0, tonumber(ARGV[2]))`;

/**
 * Postgres could not record the message: it waits whole in Redis, in the conversation's ordered
 * set, and the conversation's (debounced) turn records it first. One set per conversation, not a
 * job per message: separate jobs run concurrently, so a turn could read the ledger before an
 * earlier carried message was in it and answer a later one first.
 */
export async function enqueueCarriedMessage(
  queue: Queue<TurnJob>,
  redis: Redis,
  message: InboundMessage,
  debounceMs: number,
): Promise<void> {
  const carried = inboundMessageSchema.parse(message);
  const key = {
    accountId: carried.accountId,
    conversationId: carried.conversationId,
  };
  await redis.eval(
    CARRY,
    2,
    carriedKey(queue, key),
    indexKey(queue),
    carried.messageId,
    JSON.stringify(carried),
    memberOf(key),
  );
  await enqueueTurn(queue, key, debounceMs);
}

/**
 * Records the conversation's carried messages, oldest first, then forgets them; call it under the
 * conversation's lock, before reading the ledger. A crash in between records them again, which the
 * ledger ignores. Returns how many were dropped for failing the schema (a producer of another version).
 */
export async function recordCarriedMessages(
  queue: Queue<TurnJob>,
  redis: Redis,
  key: ConversationKey,
  record: (message: InboundMessage) => Promise<void>,
): Promise<{ invalid: number }> {
  const members = await redis.zrange(carriedKey(queue, key), '0', '-1');
  let invalid = 0;
  for (const member of members) {
    const parsed = inboundMessageSchema.safeParse(parseJson(member));
    if (parsed.success) await record(parsed.data);
    else invalid += 1;
  }
  // Nothing carried (nearly every turn): nothing indexed either, as CARRY and FORGET keep the two together.
  if (members.length > 0)
    await redis.eval(
      FORGET,
      2,
      carriedKey(queue, key),
      indexKey(queue),
      memberOf(key),
      ...members,
    );
  return { invalid };
}

/** Whether messages of the conversation wait in Redis (a turn must record them before it claims later ones). */
export async function hasCarriedMessages(
  queue: Queue<TurnJob>,
  redis: Redis,
  key: ConversationKey,
): Promise<boolean> {
  return (await redis.zcard(carriedKey(queue, key))) > 0;
}

/**
 * Conversations whose carried messages have waited longer than `graceMs` (their turn gave up,
 * or has not run yet), oldest first, at most `limit`. Reads Redis only: it works while Postgres is down.
 */
export async function listCarriedConversations(
  queue: Queue<TurnJob>,
  redis: Redis,
  graceMs: number,
  limit: number,
): Promise<ConversationKey[]> {
  const members = (await redis.eval(
    WAITING,
    1,
    indexKey(queue),
    graceMs,
    limit,
  )) as string[];
  return members.flatMap((member) => {
    const [accountId, conversationId] = member.split(':').map(Number);
    return Number.isInteger(accountId) && Number.isInteger(conversationId)
      ? [{ accountId, conversationId }]
      : [];
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
