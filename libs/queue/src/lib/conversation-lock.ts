// A per-conversation lock in Redis: owned by a random token, renewed while held, released only by its owner, expiring if the owner dies.
// It keeps two workers from doing the same work at once; it is not a fence (a paused owner can outlive it): writes are
// fenced in Postgres (a turn's attempt number, libs/db repositories/turns.ts).
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { bullPrefix } from './connection.js';

// Compare-and-act scripts: only the token's owner may extend or delete the key.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export interface HeldLock {
  /** False once the lock expired under us (renewal failed): the holder must stop writing. */
  readonly held: boolean;
  release(): Promise<void>;
}

export interface ConversationLocks {
  /** The lock, or null when someone else holds it. */
  acquire(name: string): Promise<HeldLock | null>;
}

/**
 * @param ttlMs how long a lock outlives a crashed owner; renewed every ttl/3 while held, so a
 *   slow turn keeps it and a killed worker's conversation is free again within ttlMs.
 */
export function createConversationLocks(
  redis: Redis,
  queuePrefix: string,
  ttlMs = 15_000,
): ConversationLocks {
  const keyOf = (name: string) => `${bullPrefix(queuePrefix)}:lock:${name}`;
  return {
    async acquire(name) {
      const key = keyOf(name);
      const token = randomUUID();
      const ok = await redis.set(key, token, 'PX', ttlMs, 'NX');
      if (ok !== 'OK') return null;
      let held = true;
      const timer = setInterval(
        () => {
          redis.eval(RENEW, 1, key, token, ttlMs).then(
            (renewed) => {
              if (renewed === 0) held = false;
            },
            () => undefined,
          );
        },
        Math.max(50, Math.floor(ttlMs / 3)),
      );
      timer.unref();
      return {
        get held() {
          return held;
        },
        async release() {
          clearInterval(timer);
          if (!held) return;
          held = false;
          await redis.eval(RELEASE, 1, key, token);
        },
      };
    },
  };
}
