// Redis connections for BullMQ with the presets of its production guide: producers fail fast, workers wait for Redis forever.
import { Redis, type RedisOptions } from 'ioredis';

export type ConnectionRole = 'producer' | 'worker';

const PRESETS: Record<ConnectionRole, RedisOptions> = {
  // A webhook must answer in milliseconds: if Redis is down, fail now and let the caller fall back.
  producer: {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    // A Redis that is slow but up would otherwise hold the answer past Chatwoot's 5 s. A healthy
    // command takes about a millisecond; after 300 ms the caller falls back (the ledger row, for
    // the sweeper to queue). The carry path sends two commands once the ledger gave up (within
    // 2 × LEDGER_TIMEOUT_MS, see createInboundRecorder): 2.6 s at worst with the defaults, well
    // inside the 5 s. A reply that comes after the timeout is discarded.
    commandTimeout: 300,
  },
  // Blocking worker commands must survive reconnects; BullMQ requires null here.
  worker: { maxRetriesPerRequest: null, enableOfflineQueue: true },
};

export function createRedisConnection(
  url: string,
  role: ConnectionRole,
): Redis {
  return new Redis(url, {
    ...PRESETS[role],
    // Reconnect quickly at first, then at most every 2 s, forever.
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2000),
    lazyConnect: false,
  });
}

/** A producer's Redis is not connected right now (down, or reconnecting). */
export class RedisNotReadyError extends Error {
  constructor(status: string) {
    super(`redis is not connected (${status})`);
    this.name = 'RedisNotReadyError';
  }
}

/**
 * Throws unless `redis` is connected. A BullMQ queue whose connection was never ready waits for
 * it, however long, before its first command: a producer that must answer now asks this first.
 */
export function assertRedisReady(redis: Redis): void {
  if (redis.status !== 'ready') throw new RedisNotReadyError(redis.status);
}

/** The BullMQ key prefix: braces make a Redis Cluster hash tag, so every key of a deployment shares a slot. */
export function bullPrefix(queuePrefix: string): string {
  return `{${queuePrefix}}`;
}
