// Input the saver refuses before it talks to Redis, and the key layout it derives from ids.
import { emptyCheckpoint } from '@langchain/langgraph-checkpoint';
import { Redis } from 'ioredis';
import { hashTagOf } from '../testing/redis-test-kit.js';
import {
  InvalidCheckpointConfigError,
  InvalidSaverOptionsError,
} from './errors.js';
import { ThreadKeys, threadIndexKey } from './keys.js';
import {
  DEFAULT_TTL_SECONDS,
  RedisCheckpointSaver,
} from './redis-checkpoint-saver.js';

describe('RedisCheckpointSaver input', () => {
  // Never connects: every case below must fail before a command is sent.
  const client = new Redis({ lazyConnect: true });
  const metadata = { source: 'input', step: -1, parents: {} } as const;

  afterAll(() => client.disconnect());

  it('expires idle threads after 30 days unless told otherwise', () => {
    expect(
      new RedisCheckpointSaver({ client, keyPrefix: 'atrevete' }).ttlSeconds,
    ).toBe(DEFAULT_TTL_SECONDS);
    expect(DEFAULT_TTL_SECONDS).toBe(2_592_000);
  });

  it('rejects a key prefix that would break the hash tag', () => {
    expect(
      () => new RedisCheckpointSaver({ client, keyPrefix: '{atrevete}' }),
    ).toThrow(InvalidSaverOptionsError);
    expect(() => new RedisCheckpointSaver({ client, keyPrefix: '' })).toThrow(
      InvalidSaverOptionsError,
    );
  });

  it('rejects an expiry that is not a positive whole number of seconds', () => {
    for (const ttlSeconds of [0, -5, 1.5, Number.NaN]) {
      expect(
        () =>
          new RedisCheckpointSaver({
            client,
            keyPrefix: 'atrevete',
            ttlSeconds,
          }),
      ).toThrow(InvalidSaverOptionsError);
    }
  });

  it('keeps every checkpoint unless told how many, and then at least one', () => {
    expect(
      new RedisCheckpointSaver({ client, keyPrefix: 'atrevete' })
        .keepCheckpoints,
    ).toBeUndefined();
    for (const keepCheckpoints of [0, -1, 2.5, Number.NaN]) {
      expect(
        () =>
          new RedisCheckpointSaver({
            client,
            keyPrefix: 'atrevete',
            keepCheckpoints,
          }),
      ).toThrow(InvalidSaverOptionsError);
    }
  });

  it('refuses to store a checkpoint without a thread id', async () => {
    const saver = new RedisCheckpointSaver({ client, keyPrefix: 'atrevete' });
    await expect(
      saver.put({}, emptyCheckpoint(), metadata, {}),
    ).rejects.toThrow(InvalidCheckpointConfigError);
    await expect(
      saver.put({ configurable: {} }, emptyCheckpoint(), metadata, {}),
    ).rejects.toThrow(InvalidCheckpointConfigError);
  });

  it('refuses writes that do not name their checkpoint', async () => {
    const saver = new RedisCheckpointSaver({ client, keyPrefix: 'atrevete' });
    await expect(
      saver.putWrites({ configurable: { thread_id: '1' } }, [['a', 1]], 'task'),
    ).rejects.toThrow(InvalidCheckpointConfigError);
  });
});

describe('ThreadKeys', () => {
  it('puts every key of a thread, in all its namespaces, under one hash tag', () => {
    const keys = new ThreadKeys('atrevete', 'conv:{42}').all([
      '',
      'booking:1',
      'x}{y',
    ]);
    expect(new Set(keys.map(hashTagOf))).toEqual(
      new Set(['atrevete:conv%3A%7B42%7D']),
    );
  });

  it('gives different keys to threads and namespaces whose ids only differ around separators', () => {
    // Unencoded, both would own `{atrevete:a}:ns:b}:ns:y:ids`.
    const first = new ThreadKeys('atrevete', 'a').all(['b}:ns:y']);
    const second = new ThreadKeys('atrevete', 'a}:ns:b').all(['y']);
    expect(first.filter((key) => second.includes(key))).toEqual([]);
  });

  it('never gives a thread the slot or a key of the thread index', () => {
    const keys = new ThreadKeys('atrevete', 'index:threads').all(['']);
    expect(keys.map(hashTagOf)).not.toContain(
      hashTagOf(threadIndexKey('atrevete')),
    );
  });
});
