// LangGraph checkpoint saver on plain Redis 7 (no modules): hashes and sorted sets per thread, MULTI writes, idle expiry.
import type { RunnableConfig } from '@langchain/core/runnables';
import {
  BaseCheckpointSaver,
  WRITES_IDX_MAP,
  getCheckpointId,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointTuple,
  type PendingWrite,
  type SerializerProtocol,
} from '@langchain/langgraph-checkpoint';
import type { ChainableCommander, Redis } from 'ioredis';
import { isDeepStrictEqual } from 'node:util';
import {
  namespaceOf,
  requireCheckpointId,
  requireThread,
  threadIdOf,
} from './config.js';
import { InvalidSaverOptionsError } from './errors.js';
import { ThreadKeys, assertValidKeyPrefix, threadIndexKey } from './keys.js';
import {
  blobField,
  checkpointFields,
  dumpTyped,
  encodeRecord,
  parseRefs,
  writeField,
} from './records.js';
import { assertValidKeep, pruneCheckpoints } from './pruning.js';
import { execOrThrow } from './transaction.js';
import { TupleReader } from './tuple-reader.js';

/** ARCHITECTURE §4: a conversation's checkpoints expire after 30 idle days unless configured otherwise. */
export const DEFAULT_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface RedisCheckpointSaverOptions {
  /** The ioredis client to use; the saver never closes it. */
  client: Redis;
  /** Prefix of every key, e.g. 'atrevete' (tests pass a unique one). Braces are not allowed. */
  keyPrefix: string;
  /** Idle expiry of a thread: every write resets it on all keys of the thread. Default 30 days. */
  ttlSeconds?: number;
  /**
   * Checkpoints kept per thread and namespace: a put deletes all but the newest this many (by id),
   * never the checkpoint it builds on, with their pending writes and the channel values no kept
   * checkpoint points to. Default: keep every checkpoint (until the thread expires).
   */
  keepCheckpoints?: number;
  serde?: SerializerProtocol;
}

/**
 * Keys per thread (all tagged `{prefix:thread}`, so one slot and MULTI is legal in a cluster):
 * a set of namespaces, and per namespace a sorted set of checkpoint ids, a hash of checkpoint records,
 * a hash of channel values, a hash of pending writes and a sorted set indexing those writes.
 * A channel value is stored once, by the checkpoint whose newVersions name it; later checkpoints point to it.
 * One sorted set per prefix indexes live threads for list() without a thread_id.
 * With `keepCheckpoints`, each put prunes its namespace to the newest checkpoints (pruning.ts).
 */
export class RedisCheckpointSaver extends BaseCheckpointSaver {
  readonly keyPrefix: string;
  readonly ttlSeconds: number;
  readonly keepCheckpoints: number | undefined;
  private readonly client: Redis;
  private readonly reader: TupleReader;

  constructor(options: RedisCheckpointSaverOptions) {
    super(options.serde);
    assertValidKeyPrefix(options.keyPrefix);
    const ttlSeconds = options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
      throw new InvalidSaverOptionsError(
        `ttlSeconds must be a positive integer, got ${ttlSeconds}`,
      );
    }
    assertValidKeep(options.keepCheckpoints);
    this.client = options.client;
    this.keyPrefix = options.keyPrefix;
    this.ttlSeconds = ttlSeconds;
    this.keepCheckpoints = options.keepCheckpoints;
    this.reader = new TupleReader(this.client, this.keyPrefix, this);
  }

  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const threadId = threadIdOf(config);
    if (threadId === undefined) return undefined;
    const checkpointNs = namespaceOf(config) ?? '';
    const checkpointId =
      getCheckpointId(config) ||
      (await this.reader.latestId(threadId, checkpointNs));
    if (!checkpointId) return undefined;
    return this.reader.read({ threadId, checkpointNs, checkpointId });
  }

  /**
   * Checkpoints newest first (by checkpoint id, across threads and namespaces when the config leaves them out).
   * `filter` matches top-level metadata keys by deep equality; `limit` counts tuples after the filter.
   */
  async *list(
    config: RunnableConfig,
    options: CheckpointListOptions = {},
  ): AsyncGenerator<CheckpointTuple> {
    const { before, limit } = options;
    if (limit !== undefined && limit <= 0) return;
    const filter = Object.entries(options.filter ?? {});
    const onlyId = getCheckpointId(config) || undefined;
    const threadId = threadIdOf(config);
    const threadIds =
      threadId === undefined ? await this.liveThreadIds() : [threadId];
    const beforeId =
      before === undefined ? undefined : getCheckpointId(before) || undefined;
    const canCapIndexReads = filter.length === 0 && onlyId === undefined;
    const locations = await this.reader.locate(
      threadIds,
      namespaceOf(config),
      beforeId,
      canCapIndexReads ? limit : undefined,
    );
    let remaining = limit ?? Number.POSITIVE_INFINITY;
    for (const location of locations) {
      if (onlyId !== undefined && location.checkpointId !== onlyId) continue;
      const tuple = await this.reader.read(location);
      if (tuple === undefined || !matchesFilter(tuple.metadata, filter))
        continue;
      yield tuple;
      remaining -= 1;
      if (remaining <= 0) return;
    }
  }

  async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
  ): Promise<RunnableConfig> {
    const { threadId, checkpointNs } = requireThread(config, 'put');
    const parentId = getCheckpointId(config) || undefined;
    const changed = Object.keys(newVersions).filter(
      (channel) =>
        channel in checkpoint.channel_versions &&
        Object.hasOwn(checkpoint.channel_values, channel),
    );
    // Serialise before the transaction: MULTI only queues bytes.
    const [checkpointRecord, metadataRecord, blobRecords] = await Promise.all([
      dumpTyped(this.serde, { ...checkpoint, channel_values: {} }),
      dumpTyped(this.serde, metadata),
      Promise.all(
        changed.map((channel) =>
          dumpTyped(this.serde, checkpoint.channel_values[channel]),
        ),
      ),
    ]);
    const keys = new ThreadKeys(this.keyPrefix, threadId);
    const nsKeys = keys.namespace(checkpointNs);
    const [namespaces, parentRefs] = await Promise.all([
      this.client.smembers(keys.namespaces),
      parentId === undefined
        ? null
        : this.client.hget(nsKeys.checkpoints, checkpointFields(parentId).refs),
    ]);
    const refs = channelRefs(
      checkpoint,
      newVersions,
      changed,
      parseRefs(parentRefs),
    );

    const fields = checkpointFields(checkpoint.id);
    const tx = this.client
      .multi()
      .sadd(keys.namespaces, checkpointNs)
      .zadd(nsKeys.ids, 0, checkpoint.id)
      .zcard(nsKeys.ids)
      .hset(
        nsKeys.checkpoints,
        fields.checkpoint,
        checkpointRecord,
        fields.metadata,
        metadataRecord,
      )
      .hset(nsKeys.checkpoints, fields.refs, JSON.stringify(refs));
    if (parentId === undefined) tx.hdel(nsKeys.checkpoints, fields.parent);
    else tx.hset(nsKeys.checkpoints, fields.parent, parentId);
    changed.forEach((channel, i) =>
      tx.hset(nsKeys.blobs, blobField(checkpoint.id, channel), blobRecords[i]),
    );
    const [results] = await Promise.all([
      this.commit(tx, keys, [...namespaces, checkpointNs]),
      this.touchThreadIndex(threadId),
    ]);
    // The ZCARD right after the ZADD: the checkpoints stored now. Most threads never reach the limit.
    const stored = results[2] as number;
    if (this.keepCheckpoints !== undefined && stored > this.keepCheckpoints)
      await pruneCheckpoints(
        this.client,
        nsKeys,
        this.keepCheckpoints,
        parentId,
      );
    return {
      configurable: {
        thread_id: threadId,
        checkpoint_ns: checkpointNs,
        checkpoint_id: checkpoint.id,
      },
    };
  }

  /**
   * Stores the writes of one task against a checkpoint. Like the official savers, a regular write never replaces
   * an existing (task, idx); special channels (ERROR, INTERRUPT, ...) use negative idx and always replace.
   */
  async putWrites(
    config: RunnableConfig,
    writes: PendingWrite[],
    taskId: string,
    taskPath = '',
  ): Promise<void> {
    const { threadId, checkpointNs } = requireThread(config, 'putWrites');
    const checkpointId = requireCheckpointId(config, 'putWrites');
    const records = await Promise.all(
      writes.map(async ([channel, value], i) => {
        const idx = WRITES_IDX_MAP[channel] ?? i;
        const [type, bytes] = await this.serde.dumpsTyped(value);
        return {
          field: writeField(checkpointId, taskId, idx),
          replaces: idx < 0,
          record: encodeRecord([type, channel, taskPath], bytes),
        };
      }),
    );
    const keys = new ThreadKeys(this.keyPrefix, threadId);
    const nsKeys = keys.namespace(checkpointNs);
    const namespaces = await this.client.smembers(keys.namespaces);
    const tx = this.client.multi().sadd(keys.namespaces, checkpointNs);
    for (const { field, replaces, record } of records) {
      if (replaces) tx.hset(nsKeys.writes, field, record);
      else tx.hsetnx(nsKeys.writes, field, record);
      tx.zadd(nsKeys.writeIds, 0, field);
    }
    await Promise.all([
      this.commit(tx, keys, [...namespaces, checkpointNs]),
      this.touchThreadIndex(threadId),
    ]);
  }

  /** Removes every key of the thread, in all namespaces, in one DEL (the keys share a slot). */
  async deleteThread(threadId: string): Promise<void> {
    const keys = new ThreadKeys(this.keyPrefix, threadId);
    const namespaces = await this.client.smembers(keys.namespaces);
    await Promise.all([
      this.client.del(...keys.all(namespaces)),
      this.client.zrem(threadIndexKey(this.keyPrefix), threadId),
    ]);
  }

  /** Adds the idle-expiry refresh of every key of the thread to the transaction, runs it and returns its results. */
  private async commit(
    tx: ChainableCommander,
    keys: ThreadKeys,
    namespaces: string[],
  ): Promise<unknown[]> {
    for (const key of keys.all(namespaces)) tx.expire(key, this.ttlSeconds);
    return execOrThrow(tx);
  }

  /** Marks the thread as written now and forgets threads idle past the TTL (their keys have expired). */
  private async touchThreadIndex(threadId: string): Promise<void> {
    const key = threadIndexKey(this.keyPrefix);
    const now = Date.now();
    const tx = this.client
      .multi()
      .zadd(key, now, threadId)
      .zremrangebyscore(key, '-inf', `(${now - this.ttlSeconds * 1000}`)
      .expire(key, this.ttlSeconds);
    await execOrThrow(tx);
  }

  private liveThreadIds(): Promise<string[]> {
    return this.client.zrangebyscore(
      threadIndexKey(this.keyPrefix),
      Date.now() - this.ttlSeconds * 1000,
      '+inf',
    );
  }
}

/** For each channel of the checkpoint, the checkpoint that stored its current value: itself or an ancestor. */
function channelRefs(
  checkpoint: Checkpoint,
  newVersions: ChannelVersions,
  changed: readonly string[],
  parentRefs: Record<string, string>,
): Record<string, string> {
  const refs: Record<string, string> = {};
  for (const channel of Object.keys(checkpoint.channel_versions)) {
    if (changed.includes(channel)) refs[channel] = checkpoint.id;
    else if (!(channel in newVersions) && parentRefs[channel] !== undefined)
      refs[channel] = parentRefs[channel];
  }
  return refs;
}

function matchesFilter(
  metadata: CheckpointMetadata | undefined,
  filter: [string, unknown][],
): boolean {
  const values = (metadata ?? {}) as Record<string, unknown>;
  return filter.every(([key, value]) => isDeepStrictEqual(values[key], value));
}
