// Redis connections for BullMQ with the presets of its production guide: producers fail fast, workers wait for Redis forever.
import { Redis, type RedisOptions } from 'ioredis';

export type ConnectionRole = 'producer' | 'worker';

const PRESETS: Record<ConnectionRole, RedisOptions> = {
  // A webhook must answer in milliseconds: if Redis is down, fail now and let the caller fall back.
  producer: {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
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

/** The BullMQ key prefix: braces make a Redis Cluster hash tag, so every key of a deployment shares a slot. */
export function bullPrefix(queuePrefix: string): string {
  return `{${queuePrefix}}`;
}
