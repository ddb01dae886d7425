// Test helpers: a real Redis connection, a unique key prefix per test, and cleanup of everything under it.
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

export function connectTestRedis(): Redis {
  return new Redis(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379', {
    maxRetriesPerRequest: 1,
  });
}

export function uniqueKeyPrefix(): string {
  return `test-${randomUUID()}`;
}

/** Every key the saver wrote under the prefix (thread keys start `{prefix:`, the thread index `{prefix:index:threads}`). */
export async function keysUnder(
  client: Redis,
  keyPrefix: string,
): Promise<string[]> {
  return keysMatching(client, `{${keyPrefix}*`);
}

/** Every key of one thread, found by SCAN: the saver's own bookkeeping is what is under test. */
export async function threadKeys(
  client: Redis,
  keyPrefix: string,
  threadId: string,
): Promise<string[]> {
  return keysMatching(
    client,
    `{${keyPrefix}:${encodeURIComponent(threadId)}}*`,
  );
}

export async function deleteKeysUnder(
  client: Redis,
  keyPrefix: string,
): Promise<void> {
  const keys = await keysUnder(client, keyPrefix);
  if (keys.length > 0) await client.del(...keys);
}

/** The Redis Cluster hash tag of a key: the text between the first `{` and the next `}`, if not empty. */
export function hashTagOf(key: string): string {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : key;
}

async function keysMatching(client: Redis, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of client.scanStream({ match: pattern, count: 1000 }))
    keys.push(...(batch as string[]));
  return [...new Set(keys)];
}
