// Putting a job back to wait without counting an attempt: for work that cannot run yet (a busy conversation, an echo not yet due), not work that failed.
import { DelayedError, type Job } from 'bullmq';

/**
 * Thrown by a processor to have createWorker put its job back for `delayMs`, without counting an
 * attempt: what it waits for is not a failure, and waiting must not use up the retry budget.
 */
export class PostponeJobError extends Error {
  constructor(
    readonly delayMs: number,
    reason: string,
  ) {
    super(`postponed ${delayMs} ms: ${reason}`);
    this.name = 'PostponeJobError';
  }
}

/** Puts the job back to wait `ms` without counting an attempt (e.g. its conversation is locked). Never returns. */
export async function postpone(
  job: Job<unknown>,
  token: string | undefined,
  ms: number,
): Promise<never> {
  await job.moveToDelayed(Date.now() + ms, token);
  throw new DelayedError();
}
