import {
  postgresErrorInfo,
  retryingAbortedTransactions,
  SQLSTATE,
} from './postgres-errors.js';

// What postgres.js throws, wrapped the way drizzle wraps it.
function drizzleError(code: string, constraint?: string): Error {
  const cause = Object.assign(new Error('postgres says no'), {
    code,
    constraint_name: constraint,
  });
  return Object.assign(new Error('Failed query: insert …'), { cause });
}

describe('postgres errors', () => {
  it('finds the SQLSTATE and constraint inside a wrapped error', () => {
    expect(
      postgresErrorInfo(
        drizzleError(SQLSTATE.exclusionViolation, 'appointments_no_overlap'),
      ),
    ).toEqual({ code: '23P01', constraint: 'appointments_no_overlap' });
    expect(postgresErrorInfo(new Error('connection refused'))).toBeUndefined();
    expect(
      postgresErrorInfo(Object.assign(new Error(), { code: 'ECONNREFUSED' })),
    ).toBeUndefined();
  });

  it('runs a transaction again when it was the victim of a deadlock', async () => {
    let runs = 0;
    const result = await retryingAbortedTransactions(async () => {
      runs += 1;
      if (runs < 3) throw drizzleError('40P01');
      return 'committed';
    });

    expect(result).toBe('committed');
    expect(runs).toBe(3);
  });

  it('gives up after five deadlocks and never retries other errors', async () => {
    let runs = 0;
    await expect(
      retryingAbortedTransactions(async () => {
        runs += 1;
        throw drizzleError('40P01');
      }),
    ).rejects.toThrow('Failed query');
    expect(runs).toBe(5);

    runs = 0;
    await expect(
      retryingAbortedTransactions(async () => {
        runs += 1;
        throw drizzleError(SQLSTATE.exclusionViolation);
      }),
    ).rejects.toThrow('Failed query');
    expect(runs).toBe(1);
  });
});
