// Pruning with keepCheckpoints on a real Redis: a long thread keeps its newest checkpoints, reads whole, and stops growing.
import { Annotation, END, START, StateGraph } from '@langchain/langgraph';
import type { RunnableConfig } from '@langchain/core/runnables';
import {
  emptyCheckpoint,
  uuid6,
  type CheckpointMetadata,
} from '@langchain/langgraph-checkpoint';
import type { Redis } from 'ioredis';
import {
  connectTestRedis,
  deleteKeysUnder,
  threadKeys,
  uniqueKeyPrefix,
} from '../testing/redis-test-kit.js';
import { ThreadKeys } from './keys.js';
import { RedisCheckpointSaver } from './redis-checkpoint-saver.js';

const KEEP = 5;

const Conversation = Annotation.Root({
  // Written once, by the first turn: later checkpoints point to the value that turn stored.
  name: Annotation<string>,
  turns: Annotation<number>({
    reducer: (total, step) => total + step,
    default: () => 0,
  }),
});

/** One turn: a step that counts it (three checkpoints per run: input, start, after the step). */
function conversationGraph(checkpointer: RedisCheckpointSaver) {
  return new StateGraph(Conversation)
    .addNode('count', () => ({ turns: 1 }))
    .addEdge(START, 'count')
    .addEdge('count', END)
    .compile({ checkpointer });
}

const metadata: CheckpointMetadata = { source: 'loop', step: 0, parents: {} };

/** A checkpoint whose value is new, stored with it, as a child of `config`'s checkpoint. */
async function putChild(
  saver: RedisCheckpointSaver,
  config: RunnableConfig,
  value: string,
): Promise<RunnableConfig> {
  const checkpoint = {
    ...emptyCheckpoint(),
    id: uuid6(0),
    channel_values: { value },
    channel_versions: { value: 1 },
  };
  return saver.put(config, checkpoint, metadata, { value: 1 });
}

const idOf = (config: RunnableConfig) =>
  config.configurable?.['checkpoint_id'] as string;

describe('RedisCheckpointSaver with keepCheckpoints', () => {
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

  /** How much the root namespace of a thread holds: checkpoints, their fields, values and writes. */
  async function stored(threadId: string) {
    const keys = new ThreadKeys(keyPrefix, threadId).namespace('');
    return {
      keys: (await threadKeys(client, keyPrefix, threadId)).length,
      checkpoints: await client.zcard(keys.ids),
      records: await client.hlen(keys.checkpoints),
      values: await client.hlen(keys.blobs),
      writes: await client.hlen(keys.writes),
      writeIds: await client.zcard(keys.writeIds),
    };
  }

  it('keeps only the newest checkpoints of a long conversation, and its latest state whole', async () => {
    const saver = new RedisCheckpointSaver({
      client,
      keyPrefix,
      keepCheckpoints: KEEP,
    });
    const graph = conversationGraph(saver);
    const config = { configurable: { thread_id: 'long' } };
    const history = async () => {
      const ids: string[] = [];
      for await (const tuple of saver.list(config))
        ids.push(idOf(tuple.config));
      return ids;
    };
    await graph.invoke({ name: 'Laura' }, config);
    const firstTurn = await history();

    for (let turn = 2; turn <= 30; turn++) await graph.invoke({}, config);

    const kept = await history();
    expect(kept).toHaveLength(KEEP);
    expect(kept.filter((id) => firstTurn.includes(id))).toEqual([]);
    expect(await stored('long')).toMatchObject({
      checkpoints: KEEP,
      records: 4 * KEEP,
    });
    expect((await graph.getState(config)).values).toEqual({
      name: 'Laura',
      turns: 30,
    });
    for (const id of kept) {
      const tuple = await saver.getTuple({
        configurable: { thread_id: 'long', checkpoint_id: id },
      });
      expect(tuple?.checkpoint.channel_values['name']).toBe('Laura');
    }
  });

  it('stops growing: a thread holds as much after 60 turns as after 20', async () => {
    const saver = new RedisCheckpointSaver({
      client,
      keyPrefix,
      keepCheckpoints: KEEP,
    });
    const graph = conversationGraph(saver);
    const config = { configurable: { thread_id: 'bounded' } };
    await graph.invoke({ name: 'Laura' }, config);
    for (let turn = 2; turn <= 20; turn++) await graph.invoke({}, config);
    const after20 = await stored('bounded');

    for (let turn = 21; turn <= 60; turn++) await graph.invoke({}, config);

    expect(await stored('bounded')).toEqual(after20);
    expect(after20.values).toBeLessThanOrEqual(2 * KEEP);
    expect(after20.writeIds).toBe(after20.writes);
  });

  it('never prunes the checkpoint a put builds on, however many newer siblings there are', async () => {
    const saver = new RedisCheckpointSaver({
      client,
      keyPrefix,
      keepCheckpoints: KEEP,
    });
    const thread = { configurable: { thread_id: 'forks' } };
    const base = await putChild(saver, thread, 'committed');

    const siblings: RunnableConfig[] = [];
    for (let attempt = 1; attempt <= 2 * KEEP; attempt++)
      siblings.push(await putChild(saver, base, `attempt ${attempt}`));

    expect((await saver.getTuple(base))?.checkpoint.channel_values).toEqual({
      value: 'committed',
    });
    expect(await saver.getTuple(siblings[0])).toBeUndefined();
    const listed: string[] = [];
    for await (const tuple of saver.list(thread))
      listed.push(idOf(tuple.config));
    expect(listed).toEqual([
      ...siblings.slice(-KEEP).map(idOf).reverse(),
      idOf(base),
    ]);
  });

  it('deletes the pending writes of pruned checkpoints and keeps those of the kept ones', async () => {
    const saver = new RedisCheckpointSaver({
      client,
      keyPrefix,
      keepCheckpoints: 2,
    });
    let config: RunnableConfig = { configurable: { thread_id: 'writes' } };
    const written: RunnableConfig[] = [];
    for (let i = 1; i <= 4; i++) {
      config = await putChild(saver, config, `paso ${i}`);
      await saver.putWrites(config, [['value', `escrito ${i}`]], 'task');
      written.push(config);
    }
    await putChild(saver, config, 'paso 5');

    expect(await stored('writes')).toMatchObject({ writes: 1, writeIds: 1 });
    expect((await saver.getTuple(written[3]))?.pendingWrites).toEqual([
      ['task', 'value', 'escrito 4'],
    ]);
    expect(await saver.getTuple(written[0])).toBeUndefined();
  });

  it('keeps every checkpoint when the option is not set', async () => {
    const saver = new RedisCheckpointSaver({ client, keyPrefix });
    const graph = conversationGraph(saver);
    const config = { configurable: { thread_id: 'all' } };
    for (let turn = 1; turn <= 4; turn++) await graph.invoke({}, config);

    expect((await stored('all')).checkpoints).toBe(12);
  });
});
