// Recognises the Postgres errors that are expected outcomes (a taken slot, a block that breaks a CHECK) and deadlocks.
export const SQLSTATE = {
  exclusionViolation: '23P01',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  /** A number too big for its column (a weekday of 99999 in a smallint). */
  numericOutOfRange: '22003',
} as const;

export interface PostgresErrorInfo {
  code: string;
  constraint?: string;
}

/** The SQLSTATE and constraint of a Postgres error, also when drizzle wraps it (`cause`). */
export function postgresErrorInfo(
  error: unknown,
): PostgresErrorInfo | undefined {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as {
      code?: unknown;
      constraint_name?: unknown;
      cause?: unknown;
    };
    if (
      typeof candidate.code === 'string' &&
      /^[0-9A-Z]{5}$/.test(candidate.code)
    ) {
      return {
        code: candidate.code,
        constraint:
          typeof candidate.constraint_name === 'string'
            ? candidate.constraint_name
            : undefined,
      };
    }
    e = candidate.cause;
  }
  return undefined;
}

export function isPostgresError(error: unknown, code: string): boolean {
  return postgresErrorInfo(error)?.code === code;
}

// Two transactions inserting conflicting rows at the same instant can each find the other's
// row while checking the exclusion constraint and wait for each other; Postgres's deadlock
// detector then aborts one (40P01; see the header of src/backend/executor/execIndexing.c).
// That transaction rolled back entirely, so it is simply run again and then sees the
// winner's row. It is rare: five runs outlast any real pile-up.
const DEADLOCK_DETECTED = '40P01';
const MAX_RUNS = 5;
const RETRY_JITTER_MS = 20;

/** Runs `transaction` again when Postgres aborted it to break a deadlock. */
export async function retryingAbortedTransactions<T>(
  transaction: () => Promise<T>,
): Promise<T> {
  for (let run = 1; ; run++) {
    try {
      return await transaction();
    } catch (error) {
      const code = postgresErrorInfo(error)?.code;
      if (run >= MAX_RUNS || code !== DEADLOCK_DETECTED) {
        throw error;
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.random() * RETRY_JITTER_MS * run),
      );
    }
  }
}
