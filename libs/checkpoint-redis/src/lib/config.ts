// Reading thread_id, checkpoint_ns and checkpoint_id out of a RunnableConfig, with named errors when they are missing.
import type { RunnableConfig } from '@langchain/core/runnables';
import { InvalidCheckpointConfigError } from './errors.js';

/** The thread id as a string (numbers are accepted, as Chatwoot conversation ids are), or undefined when absent. */
export function threadIdOf(config: RunnableConfig): string | undefined {
  const threadId: unknown = config.configurable?.thread_id;
  if (typeof threadId === 'string' && threadId.length > 0) return threadId;
  if (typeof threadId === 'number' && Number.isFinite(threadId))
    return String(threadId);
  if (threadId === undefined || threadId === null || threadId === '')
    return undefined;
  throw new InvalidCheckpointConfigError(
    `thread_id must be a string or a number, got ${typeof threadId}`,
  );
}

/** The checkpoint namespace, or undefined when the config names none (list() then covers all of them). */
export function namespaceOf(config: RunnableConfig): string | undefined {
  const checkpointNs: unknown = config.configurable?.checkpoint_ns;
  if (checkpointNs === undefined || checkpointNs === null) return undefined;
  if (typeof checkpointNs !== 'string') {
    throw new InvalidCheckpointConfigError(
      `checkpoint_ns must be a string, got ${typeof checkpointNs}`,
    );
  }
  return checkpointNs;
}

/** Thread and namespace for an operation that writes: thread_id is required, the namespace defaults to the root. */
export function requireThread(
  config: RunnableConfig,
  operation: string,
): { threadId: string; checkpointNs: string } {
  if (config.configurable === undefined) {
    throw new InvalidCheckpointConfigError(
      `${operation}: config has no "configurable" field`,
    );
  }
  const threadId = threadIdOf(config);
  if (threadId === undefined) {
    throw new InvalidCheckpointConfigError(
      `${operation}: config.configurable.thread_id is required`,
    );
  }
  return { threadId, checkpointNs: namespaceOf(config) ?? '' };
}

export function requireCheckpointId(
  config: RunnableConfig,
  operation: string,
): string {
  const checkpointId: unknown = config.configurable?.checkpoint_id;
  if (typeof checkpointId !== 'string' || checkpointId.length === 0) {
    throw new InvalidCheckpointConfigError(
      `${operation}: config.configurable.checkpoint_id is required`,
    );
  }
  return checkpointId;
}
