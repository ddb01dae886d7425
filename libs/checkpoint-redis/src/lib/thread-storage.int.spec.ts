// What the saver leaves in Redis: idle expiry on every key, clean deletes, one hash tag per thread, bytes as bytes.
import type { RunnableConfig } from '@langchain/core/runnables';
import {
  ERROR,
  emptyCheckpoint,
  uuid6,
  type CheckpointMetadata,
} from '@langchain/langgraph-checkpoint';
import type { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  connectTestRedis,
  deleteKeysUnder,
  hashTagOf,
  threadKeys,
  uniqueKeyPrefix,
} from '../testing/redis-test-kit.js';
import { RedisCheckpointSaver } from './redis-checkpoint-saver.js';

const metadata: CheckpointMetadata = { source: 'loop', step: 0, parents: {} };

/** A checkpoint whose channels are all new, so each value is stored with it. */
function putCheckpoint(
  saver: RedisCheckpointSaver,
  config: RunnableConfig,
  values: Record<string, unknown> = { greeting: 'hola' },
): Promise<RunnableConfig> {
  const versions = Object.fromEntries(
    Object.keys(values).map((channel) => [channel, 1]),
  );
  const checkpoint = {
    ...emptyCheckpoint(),
    id: uuid6(0),
    channel_values: values,
    channel_versions: versions,
  };
  return saver.put(config, checkpoint, metadata, versions);
}

/** A thread with a root and a subgraph namespace, each holding a checkpoint with pending writes. */
async function writeThread(
  saver: RedisCheckpointSaver,
  threadId: string,
): Promise<RunnableConfig> {
  const root = await putCheckpoint(saver, {
    configurable: { thread_id: threadId, checkpoint_ns: '' },
  });
  await saver.putWrites(root, [['greeting', 'adiós']], 'task-1');
  const child = await putCheckpoint(saver, {
    configurable: { thread_id: threadId, checkpoint_ns: 'booking:1' },
  });
  await saver.putWrites(child, [['greeting', 'vale']], 'task-2');
  return root;
}

/** The namespaces set, plus ids, checkpoints, blobs, writes and write-ids for each of the two namespaces. */
const KEYS_OF_A_WRITTEN_THREAD = 1 + 5 * 2;

describe('RedisCheckpointSaver storage', () => {
  let client: Redis;
  let keyPrefix: string;

  beforeEach(() => {
    client = connectTestRedis();
    keyPrefix = uniqueKeyPrefix();
  });

  afterEach(async () => {
    await deleteKeysUnder(client, keyPrefix);
    await client.quit();
  });

  it('sets the idle expiry on every key of a thread, in every namespace, and renews it on each write', async () => {
    const saver = new RedisCheckpointSaver({
      client,
      keyPrefix,
      ttlSeconds: 120,
    });
    const root = await writeThread(saver, 'conversation');
    const keys = await threadKeys(client, keyPrefix, 'conversation');
    expect(keys).toHaveLength(KEYS_OF_A_WRITTEN_THREAD);
    for (const ttl of await Promise.all(keys.map((key) => client.ttl(key)))) {
      expect(ttl).toBeGreaterThan(110);
      expect(ttl).toBeLessThanOrEqual(120);
    }

    await Promise.all(keys.map((key) => client.expire(key, 5)));
    await saver.putWrites(root, [['greeting', 'otra vez']], 'task-3');

    const renewed = await Promise.all(keys.map((key) => client.ttl(key)));
    expect(Math.min(...renewed)).toBeGreaterThan(110);
    expect(await client.ttl(`{${keyPrefix}:index:threads}`)).toBeGreaterThan(
      110,
    );
  });

  it('forgets a thread once it has been idle for longer than ttlSeconds', async () => {
    const saver = new RedisCheckpointSaver({
      client,
      keyPrefix,
      ttlSeconds: 1,
    });
    await writeThread(saver, 'idle');

    await sleep(1100);

    expect(
      await saver.getTuple({ configurable: { thread_id: 'idle' } }),
    ).toBeUndefined();
    const listed = [];
    for await (const tuple of saver.list({})) listed.push(tuple);
    expect(listed).toEqual([]);
    expect(await threadKeys(client, keyPrefix, 'idle')).toEqual([]);
  });

  it('deletes every key of a thread across namespaces and leaves other threads alone', async () => {
    const saver = new RedisCheckpointSaver({ client, keyPrefix });
    await writeThread(saver, 'drop');
    await writeThread(saver, 'keep');

    await saver.deleteThread('drop');

    expect(await threadKeys(client, keyPrefix, 'drop')).toEqual([]);
    expect(await threadKeys(client, keyPrefix, 'keep')).toHaveLength(
      KEYS_OF_A_WRITTEN_THREAD,
    );
    const listedThreads = new Set<unknown>();
    for await (const tuple of saver.list({}))
      listedThreads.add(tuple.config.configurable?.['thread_id']);
    expect(listedThreads).toEqual(new Set(['keep']));
  });

  it('keeps every key of a thread under one hash tag, even when its id has braces and colons', async () => {
    const saver = new RedisCheckpointSaver({ client, keyPrefix });
    await writeThread(saver, 'conv:{42}');
    await writeThread(saver, 'conv');

    const keys = await threadKeys(client, keyPrefix, 'conv:{42}');
    const otherKeys = await threadKeys(client, keyPrefix, 'conv');

    expect(keys).toHaveLength(KEYS_OF_A_WRITTEN_THREAD);
    expect(new Set(keys.map(hashTagOf))).toEqual(
      new Set([`${keyPrefix}:conv%3A%7B42%7D`]),
    );
    expect(new Set(otherKeys.map(hashTagOf))).toEqual(
      new Set([`${keyPrefix}:conv`]),
    );
    expect(keys.filter((key) => otherKeys.includes(key))).toEqual([]);
  });

  it('keeps the first value of a regular write and the latest value of an error write', async () => {
    const saver = new RedisCheckpointSaver({ client, keyPrefix });
    const config = await putCheckpoint(saver, {
      configurable: { thread_id: 'writes' },
    });

    await saver.putWrites(config, [['greeting', 'primero']], 'task');
    await saver.putWrites(config, [['greeting', 'segundo']], 'task');
    await saver.putWrites(config, [[ERROR, 'fallo 1']], 'task');
    await saver.putWrites(config, [[ERROR, 'fallo 2']], 'task');

    expect((await saver.getTuple(config))?.pendingWrites).toEqual([
      ['task', ERROR, 'fallo 2'],
      ['task', 'greeting', 'primero'],
    ]);
  });

  it('stores binary channel values as raw bytes and reads them back unchanged', async () => {
    const saver = new RedisCheckpointSaver({ client, keyPrefix });
    const photo = new Uint8Array([0, 255, 1, 254]);
    const config = await putCheckpoint(
      saver,
      { configurable: { thread_id: 'bytes' } },
      { photo },
    );

    expect((await saver.getTuple(config))?.checkpoint.channel_values).toEqual({
      photo,
    });
    const [blobsKey] = (await threadKeys(client, keyPrefix, 'bytes')).filter(
      (key) => key.endsWith(':blobs'),
    );
    const [stored] = await client.hvalsBuffer(blobsKey);
    expect([...stored.subarray(-photo.length)]).toEqual([...photo]);
  });
});
