// A checkpointer that starts each turn from the checkpoint its claim names (not the thread's newest) and reports the one the turn wrote.
import type { RunnableConfig } from '@langchain/core/runnables';
import {
  BaseCheckpointSaver,
  getCheckpointId,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointTuple,
  type PendingWrite,
} from '@langchain/langgraph-checkpoint';

/** configurable keys of a turn's run: where it starts from, and the run's token for what it wrote. */
export const BASE_CHECKPOINT_KEY = 'turn_base_checkpoint_id';
export const TURN_RUN_KEY = 'turn_run';
/** configurable key: the turn's id, to skip a checkpoint an earlier attempt of the same turn wrote. */
export const TURN_ID_KEY = 'turn_id';

/**
 * Every attempt of a turn forks from the checkpoint the conversation's last finished turn
 * committed (Postgres keeps its id), so an attempt that died, or a stale one that lost its lock
 * and wrote a newer sibling, never becomes the state the next turn builds on: only the attempt
 * whose commit won is promoted, by recording the id that `written(run)` returns.
 *
 * Without a base (a conversation's first turn, or one from before claims existed) a run starts
 * from the thread's newest checkpoint, unless an earlier attempt of the same turn wrote it; then
 * from that checkpoint's parent.
 */
export class TurnCheckpointSaver extends BaseCheckpointSaver {
  private readonly writtenByRun = new Map<string, string>();

  constructor(private readonly inner: BaseCheckpointSaver) {
    super(inner.serde);
  }

  /** The checkpoint id the run wrote (once; the record is dropped). */
  takeWritten(run: string): string | undefined {
    const id = this.writtenByRun.get(run);
    this.writtenByRun.delete(run);
    return id;
  }

  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const configurable = config.configurable ?? {};
    if (getCheckpointId(config) || !(TURN_RUN_KEY in configurable))
      return this.inner.getTuple(config);
    const base = configurable[BASE_CHECKPOINT_KEY] as string | null;
    if (base)
      return this.inner.getTuple({
        ...config,
        configurable: { ...configurable, checkpoint_id: base },
      });
    const newest = await this.inner.getTuple(config);
    const writtenBy = (
      newest?.checkpoint.channel_values as { turnId?: unknown }
    )?.turnId;
    if (!newest || writtenBy !== configurable[TURN_ID_KEY]) return newest;
    return newest.parentConfig
      ? this.inner.getTuple(newest.parentConfig)
      : undefined;
  }

  async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
  ): Promise<RunnableConfig> {
    const saved = await this.inner.put(
      config,
      checkpoint,
      metadata,
      newVersions,
    );
    const run = config.configurable?.[TURN_RUN_KEY];
    if (typeof run === 'string') this.writtenByRun.set(run, checkpoint.id);
    return saved;
  }

  list(
    config: RunnableConfig,
    options?: CheckpointListOptions,
  ): AsyncGenerator<CheckpointTuple> {
    return this.inner.list(config, options);
  }

  putWrites(
    config: RunnableConfig,
    writes: PendingWrite[],
    taskId: string,
    taskPath?: string,
  ): Promise<void> {
    return this.inner.putWrites(config, writes, taskId, taskPath);
  }

  deleteThread(threadId: string): Promise<void> {
    return this.inner.deleteThread(threadId);
  }

  override getNextVersion(current: number | undefined): number {
    return this.inner.getNextVersion(current);
  }
}
