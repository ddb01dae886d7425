// Bounded waiting: every wait of a test ends, with a message saying what never happened.

export const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs` saying `what` (and the last value seen). */
export async function waitUntil<T>(
  what: string | (() => string),
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline)
      throw new Error(
        `${typeof what === 'string' ? what : what()}: not within ${timeoutMs} ms (last: ${String(last)})`,
      );
    await sleep(intervalMs);
  }
}
