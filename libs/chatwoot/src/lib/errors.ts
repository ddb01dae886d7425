// How a Chatwoot call failed, as named classes: refused for good, or unavailable (retry) with whether the request may have landed.

/** Whether a failed request may still have taken effect at Chatwoot. */
export type Landed =
  /** Nothing was created: the connection was refused, the host not found, or Chatwoot answered 429. */
  | 'no'
  /** It may have been: a timeout, a 5xx (a proxy's 502/504 too), a reset after sending, a 2xx whose body does not parse. */
  | 'unknown';

export class ChatwootError extends Error {
  constructor(
    message: string,
    /** HTTP status, or null when no answer was read. */
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'ChatwootError';
  }
}

/** A final answer (a 4xx other than 429): the same request would be refused again, so it is never retried. */
export class ChatwootRefusedError extends ChatwootError {
  constructor(message: string, status: number) {
    super(message, status);
    this.name = 'ChatwootRefusedError';
  }
}

/** Worth retrying. `landed: 'unknown'` means the first request may have taken effect: a retry may repeat it. */
export class ChatwootUnavailableError extends ChatwootError {
  constructor(
    message: string,
    status: number | null,
    readonly landed: Landed,
  ) {
    super(message, status);
    this.name = 'ChatwootUnavailableError';
  }
}

// Errors from before the request left this machine: nothing reached Chatwoot.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Where a failed `fetch` stands: only errors raised before connecting mean nothing was sent. */
export function landedAfter(error: unknown): Landed {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  return code && NOT_SENT_CODES.has(code) ? 'no' : 'unknown';
}
