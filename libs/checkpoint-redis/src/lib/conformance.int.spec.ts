// Runs LangGraph's official checkpointer conformance suite against RedisCheckpointSaver on a real Redis.
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

let client: Redis;
const prefixesUsed: string[] = [];

const initializer: CheckpointSaverTestInitializer<RedisCheckpointSaver> = {
  checkpointerName: '@atrevete/checkpoint-redis',
  beforeAll: () => {
    client = connectTestRedis();
  },
  afterAll: async () => {
    const leftovers = (
      await Promise.all(prefixesUsed.map((prefix) => keysUnder(client, prefix)))
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
    return new RedisCheckpointSaver({ client, keyPrefix });
  },
  destroyCheckpointer: (saver) => deleteKeysUnder(client, saver.keyPrefix),
};

validate(initializer);
// Opt-in part of the suite (not run by validate): the official savers run it too.
deltaChannelHistoryTests(initializer);
