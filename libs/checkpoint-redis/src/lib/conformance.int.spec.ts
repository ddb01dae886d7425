// Runs LangGraph's official checkpointer conformance suite against RedisCheckpointSaver on a real Redis, keeping every checkpoint and pruning to the newest three.
import {
  deltaChannelHistoryTests,
  validate,
  type CheckpointSaverTestInitializer,
} from '@langchain/langgraph-checkpoint-validation';
import type { Redis } from 'ioredis';
import {
  connectTestRedis,
  deleteKeysUnder,
  keysUnder,
  uniqueKeyPrefix,
} from '../testing/redis-test-kit.js';
import { RedisCheckpointSaver } from './redis-checkpoint-saver.js';

// The suite is written for vitest and calls expect.soft, which jest lacks; a hard expect is the stricter stand-in.
Object.assign(expect, { soft: expect });

/** The suite's hooks for a saver built with these options; each run has its own client and prefixes. */
function initializerOf(
  checkpointerName: string,
  options: { keepCheckpoints?: number },
): CheckpointSaverTestInitializer<RedisCheckpointSaver> {
  let client: Redis;
  const prefixesUsed: string[] = [];
  return {
    checkpointerName,
    beforeAll: () => {
      client = connectTestRedis();
    },
    afterAll: async () => {
      const leftovers = (
        await Promise.all(
          prefixesUsed.map((prefix) => keysUnder(client, prefix)),
        )
      ).flat();
      await client.quit();
      if (leftovers.length > 0)
        throw new Error(
          `conformance run left keys behind: ${leftovers.join(', ')}`,
        );
    },
    createCheckpointer: () => {
      const keyPrefix = uniqueKeyPrefix();
      prefixesUsed.push(keyPrefix);
      return new RedisCheckpointSaver({ client, keyPrefix, ...options });
    },
    destroyCheckpointer: (saver) => deleteKeysUnder(client, saver.keyPrefix),
  };
}

for (const initializer of [
  initializerOf('@atrevete/checkpoint-redis', {}),
  // Pruning must not change what the suite sees (with fewer than three, the delta-channel
  // tests fail: they walk older ancestors on purpose).
  initializerOf('@atrevete/checkpoint-redis keeping 3', { keepCheckpoints: 3 }),
]) {
  validate(initializer);
  // Opt-in part of the suite (not run by validate): the official savers run it too.
  deltaChannelHistoryTests(initializer);
}
