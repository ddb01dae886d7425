// Reads checkpoint tuples back from Redis: a record, its channel values and its pending writes in two round trips.
import {
  TASKS,
  compareWritesSortKeys,
  maxChannelVersion,
  writesSortKey,
  type BaseCheckpointSaver,
  type Checkpoint,
  type CheckpointMetadata,
  type CheckpointPendingWrite,
  type CheckpointTuple,
} from '@langchain/langgraph-checkpoint';
import type { Redis } from 'ioredis';
import { CorruptCheckpointRecordError } from './errors.js';
import { ThreadKeys, type NamespaceKeys } from './keys.js';
import {
  blobField,
  checkpointFields,
  decodeRecord,
  loadTyped,
  parseRefs,
  parseWriteField,
  writeFieldRange,
} from './records.js';

export interface CheckpointLocation {
  readonly threadId: string;
  readonly checkpointNs: string;
  readonly checkpointId: string;
}

interface StoredWrite {
  readonly taskId: string;
  readonly idx: number;
  readonly channel: string;
  readonly taskPath: string;
  readonly type: string;
  readonly payload: Uint8Array;
}

/** What the reader needs of its saver: the serde (which callers may swap) and the version scheme. */
type SaverView = Pick<BaseCheckpointSaver, 'serde' | 'getNextVersion'>;

export class TupleReader {
  constructor(
    private readonly client: Redis,
    private readonly keyPrefix: string,
    private readonly saver: SaverView,
  ) {}

  async latestId(
    threadId: string,
    checkpointNs: string,
  ): Promise<string | undefined> {
    const key = this.keys(threadId).namespace(checkpointNs).ids;
    const [latest] = await this.client.zrange(
      key,
      '+',
      '-',
      'BYLEX',
      'REV',
      'LIMIT',
      0,
      1,
    );
    return latest;
  }

  /**
   * Checkpoints of the given threads (one namespace, or all of them), newest first across threads.
   * `limitPerNamespace` caps each index read; the newest N overall are among the newest N of each index.
   */
  async locate(
    threadIds: readonly string[],
    checkpointNs: string | undefined,
    beforeId: string | undefined,
    limitPerNamespace: number | undefined,
  ): Promise<CheckpointLocation[]> {
    const perThread = await Promise.all(
      threadIds.map(async (threadId) => {
        const keys = this.keys(threadId);
        const namespaces =
          checkpointNs === undefined
            ? await this.client.smembers(keys.namespaces)
            : [checkpointNs];
        const perNamespace = await Promise.all(
          namespaces.map(async (ns) => {
            const ids = await this.idsNewestFirst(
              keys.namespace(ns).ids,
              beforeId,
              limitPerNamespace,
            );
            return ids.map(
              (checkpointId): CheckpointLocation => ({
                threadId,
                checkpointNs: ns,
                checkpointId,
              }),
            );
          }),
        );
        return perNamespace.flat();
      }),
    );
    return perThread.flat().sort(newestFirst);
  }

  async read(
    location: CheckpointLocation,
  ): Promise<CheckpointTuple | undefined> {
    const { threadId, checkpointNs, checkpointId } = location;
    const keys = this.keys(threadId).namespace(checkpointNs);
    const [record, writes] = await Promise.all([
      this.readRecord(keys, checkpointId),
      this.readWrites(keys, checkpointId),
    ]);
    if (record === undefined) return undefined;
    const { checkpoint, parentId } = record;
    if (checkpoint.v < 4 && parentId !== undefined)
      await this.migratePendingSends(checkpoint, keys, parentId);
    const configOf = (id: string) => ({
      configurable: {
        thread_id: threadId,
        checkpoint_ns: checkpointNs,
        checkpoint_id: id,
      },
    });
    const pendingWrites = await Promise.all(
      writes.map(
        async (write): Promise<CheckpointPendingWrite> => [
          write.taskId,
          write.channel,
          await this.saver.serde.loadsTyped(write.type, write.payload),
        ],
      ),
    );
    return {
      config: configOf(checkpointId),
      checkpoint,
      metadata: record.metadata,
      parentConfig: parentId === undefined ? undefined : configOf(parentId),
      pendingWrites,
    };
  }

  /** The checkpoint with its channel values put back, each read from the checkpoint that stored it. */
  private async readRecord(keys: NamespaceKeys, checkpointId: string) {
    const fields = checkpointFields(checkpointId);
    const [checkpointBytes, metadataBytes, parentBytes, refsBytes] =
      await this.client.hmgetBuffer(
        keys.checkpoints,
        fields.checkpoint,
        fields.metadata,
        fields.parent,
        fields.refs,
      );
    if (checkpointBytes === null || metadataBytes === null) return undefined;
    const refs = Object.entries(parseRefs(refsBytes?.toString('utf8') ?? null));
    const blobs =
      refs.length === 0
        ? []
        : await this.client.hmgetBuffer(
            keys.blobs,
            ...refs.map(([channel, writer]) => blobField(writer, channel)),
          );
    const [stored, metadata, values] = await Promise.all([
      loadTyped(this.saver.serde, checkpointBytes),
      loadTyped(this.saver.serde, metadataBytes),
      Promise.all(
        refs.map(async ([channel], i) => {
          const blob = blobs[i];
          return blob
            ? ([[channel, await loadTyped(this.saver.serde, blob)]] as const)
            : [];
        }),
      ),
    ]);
    const checkpoint: Checkpoint = {
      ...(stored as Checkpoint),
      channel_values: Object.fromEntries(values.flat()),
    };
    return {
      checkpoint,
      metadata: metadata as CheckpointMetadata,
      parentId: parentBytes === null ? undefined : parentBytes.toString('utf8'),
    };
  }

  /** Pending writes of one checkpoint in `writesSortKey` order, the order live execution applies them in. */
  private async readWrites(
    keys: NamespaceKeys,
    checkpointId: string,
  ): Promise<StoredWrite[]> {
    const [min, max] = writeFieldRange(checkpointId);
    const fields = await this.client.zrange(keys.writeIds, min, max, 'BYLEX');
    if (fields.length === 0) return [];
    const records = await this.client.hmgetBuffer(keys.writes, ...fields);
    const writes = fields.flatMap((field, i): StoredWrite[] => {
      const record = records[i];
      if (!record) return [];
      const { taskId, idx } = parseWriteField(field);
      const { header, payload } = decodeRecord(record);
      const [type, channel, taskPath] = header;
      if (
        type === undefined ||
        channel === undefined ||
        taskPath === undefined
      ) {
        throw new CorruptCheckpointRecordError(
          `stored write ${field} lacks its type, channel or task path`,
        );
      }
      return [{ taskId, idx, channel, taskPath, type, payload }];
    });
    return writes.sort((a, b) =>
      compareWritesSortKeys(
        writesSortKey(a.taskPath, a.taskId, a.idx),
        writesSortKey(b.taskPath, b.taskId, b.idx),
      ),
    );
  }

  /** Checkpoints before format v4 kept pending sends as TASKS writes of their parent: move them into the values. */
  private async migratePendingSends(
    checkpoint: Checkpoint,
    keys: NamespaceKeys,
    parentId: string,
  ): Promise<void> {
    const sends = (await this.readWrites(keys, parentId)).filter(
      (write) => write.channel === TASKS,
    );
    if (sends.length === 0) return;
    const versions = Object.values(checkpoint.channel_versions);
    checkpoint.channel_values[TASKS] = await Promise.all(
      sends.map((send) => this.saver.serde.loadsTyped(send.type, send.payload)),
    );
    checkpoint.channel_versions[TASKS] =
      versions.length > 0
        ? maxChannelVersion(...versions)
        : this.saver.getNextVersion(undefined);
  }

  private idsNewestFirst(
    key: string,
    beforeId: string | undefined,
    limit: number | undefined,
  ): Promise<string[]> {
    const max = beforeId === undefined ? '+' : `(${beforeId}`;
    return limit === undefined
      ? this.client.zrange(key, max, '-', 'BYLEX', 'REV')
      : this.client.zrange(key, max, '-', 'BYLEX', 'REV', 'LIMIT', 0, limit);
  }

  private keys(threadId: string): ThreadKeys {
    return new ThreadKeys(this.keyPrefix, threadId);
  }
}

/** Checkpoint ids descending in byte order, Redis's lexical order; ties (same id elsewhere) by thread, namespace. */
function newestFirst(a: CheckpointLocation, b: CheckpointLocation): number {
  return (
    compareBytes(b.checkpointId, a.checkpointId) ||
    compareBytes(a.threadId, b.threadId) ||
    compareBytes(a.checkpointNs, b.checkpointNs)
  );
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
