// Runs a MULTI/EXEC and turns an aborted or partly failed transaction into a CheckpointWriteError.
import type { ChainableCommander } from 'ioredis';
import { CheckpointWriteError } from './errors.js';

/** The commands' results, in order. */
export async function execOrThrow(tx: ChainableCommander): Promise<unknown[]> {
  let replies: [error: Error | null, result: unknown][] | null;
  try {
    replies = await tx.exec();
  } catch (error) {
    throw new CheckpointWriteError(
      'Redis rejected the checkpoint transaction',
      { cause: error },
    );
  }
  if (replies === null)
    throw new CheckpointWriteError('Redis aborted the checkpoint transaction');
  const failed = replies.find(([error]) => error !== null);
  if (failed)
    throw new CheckpointWriteError(
      'a command of the checkpoint transaction failed',
      { cause: failed[0] },
    );
  return replies.map(([, result]) => result);
}
