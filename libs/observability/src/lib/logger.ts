// Structured JSON logs (pino) with phone numbers, tokens and, unless debugging, message bodies redacted.
import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

const ALWAYS_REDACTED = [
  'senderPhone',
  '*.senderPhone',
  '*.*.senderPhone',
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
  'reply',
  '*.reply',
  'texts',
  '*.texts',
];

export interface LoggerOptions {
  name: string;
  level?: string;
}

export function createLogger({ name, level = 'info' }: LoggerOptions): Logger {
  const debugging = level === 'debug' || level === 'trace';
  return pino({
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: debugging ? ALWAYS_REDACTED : [...ALWAYS_REDACTED, ...BODIES],
      censor: '[redacted]',
    },
  });
}
