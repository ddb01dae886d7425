// A write the database refused by a constraint (a duplicate name, a CHECK), as a result the caller handles instead of an error.

/** How a failed statement broke a constraint: a duplicate, a CHECK, a number out of range. */
export interface ConstraintRefusal {
  code: 'unique' | 'check' | 'out_of_range';
  constraint: string | null;
}

const REFUSAL_CODES: Record<string, ConstraintRefusal['code']> = {
  '23505': 'unique',
  '23514': 'check',
  '22003': 'out_of_range',
};

/** The constraint a Postgres error (also wrapped by drizzle) refused, if that is what it is. */
export function constraintRefusalOf(
  error: unknown,
): ConstraintRefusal | undefined {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as {
      code?: unknown;
      constraint_name?: unknown;
      cause?: unknown;
    };
    const code =
      typeof candidate.code === 'string'
        ? REFUSAL_CODES[candidate.code]
        : undefined;
    if (code)
      return {
        code,
        constraint:
          typeof candidate.constraint_name === 'string'
            ? candidate.constraint_name
            : null,
      };
    e = candidate.cause;
  }
  return undefined;
}

/** Runs a write, turning a broken constraint into a `refused` result. */
export async function refusedAsResult<T>(
  write: () => Promise<T>,
): Promise<T | { kind: 'refused'; refusal: ConstraintRefusal }> {
  try {
    return await write();
  } catch (error) {
    const refusal = constraintRefusalOf(error);
    if (!refusal) throw error;
    return { kind: 'refused', refusal };
  }
}

/** Like refusedAsResult, with a duplicate on the unique key `uniqueName` as `name_taken`. */
export async function refusalsAsResults<T>(
  write: () => Promise<T>,
  uniqueName: string,
): Promise<
  T | { kind: 'name_taken' } | { kind: 'refused'; refusal: ConstraintRefusal }
> {
  try {
    return await write();
  } catch (error) {
    const refusal = constraintRefusalOf(error);
    if (!refusal) throw error;
    if (refusal.code === 'unique' && refusal.constraint === uniqueName)
      return { kind: 'name_taken' };
    return { kind: 'refused', refusal };
  }
}
