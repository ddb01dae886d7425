// Structured JSON logs (pino) with phone numbers, contacts' names, tokens and, unless debugging, message bodies redacted.
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/** `path` at the top level and up to three objects deep (pino's `*` matches one level). */
const atAnyDepth = (path: string) =>
  ['', '*.', '*.*.', '*.*.*.'].map((prefix) => `${prefix}${path}`);

// Who the customer is: the ledger's senderName, Chatwoot's sender (a contact), the names the
// dialogue keeps. Not a bare `name`: that is also a logger's, a queue's, an error's.
const CONTACT_NAMES = [
  'senderName',
  'sender.name',
  'contactName',
  'profileName',
  'customerName',
  'proposedName',
].flatMap(atAnyDepth);

const ALWAYS_REDACTED = [
  ...CONTACT_NAMES,
  'senderPhone',
  '*.senderPhone',
  '*.*.senderPhone',
  '*.*.*.senderPhone',
  'phone_number',
  '*.phone_number',
  '*.*.phone_number',
  'headers.api_access_token',
  '*.headers.api_access_token',
  'headers["x-chatwoot-signature"]',
  '*.headers["x-chatwoot-signature"]',
  'token',
  '*.token',
];
const BODIES = [
  'content',
  '*.content',
  '*.*.content',
  '*.*.*.content',
  'reply',
  '*.reply',
  'texts',
  '*.texts',
];

export interface LoggerOptions {
  name: string;
  level?: string;
}

/** JSON lines to stdout, or to `destination` (tests). */
export function createLogger(
  { name, level = 'info' }: LoggerOptions,
  destination?: DestinationStream,
): Logger {
  const debugging = level === 'debug' || level === 'trace';
  const options = {
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: serializeError },
    redact: {
      paths: debugging ? ALWAYS_REDACTED : [...ALWAYS_REDACTED, ...BODIES],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Errors without the data they carry: drizzle's query errors hold every bound parameter (names,
 * phone numbers, message bodies) in `params` and in their message; only the failed statement is kept.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  const serialized = pino.stdSerializers.err(
    error as Error,
  ) as unknown as Record<string, unknown>;
  delete serialized['params'];
  const stripParams = (text: unknown) =>
    typeof text === 'string' ? text.replace(/\nparams:[\s\S]*$/, '') : text;
  serialized['message'] = stripParams(serialized['message']);
  serialized['stack'] = stripParams(serialized['stack']);
  const cause = (error as { cause?: unknown })?.cause;
  if (cause && typeof cause === 'object') {
    const { message, code, name: causeName } = cause as Record<string, unknown>;
    serialized['cause'] = {
      name: causeName,
      code,
      message: stripParams(message),
    };
  }
  return serialized;
}
