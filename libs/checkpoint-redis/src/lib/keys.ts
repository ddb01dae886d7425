// Redis key layout of the saver: every key of a thread carries the Cluster hash tag {prefix:thread}.
import { InvalidSaverOptionsError } from './errors.js';

/** Keys of one (thread, namespace) pair. */
export interface NamespaceKeys {
  /** Sorted set of checkpoint ids, all scored 0, so lexical order is id order (uuid6 ids sort by time). */
  readonly ids: string;
  /** Hash of checkpoint records: fields `c:<id>`, `m:<id>`, `p:<id>`, `r:<id>` (see records.ts). */
  readonly checkpoints: string;
  /** Hash of channel values, each stored once by the checkpoint that changed it. */
  readonly blobs: string;
  /** Hash of pending writes, one field per (checkpoint, task, idx). */
  readonly writes: string;
  /** Sorted set of the `writes` fields, so the writes of one checkpoint are a lexical range. */
  readonly writeIds: string;
}

/** All keys of one thread. Identifiers are URI-encoded so that no `{`, `}` or `:` of theirs can shift the layout. */
export class ThreadKeys {
  /** The hash tag shared by every key of the thread. */
  readonly tag: string;
  /** Set of the thread's namespaces: lets delete and expiry reach every key without SCAN. */
  readonly namespaces: string;

  constructor(keyPrefix: string, threadId: string) {
    this.tag = `{${keyPrefix}:${encodeURIComponent(threadId)}}`;
    this.namespaces = `${this.tag}:namespaces`;
  }

  namespace(checkpointNs: string): NamespaceKeys {
    const base = `${this.tag}:ns:${encodeURIComponent(checkpointNs)}`;
    return {
      ids: `${base}:ids`,
      checkpoints: `${base}:checkpoints`,
      blobs: `${base}:blobs`,
      writes: `${base}:writes`,
      writeIds: `${base}:write-ids`,
    };
  }

  /** Every key the thread can have, given its namespaces. */
  all(namespaces: Iterable<string>): string[] {
    const keys = [this.namespaces];
    for (const checkpointNs of new Set(namespaces))
      keys.push(...Object.values(this.namespace(checkpointNs)));
    return keys;
  }
}

/**
 * Sorted set of thread ids scored by their last write (ms), the only key shared by threads; `list()` without a
 * thread_id needs it. Its tag has a second `:`, which no encoded thread id has, so it is never a thread's slot,
 * nor the `{prefix}` slot BullMQ uses when it shares the prefix. It is updated outside the thread's MULTI.
 */
export function threadIndexKey(keyPrefix: string): string {
  return `{${keyPrefix}:index:threads}`;
}

export function assertValidKeyPrefix(
  keyPrefix: unknown,
): asserts keyPrefix is string {
  if (typeof keyPrefix !== 'string' || keyPrefix.length === 0) {
    throw new InvalidSaverOptionsError('keyPrefix must be a non-empty string');
  }
  if (/[{}]/.test(keyPrefix)) {
    throw new InvalidSaverOptionsError(
      `keyPrefix must not contain braces, the saver adds its own hash tag: ${keyPrefix}`,
    );
  }
}
